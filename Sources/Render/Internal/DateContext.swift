import Content

/// How every template gets a date: `{{iso}}` for a `<time datetime>` and `{{text}}` as people read it
/// ("1 October 2026", in the strings file's words), made from `Day`, the one home of the date format.
enum DateContext {
    static func of(_ day: Day, _ wording: Wording) -> [String: String] {
        ["iso": day.iso, "text": day.text(wording)]
    }
}
