import Utilities

/// Reads a picture's width and height from the start of its file, so pages can reserve its space.
enum ImageSize {
    static let extensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp"]

    static func read(_ path: String) -> (width: Int, height: Int)? {
        guard let bytes = try? FileSystem.readBytes(path) else { return nil }
        switch Path.fileExtension(of: path) {
        case "png": return png(bytes)
        case "gif": return gif(bytes)
        case "jpg", "jpeg": return jpeg(bytes)
        case "svg": return svg(bytes)
        default: return nil
        }
    }

    static func png(_ b: [UInt8]) -> (Int, Int)? {
        guard b.count >= 24, b.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
        return (bigEndian(b, 16, 4), bigEndian(b, 20, 4))
    }

    static func gif(_ b: [UInt8]) -> (Int, Int)? {
        guard b.count >= 10, b.starts(with: Array("GIF".utf8)) else { return nil }
        return (Int(b[6]) | Int(b[7]) << 8, Int(b[8]) | Int(b[9]) << 8)
    }

    /// Walks the JPEG segments to the first start-of-frame marker.
    static func jpeg(_ b: [UInt8]) -> (Int, Int)? {
        guard b.count > 4, b[0] == 0xFF, b[1] == 0xD8 else { return nil }
        var index = 2
        while index + 9 < b.count {
            guard b[index] == 0xFF else { return nil }
            let marker = b[index + 1]
            let length = bigEndian(b, index + 2, 2)
            if (0xC0...0xCF).contains(marker) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC {
                return (bigEndian(b, index + 7, 2), bigEndian(b, index + 5, 2))
            }
            index += 2 + length
        }
        return nil
    }

    /// The `width` and `height` of the root `<svg>` element, or its `viewBox`.
    static func svg(_ b: [UInt8]) -> (Int, Int)? {
        let text = String(decoding: b.prefix(4096), as: UTF8.self)
        guard let start = text.range(of: "<svg") else { return nil }
        let tag = text[start.upperBound...].prefix { $0 != ">" }
        func attribute(_ name: String) -> String? {
            guard let range = tag.range(of: " " + name + "=\"") ?? tag.range(of: "\n" + name + "=\"") else { return nil }
            return String(tag[range.upperBound...].prefix { $0 != "\"" })
        }
        func number(_ text: String?) -> Int? {
            guard let text, !text.hasSuffix("%") else { return nil }
            return Double(text.filter { $0.isNumber || $0 == "." }).map { Int($0.rounded()) }
        }
        if let width = number(attribute("width")), let height = number(attribute("height")) { return (width, height) }
        let box = attribute("viewBox")?.split { $0 == " " || $0 == "," }.compactMap { Double($0) } ?? []
        return box.count == 4 ? (Int(box[2].rounded()), Int(box[3].rounded())) : nil
    }

    private static func bigEndian(_ b: [UInt8], _ offset: Int, _ count: Int) -> Int {
        (0..<count).reduce(0) { $0 << 8 | Int(b[offset + $1]) }
    }
}
