import Content
import Utilities

extension Fingerprinter {
    /// A row's formats, their count first.
    mutating func add(_ formats: [Format]) {
        add(formats.count)
        for format in formats { add(format.rawValue) }
    }
}
