import Utilities

/// `{{t.key}}` in a template: the words of the strings file of the language being made, put in when the templates
/// are loaded, so that a word costs nothing on a page.
///
/// A word is escaped for HTML, and each `{name}` in it becomes the template's `{{name}}` (the value the page has under
/// that name). A word that a language's strings file lacks is the English one; outside tags and `<title>`, `<script>`
/// and `<style>`, it is marked `<span lang="en">`, so screen readers read it in English.
enum TemplateWords {
    static let opening = "{{t."

    /// Each `{{t.key}}` in a template's text, with its line and column (in characters).
    static func keys(in text: String) -> [(key: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        for (number, line) in lines(of: text).enumerated() {
            var rest = line[...]
            while let open = rest.firstRange(ofASCII: opening) {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.firstRange(ofASCII: "}}") else { break }
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                found.append((String(afterOpen[..<close.lowerBound]), number + 1, column))
                rest = afterOpen[close.upperBound...]
            }
        }
        return found
    }

    /// The lines of a template's text, split at each `\n` byte (a `\r\n` too, whose `\r` ends the line before).
    static func lines(of text: String) -> [Substring] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// The template's text with every `{{t.key}}` replaced by its words from `strings`.
    static func splice(_ text: String, strings: Strings) -> String {
        guard text.firstRange(ofASCII: opening) != nil else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var context = MarkupContext()
        var rest = text[...]
        while let open = rest.firstRange(ofASCII: opening) {
            let before = rest[..<open.lowerBound]
            context.read(before)
            result += before
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.firstRange(ofASCII: "}}") else {
                result += rest[open.lowerBound...]
                return result
            }
            let key = String(afterOpen[..<close.lowerBound])
            let words = tagged(strings.word(key) ?? "")
            if strings.isFallback(key) && context.isText {
                result += "<span lang=\"en\">" + words + "</span>"
            } else {
                result += words
            }
            rest = afterOpen[close.upperBound...]
        }
        result += rest
        return result
    }

    /// Words escaped for HTML, with each `{name}` made the template tag `{{name}}`.
    static func tagged(_ words: String) -> String {
        var result = ""
        var rest = words[...]
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest[rest.index(after: open)...]
            guard let close = afterOpen.firstIndex(of: "}"),
                !afterOpen[..<close].isEmpty,
                afterOpen[..<close].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") })
            else {
                result += Escape.attribute(String(rest[...open]))
                rest = afterOpen
                continue
            }
            result += Escape.attribute(String(rest[..<open])) + "{{" + afterOpen[..<close] + "}}"
            rest = afterOpen[afterOpen.index(after: close)...]
        }
        return result + Escape.attribute(String(rest))
    }

    /// Where in the HTML a point of a template is: inside a tag, inside an element whose text is not HTML, or in text.
    ///
    /// The text is read a Unicode scalar at a time, not a `Character` (a `<` with a combining mark after it opens a tag
    /// here): it only decides whether an English stand-in is marked `<span lang="en">`.
    struct MarkupContext {
        private var inTag = false
        private var tagName = ""
        private var naming = false
        private var rawElement: String?

        /// In running text, where an element may go.
        var isText: Bool { !inTag && rawElement == nil }

        mutating func read(_ text: Substring) {
            var previous: Unicode.Scalar = " "
            var inComment = false
            for character in text.unicodeScalars {
                defer { previous = character }
                if inComment {
                    if previous == "}" && character == "}" { inComment = false }
                    continue
                }
                if previous == "{" && character == "!" {
                    inComment = true
                    continue
                }
                if inTag {
                    if naming {
                        if Self.isLetterOrNumber(character) || (character == "/" && tagName.isEmpty) {
                            tagName.unicodeScalars.append(character)
                        } else {
                            naming = false
                        }
                    }
                    if character == ">" {
                        inTag = false
                        naming = false
                        let name = tagName.lowercased()
                        if let open = rawElement {
                            if name == "/" + open { rawElement = nil }
                        } else if ["title", "script", "style", "textarea"].contains(name) {
                            rawElement = name
                        }
                    }
                } else if character == "<" && previous != "{" {  // `{{<parent}}` is Mustache's, not a tag
                    inTag = true
                    naming = true
                    tagName = ""
                }
            }
        }

        /// Whether a character may be part of an element's name: an ASCII letter or digit, answered without Unicode's
        /// tables, or any other letter or number.
        private static func isLetterOrNumber(_ character: Unicode.Scalar) -> Bool {
            guard character.isASCII else { return Character(character).isLetter || Character(character).isNumber }
            return ("a"..."z").contains(character) || ("A"..."Z").contains(character) || ("0"..."9").contains(character)
        }
    }
}
