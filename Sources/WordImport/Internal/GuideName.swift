import Foundation

/// A guide's file name made from a Word file's: lower-case ASCII letters, digits and hyphens, so it can be part of a
/// web address (`Making a Complaint (v3).docx` becomes `making-a-complaint-v3`).
enum GuideName {
    /// The longest name made.
    static let maxLength = 80

    /// The name for a Word file, without extension; nil when nothing is left (a name of only punctuation, or of a
    /// script other than Latin).
    static func make(from fileName: String) -> String? {
        var base = Substring(fileName)
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = base[..<dot] }
        var name = ""
        var gap = false
        for scalar in String(base).decomposedStringWithCanonicalMapping.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if gap && !name.isEmpty { name += "-" }
                gap = false
                name.unicodeScalars.append(scalar)
            } else if ("A"..."Z").contains(scalar) {
                if gap && !name.isEmpty { name += "-" }
                gap = false
                name.unicodeScalars.append(Unicode.Scalar(scalar.value + 32) ?? scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark || scalar == "'" || scalar == "\u{2019}" {
                continue  // the accent of `é` once decomposed, and the apostrophe of `patient's`
            } else {
                gap = true
            }
        }
        while name.count > maxLength || name.hasSuffix("-") {
            name.removeLast()
        }
        return name.isEmpty ? nil : name
    }
}
