extension PhoneNumber {
    /// A UK number grouped the usual way, whatever spacing it was written with.
    ///
    /// `020 7946 0000`, `0113 496 0000`, `01632 960000`, `07700 900000`, `0800 123 4567`. Numbers written with +44 are
    /// shown from 0; anything that is not a UK number is returned as written.
    public static func grouped(_ number: String) -> String {
        guard isUKNumber(number) else { return number }
        var digits = digits(number)
        if number.hasPrefix("+44") { digits = "0" + digits.dropFirst(2) }
        guard digits.count == 11 else { return digits.count == 10 ? split(digits, [5]) : number }
        let chars = Array(digits)
        switch (chars[1], chars[2], chars[3]) {
        case ("2", _, _): return split(digits, [3, 7])
        case ("1", "1", _), ("1", _, "1"): return split(digits, [4, 7])
        case ("1", _, _), ("7", _, _): return split(digits, [5])
        default: return split(digits, [4, 7])
        }
    }

    private static func split(_ digits: String, _ cuts: [Int]) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if cuts.contains(index) { result.append(" ") }
            result.append(digit)
        }
        return result
    }
}
