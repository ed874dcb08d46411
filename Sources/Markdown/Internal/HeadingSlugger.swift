/// Gives headings stable, unique ids: lower case, letters and digits kept, spaces and hyphens made
/// one hyphen, other punctuation dropped; a repeat gets `-2`, `-3`, ...
struct HeadingSlugger {
    private var used: Set<String>
    /// For each slug given out, the number to try next for a repeat, so n repeats cost n steps, not n².
    private var nextNumber: [String: Int] = [:]

    init(reserved: Set<String>) {
        used = reserved
    }

    /// The slug of a heading's text, before making it unique.
    ///
    /// Links to headings are written with it.
    static func slug(_ text: String) -> String {
        if let slug = asciiSlug(text) { return slug }
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if character == " " || character == "-" || character == "\t" {
                if !slug.isEmpty && slug.last != "-" { slug.append("-") }
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "section" : slug
    }

    /// The same slug for text that is all ASCII, by bytes; nil for any other text.
    private static func asciiSlug(_ text: String) -> String? {
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                slug.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                slug.append(byte + 32)
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "\t"):
                if let last = slug.last, last != UInt8(ascii: "-") { slug.append(UInt8(ascii: "-")) }
            case 0x80...:
                return nil
            default:
                continue
            }
        }
        while slug.last == UInt8(ascii: "-") { slug.removeLast() }
        return slug.isEmpty ? "section" : String(decoding: slug, as: UTF8.self)
    }

    mutating func id(for text: String) -> String {
        let base = Self.slug(text)
        var candidate = base
        var number = nextNumber[base, default: 2]
        while used.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        if candidate != base { nextNumber[base] = number }
        used.insert(candidate)
        return candidate
    }
}
