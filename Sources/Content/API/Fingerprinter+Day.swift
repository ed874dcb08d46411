import Utilities

extension Fingerprinter {
    /// A day as its three numbers (none as one -1), not as its text: the health report's 20,000 rows have two or three
    /// each, and the sitemap's entries one.
    public mutating func add(day: Day?) {
        guard let day else { return add(-1) }
        add(day.year)
        add(day.month)
        add(day.day)
    }
}
