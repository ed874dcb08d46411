/// The runs of a text that must stay left to right inside text written right to left: numbers in groups split by
/// spaces (phone numbers such as `020 7946 0000` or `18001 020 7946 0000`, optionally after a `+`).
///
/// A single number needs nothing: the bidirectional algorithm keeps its digits in order. Groups split by spaces are
/// what it reverses, because each space between two numbers takes the direction of the text around it.
public enum LeftToRightRuns {
    public static func ranges(in text: String) -> [Range<String.Index>] {
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

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func next(after index: String.UnicodeScalarView.Index, in scalars: String.UnicodeScalarView)
        -> Unicode.Scalar?
    {
        let next = scalars.index(after: index)
        return next < scalars.endIndex ? scalars[next] : nil
    }
}
