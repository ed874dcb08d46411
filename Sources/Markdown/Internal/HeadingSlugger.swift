/// Gives headings stable, unique ids: lower case, letters and digits kept, spaces and hyphens made
/// one hyphen, other punctuation dropped; a repeat gets `-2`, `-3`, ...
struct HeadingSlugger {
    private var used: Set<String>

    init(reserved: Set<String>) {
        used = reserved
    }

    /// The slug of a heading's text, before making it unique. Links to headings are written with it.
    static func slug(_ text: String) -> String {
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

    mutating func id(for text: String) -> String {
        let base = Self.slug(text)
        var candidate = base
        var number = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }
}
