import Utilities

/// The boxes an editor can make with a quote that starts `[!TYPE]`.
public enum CalloutKind: String, Sendable, CaseIterable {
    /// Inset text: something to be aware of.
    case note = "NOTE"
    /// A warning callout: "Important".
    case warning = "WARNING"
    /// A non-urgent care card.
    case advice = "ADVICE"
    /// An urgent care card.
    case urgent = "URGENT"
    /// An emergency care card ("Immediate action required"), with no links.
    case emergency = "EMERGENCY"

    /// The box's opening tags, with `label` (escaped) at its top.
    func openingHTML(label: String) -> String {
        let name = rawValue.lowercased()
        let label = Escape.html(label)
        switch self {
        case .note:
            return
                "<div class=\"callout callout--note\"><p class=\"callout__label\"><span class=\"visually-hidden\">\(label)</span></p>\n"
        case .warning:
            return "<div class=\"callout callout--warning\"><p class=\"callout__label\">\(label)</p>\n"
        case .advice, .urgent, .emergency:
            return
                "<div class=\"callout callout--\(name)\"><p class=\"callout__label\">\(label)</p><div class=\"callout__content\">\n"
        }
    }

    var closingHTML: String {
        switch self {
        case .note, .warning: "</div>"
        case .advice, .urgent, .emergency: "</div></div>"
        }
    }
}
