import Content
import Diagnostics
import Markdown

/// Easy read: every point has a picture beside it.
///
/// A paragraph that starts with a picture is a row; a list straight after such a paragraph sits beside the same
/// picture.
struct EasyReadRowRule: PageRule {
    func check(_ page: ContentPage, _ context: CheckContext) -> [Diagnostic] {
        guard page.kind == .easyRead else { return [] }
        var found: [Diagnostic] = []
        var previous: TextBlock?
        for block in page.document.blocks {
            defer { if block.listDepth == 0 { previous = block } }
            guard !block.isQuoted else { continue }
            switch block.kind {
            case .paragraph where block.listDepth == 0 && block.picture == nil:
                found.append(
                    .warning(
                        "this paragraph has no picture beside it", at: page.location(block.position),
                        hint:
                            "start the paragraph with a picture, then the words on the next line: ![A mobile phone](../../images/easy-read/phone.svg)"
                    ))
            case .listItem where block.listDepth == 1 && previous?.kind != .paragraph && previous?.isQuoted != true:
                found.append(
                    .warning(
                        "this list has no picture beside it", at: page.location(block.position),
                        hint: "put a paragraph that starts with a picture straight before the list, with no heading between"))
                previous = block
            default:
                break
            }
        }
        return found
    }
}
