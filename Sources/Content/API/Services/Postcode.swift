/// A UK postcode: its outward code (`SW1A`), a space, and its inward code (`1AA`).
public enum Postcode {
    /// The postcode written the standard way (capitals, one space), or nil when `text` is not a UK postcode.
    public static func normalised(_ text: String) -> String? {
        let letters = text.uppercased().filter { $0 != " " }
        guard (5...7).contains(letters.count), letters.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            return nil
        }
        let inward = letters.suffix(3)
        let outward = letters.dropLast(3)
        let inwardOK = inward.first?.isNumber == true && inward.dropFirst().allSatisfy(\.isLetter)
        // An area of one or two letters, a district digit, then a digit or a letter: A9, A99, AA9, AA99, A9A, AA9A.
        let area = outward.prefix { $0.isLetter }
        let district = outward.dropFirst(area.count)
        let districtOK =
            (1...2).contains(area.count) && (1...2).contains(district.count) && district.first?.isNumber == true
            && (district.count == 1 || district.last?.isNumber == true || district.last?.isLetter == true)
        guard inwardOK, districtOK else { return nil }
        return outward + " " + inward
    }
}
