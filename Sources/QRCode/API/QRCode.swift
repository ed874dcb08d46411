import Utilities

/// A QR code: a square of dark and light modules (`QRSymbol` lays them out).
///
/// Used wherever a printed or on-screen page hands a web address on to a phone: leaflets and the kiosk.
public struct QRCode: Sendable, Equatable {
    /// The encoded text.
    public let text: String
    /// Modules a side, without the quiet zone.
    public let size: Int
    /// Row-major, `size * size` values; `true` is a dark module.
    public let modules: [Bool]
    /// The dark modules as an SVG path, worked out once for every drawing of the code (see `svg`).
    private let path: [UInt8]

    /// Encodes `text` (UTF-8, byte mode) at error-correction level M.
    ///
    /// Returns nil for empty text or text too long for the largest QR code.
    public init?(_ text: String) {
        self.init(text, mask: nil)
    }

    /// The code of `text` with the mask given (0 to 7), or the one the standard asks for (nil): for tests.
    init?(_ text: String, mask: Int?) {
        guard let symbol = QRSymbol(Array(text.utf8), mask: mask) else { return nil }
        self.text = text
        self.size = symbol.size
        self.modules = symbol.modules.map { $0 == 1 }
        self.path = Self.strokes(modules, size: size, offset: Self.quietZone)
    }

    /// Whether the module at `row`, `column` is dark.
    public func isDark(row: Int, column: Int) -> Bool {
        modules[row * size + column]
    }

    /// The code as an SVG image: a white square with a quiet zone of four modules (the standard asks for
    /// four), and the dark modules drawn row by row as one path of 1-module-wide strokes, scaled by the viewer.
    ///
    /// - Parameters:
    ///   - label: the text alternative, for example "QR code for pals.example-hospital.nhs.uk/complaints".
    ///   - pixelsPerModule: the width and height written on the `svg` element, in CSS pixels a module.
    public func svg(label: String, pixelsPerModule: Int = 4) -> String {
        let side = size + 2 * Self.quietZone
        let pixels = side * pixelsPerModule
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" role=\"img\" "
            + "aria-label=\"\(Escape.attribute(label))\" width=\"\(pixels)\" height=\"\(pixels)\" "
            + "viewBox=\"0 0 \(side) \(side)\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path stroke=\"#000\" d=\""
        svg += String(decoding: path, as: UTF8.self)
        svg += "\"/></svg>"
        return svg
    }

    /// The path of dark modules: for each row, a move to the middle of its first dark run, then each run as
    /// a horizontal stroke, and a relative move over each light gap (`M4 4.5h7m1 0h1`).
    private static func strokes(_ modules: [Bool], size: Int, offset: Int) -> [UInt8] {
        // A run takes at most 14 bytes (`M184 184.5h177`), and a row has at most size / 2 + 1 of them.
        [UInt8](unsafeUninitializedCapacity: size * (size / 2 + 1) * 14) { buffer, written in
            written = modules.withUnsafeBufferPointer { modules in
                var pen = PathWriter(buffer)
                guard let first = modules.baseAddress else { return 0 }
                for row in 0..<size {
                    let line = first + row * size
                    var column = 0
                    var end: Int? = nil  // where the last run in this row ended
                    while true {
                        // The next run of dark modules, read a module at a time.
                        var start = column
                        while start < size && !line[start] { start += 1 }
                        guard start < size else { break }
                        var stop = start + 1
                        while stop < size && line[stop] { stop += 1 }
                        if let end {
                            pen.write(UInt8(ascii: "m"))
                            pen.write(start - end)
                            pen.write(UInt8(ascii: " "))
                            pen.write(UInt8(ascii: "0"))
                        } else {
                            pen.write(UInt8(ascii: "M"))
                            pen.write(start + offset)
                            pen.write(UInt8(ascii: " "))
                            pen.write(row + offset)
                            pen.write(UInt8(ascii: "."))
                            pen.write(UInt8(ascii: "5"))
                        }
                        pen.write(UInt8(ascii: "h"))
                        pen.write(stop - start)
                        column = stop
                        end = stop
                    }
                }
                return pen.count
            }
        }
    }

    /// Bytes written one after another into a buffer large enough for them.
    private struct PathWriter {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        private(set) var count = 0

        init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
            self.buffer = buffer
        }

        mutating func write(_ byte: UInt8) {
            buffer.initializeElement(at: count, to: byte)
            count += 1
        }

        /// The digits of `value`, at most three: a code is at most 185 modules a side with its quiet zone.
        mutating func write(_ value: Int) {
            if value >= 100 { write(UInt8(ascii: "0") + UInt8(value / 100 % 10)) }
            if value >= 10 { write(UInt8(ascii: "0") + UInt8(value / 10 % 10)) }
            write(UInt8(ascii: "0") + UInt8(value % 10))
        }
    }

    /// The quiet zone around the code, in modules: the standard asks for four.
    private static let quietZone = 4
}
