import Content
import Diagnostics

/// An emergency card says what to do now; a link would draw people away from calling 999.
struct CalloutRule: PageRule {
    func check(_ page: ContentPage, _ context: CheckContext) -> [Diagnostic] {
        page.document.callouts.filter { $0.kind == .emergency && $0.containsLink }.map { callout in
            .warning(
                "an emergency box should not contain links", at: page.location(callout.position),
                hint: "say plainly what to do, for example \"Call 999\", and put links after the box")
        }
    }
}
