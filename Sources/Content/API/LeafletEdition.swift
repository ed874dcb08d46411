/// The printed leaflets made from each guide.
public enum LeafletEdition: String, Sendable, CaseIterable {
    /// A5, clear print (12 pt and up).
    case standard
    /// A4, large print (18 pt).
    case largePrint = "large-print"
    /// A4, easy read (16 pt, pictures beside the words).
    case easyRead = "easy-read"

    /// What goes after the guide's name in the leaflet's file name.
    public var suffix: String { self == .standard ? "" : "-" + rawValue }
}
