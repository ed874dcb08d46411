/// The runs of a text that must stay left to right inside text written right to left: numbers in groups split by
/// spaces (phone numbers such as `020 7946 0000` or `18001 020 7946 0000`, optionally after a `+`), and email and
/// web addresses (`pals@example-hospital.nhs.uk`, `www.nhs.uk/complaints`).
///
/// A single number needs nothing: the bidirectional algorithm keeps its digits in order. Groups split by spaces are
/// what it reverses, because each space between two numbers takes the direction of the text around it; and the dots,
/// hyphens and slashes of an address take it too, and are drawn in the script's own font.
public enum LeftToRightRuns {
    public static func ranges(in text: String) -> [Range<String.Index>] {
        (numbers(in: text) + addresses(in: text)).sorted { $0.lowerBound < $1.lowerBound }.reduce(into: []) { runs, run in
            // An address with a number in it is one run.
            if let last = runs.last, run.lowerBound < last.upperBound {
                runs[runs.count - 1] = last.lowerBound..<max(last.upperBound, run.upperBound)
            } else {
                runs.append(run)
            }
        }
    }

    static func numbers(in text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard isDigit(scalars[index]) || (scalars[index] == "+" && next(after: index, in: scalars).map(isDigit) == true)
            else {
                index = scalars.index(after: index)
                continue
            }
            let start = index
            var end = index
            var groups = 0
            var cursor = index
            if scalars[cursor] == "+" { cursor = scalars.index(after: cursor) }
            while cursor < scalars.endIndex, isDigit(scalars[cursor]) {
                while cursor < scalars.endIndex, isDigit(scalars[cursor]) { cursor = scalars.index(after: cursor) }
                groups += 1
                end = cursor
                guard cursor < scalars.endIndex, scalars[cursor] == " " || scalars[cursor] == "\u{A0}" else { break }
                let afterSpace = scalars.index(after: cursor)
                guard afterSpace < scalars.endIndex, isDigit(scalars[afterSpace]) else { break }
                cursor = afterSpace
            }
            if groups > 1 { found.append(start..<end) }
            index = end > start ? end : scalars.index(after: start)
        }
        return found
    }

    /// Words (runs without spaces) that are an email address or start `www.`, `http://` or `https://`, without the
    /// punctuation around them.
    static func addresses(in text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard !scalars[index].properties.isWhitespace else {
                index = scalars.index(after: index)
                continue
            }
            var end = index
            while end < scalars.endIndex, !scalars[end].properties.isWhitespace { end = scalars.index(after: end) }
            var start = index
            var last = end
            while start < last, "([{\"'".unicodeScalars.contains(scalars[start]) { start = scalars.index(after: start) }
            while last > start, ".,;:!?)]}\"'،۔؟".unicodeScalars.contains(scalars[scalars.index(before: last)]) {
                last = scalars.index(before: last)
            }
            let word = String(scalars[start..<last])
            let lower = word.lowercased()
            let isAddress =
                lower.hasPrefix("www.") || lower.hasPrefix("http://") || lower.hasPrefix("https://")
                || (word.contains("@") && word.unicodeScalars.allSatisfy(\.isASCII) && !word.hasPrefix("@")
                    && !word.hasSuffix("@"))
            if isAddress && start < last { found.append(start..<last) }
            index = end
        }
        return found
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func next(after index: String.UnicodeScalarView.Index, in scalars: String.UnicodeScalarView)
        -> Unicode.Scalar?
    {
        let next = scalars.index(after: index)
        return next < scalars.endIndex ? scalars[next] : nil
    }
}
