#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A colour from `site.yaml` (`#005eb8`), and the WCAG 2.2 contrast between two colours: the one home of the contrast
/// rule for the trust's own colours.
public struct Colour: Sendable, Hashable {
    public let red: UInt8
    public let green: UInt8
    public let blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    public static let white = Colour(red: 255, green: 255, blue: 255)
    public static let black = Colour(red: 0, green: 0, blue: 0)

    /// `#rrggbb` or `#rgb`, in either case; nil for anything else.
    public init?(hex text: String) {
        guard text.hasPrefix("#") else { return nil }
        var digits = Array(text.dropFirst().lowercased())
        if digits.count == 3 { digits = digits.flatMap { [$0, $0] } }
        guard digits.count == 6, let value = UInt32(String(digits), radix: 16) else { return nil }
        self.init(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// `#005eb8`: how the colour is written in CSS.
    public var hex: String {
        "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// WCAG's relative luminance, from 0 (black) to 1 (white).
    public var luminance: Double {
        func linear(_ channel: UInt8) -> Double {
            let value = Double(channel) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG's contrast ratio with `other`, from 1 to 21.
    public func contrast(with other: Colour) -> Double {
        let (lighter, darker) = (max(luminance, other.luminance), min(luminance, other.luminance))
        return (lighter + 0.05) / (darker + 0.05)
    }

    /// The contrast as WCAG writes it, rounded down so that a colour never seems to pass when it does not: `4.4:1`.
    public func contrastText(with other: Colour) -> String {
        let tenths = Int((contrast(with: other) * 10).rounded(.down))
        return "\(tenths / 10).\(tenths % 10):1"
    }

    /// This colour if it reaches `ratio` against `text`; otherwise the nearest that does, made darker (against light
    /// text) or lighter (against dark text) and keeping its hue, found step by step.
    public func nearest(reaching ratio: Double, against text: Colour) -> Colour {
        guard contrast(with: text) < ratio else { return self }
        let towards = text.luminance > 0.5 ? Colour.black : Colour.white
        // The first of 256 mixes towards black or white that passes: the least change that does.
        for step in 1...256 {
            let mixed = mixed(with: towards, amount: Double(step) / 256)
            if mixed.contrast(with: text) >= ratio { return mixed }
        }
        return towards
    }

    private func mixed(with other: Colour, amount: Double) -> Colour {
        func mix(_ a: UInt8, _ b: UInt8) -> UInt8 {
            UInt8((Double(a) + (Double(b) - Double(a)) * amount).rounded())
        }
        return Colour(red: mix(red, other.red), green: mix(green, other.green), blue: mix(blue, other.blue))
    }
}
