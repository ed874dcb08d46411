import CCmark
import Utilities

extension TreeRewriter {
    /// Wraps each phone number in a text node (`LeftToRightRuns`) in `<span dir="ltr">`, so that in text written right
    /// to left its groups of digits keep their order: `020 7946 0000` never reads `0000 7946 020`.
    static func isolateNumbers(in node: CmarkNode) {
        let text = node.literal
        let runs = LeftToRightRuns.ranges(in: text)
        guard !runs.isEmpty else { return }
        var pieces: [CmarkNode] = []
        var start = text.startIndex
        for run in runs {
            if start < run.lowerBound, let before = CmarkNode.text(String(text[start..<run.lowerBound])) {
                pieces.append(before)
            }
            if let span = CmarkNode.custom(block: false, enter: "<span dir=\"ltr\">", exit: "</span>"),
                let digits = CmarkNode.text(String(text[run]))
            {
                cmark_node_append_child(span.pointer, digits.pointer)
                pieces.append(span)
            }
            start = run.upperBound
        }
        if start < text.endIndex, let after = CmarkNode.text(String(text[start...])) { pieces.append(after) }
        var previous = node
        for piece in pieces {
            previous.insertAfter(piece)
            previous = piece
        }
        node.remove()
    }
}
