/// A value's fields held in one box that its copies share, copied only when a copy that shares them changes them (copy
/// on write): a page or a service is a value, but passing it on copies one reference, not each of its strings and lists.
///
/// `ContentPage` and `Service` each keep their fields in one, and read and change a field through `value`.
struct SharedFields<Fields> {
    private final class Box {
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private var box: Box

    init(_ fields: Fields) {
        box = Box(fields)
    }

    /// The fields: read in place, and changed in place once this copy is the box's only holder.
    var value: Fields {
        _read { yield box.fields }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            yield &box.fields
        }
    }

    /// Whether `other` holds the very same box: one is a copy of the other, and neither has changed since.
    func isShared(with other: SharedFields) -> Bool {
        box === other.box
    }
}

// The box is changed only while one copy holds it (`value`'s `_modify`), so copies on other threads never see it change.
extension SharedFields: @unchecked Sendable where Fields: Sendable {}
