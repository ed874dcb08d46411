import Content
import Utilities

extension Fingerprinter {
    /// A day as its three numbers (none as one -1), not as its text: each of the report's 20,000 rows has two or three.
    mutating func add(day: Day?) {
        guard let day else { return add(-1) }
        add(day.year)
        add(day.month)
        add(day.day)
    }

    /// A row's formats, their count first.
    mutating func add(_ formats: [Format]) {
        add(formats.count)
        for format in formats { add(format.rawValue) }
    }
}
