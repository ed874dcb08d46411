import Content
import Diagnostics

/// An emergency card says what to do now: a link would draw people away from calling 999, and a card that says to
/// call 999 also gives 18000, the number deaf people and people who cannot speak use to reach 999 by text relay.
struct CalloutRule: PageRule {
    func check(_ page: ContentPage, _ context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for callout in page.document.callouts where callout.kind == .emergency {
            if callout.containsLink {
                found.append(
                    .warning(
                        "an emergency box should not contain links", at: page.location(callout.position),
                        hint: "say plainly what to do, for example \"Call 999\", and put links after the box"))
            }
            if callout.text.contains("999") && !callout.text.contains("18000") {
                found.append(
                    .warning(
                        "this emergency box says to call 999 but not 18000", at: page.location(callout.position),
                        hint:
                            "add how deaf people and people who cannot speak reach 999: \"If you cannot speak or hear on the phone, call 18000 (text relay).\""
                    ))
            }
        }
        return found
    }
}
