/// A value's name split at its dots: `date.iso` is `date`, then `iso` in it.
///
/// `.` and an empty name are the innermost context itself; a name starting with a dot (`.name`) is looked up in the
/// innermost context only, not in those around it.
struct ValuePath: Sendable {
    let components: [String]
    let isAnchored: Bool

    init(_ name: String) {
        components = name.split(separator: ".").map(String.init)
        isAnchored = name.first == "."
    }
}
