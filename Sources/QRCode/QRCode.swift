import CQRencode

/// A QR code made by libqrencode: a square of dark and light modules.
///
/// Used wherever a printed or on-screen page hands a web address on to a phone: leaflets and the kiosk.
public struct QRCode: Sendable, Equatable {
    /// The encoded text.
    public let text: String
    /// Modules a side, without the quiet zone.
    public let size: Int
    /// Row-major, `size * size` values; `true` is a dark module.
    public let modules: [Bool]

    /// Encodes `text` (UTF-8, byte mode) at error-correction level M.
    /// Returns nil for empty text or text too long for the largest QR code.
    public init?(_ text: String) {
        guard !text.isEmpty else { return nil }
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        guard width > 0, let data = code.pointee.data else { return nil }
        self.text = text
        self.size = width
        self.modules = (0..<(width * width)).map { data[$0] & 1 == 1 }
    }

    /// Whether the module at `row`, `column` is dark.
    public func isDark(row: Int, column: Int) -> Bool {
        modules[row * size + column]
    }

    /// The code as an SVG image: one path of dark squares on a white square, with a quiet zone of
    /// four modules (the standard asks for four), scaled by the viewer.
    ///
    /// - Parameters:
    ///   - label: the text alternative, for example "QR code for pals.example-hospital.nhs.uk/complaints".
    ///   - pixelsPerModule: the width and height written on the `svg` element, in CSS pixels a module.
    public func svg(label: String, pixelsPerModule: Int = 4) -> String {
        let quiet = 4
        let side = size + 2 * quiet
        var path = ""
        path.reserveCapacity(size * size * 4)
        for row in 0..<size {
            var column = 0
            while column < size {
                guard isDark(row: row, column: column) else {
                    column += 1
                    continue
                }
                var run = 1
                while column + run < size, isDark(row: row, column: column + run) { run += 1 }
                path += "M\(column + quiet) \(row + quiet)h\(run)v1h-\(run)z"
                column += run
            }
        }
        let pixels = side * pixelsPerModule
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" role=\"img\" "
            + "aria-label=\"\(escape(label))\" width=\"\(pixels)\" height=\"\(pixels)\" "
            + "viewBox=\"0 0 \(side) \(side)\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
            + "<path fill=\"#000\" d=\"\(path)\"/></svg>"
    }

    private func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
