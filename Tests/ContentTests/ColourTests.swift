import Content
import Testing

/// The WCAG contrast of the trust's header colour, and the nearest colour that passes.
@Suite struct ColourTests {
    struct Case: Sendable, CustomStringConvertible {
        let colour: String
        let againstWhite: String
        let nearestForWeb: String
        let nearestForKiosk: String
        var description: String { colour }
    }

    static let cases = [
        Case(colour: "#005eb8", againstWhite: "6.3:1", nearestForWeb: "#005eb8", nearestForKiosk: "#0058ad"),
        Case(colour: "#4C9BE8", againstWhite: "2.9:1", nearestForWeb: "#3c7ab7", nearestForKiosk: "#2d5b89"),
        Case(colour: "#fff", againstWhite: "1.0:1", nearestForWeb: "#767676", nearestForKiosk: "#595959"),
        Case(colour: "#ffb81c", againstWhite: "1.7:1", nearestForWeb: "#9a6f11", nearestForKiosk: "#74530d"),
        Case(colour: "#330072", againstWhite: "15.1:1", nearestForWeb: "#330072", nearestForKiosk: "#330072"),
    ]

    @Test(arguments: cases)
    func contrastAgainstWhiteAndTheNearestColourThatPasses(_ test: Case) throws {
        let colour = try #require(Colour(hex: test.colour))
        #expect(colour.contrastText(with: .white) == test.againstWhite)
        #expect(colour.nearest(reaching: 4.5, against: .white).hex == test.nearestForWeb)
        #expect(colour.nearest(reaching: 7, against: .white).hex == test.nearestForKiosk)
        #expect(colour.nearest(reaching: 7, against: .white).contrast(with: .white) >= 7)
    }

    @Test func againstBlackTextAColourIsMadeLighter() throws {
        let blue = try #require(Colour(hex: "#005eb8"))
        #expect(blue.nearest(reaching: 4.5, against: .black).hex == "#2777c3")
    }

    @Test(arguments: ["005eb8", "#05eb8", "#00zzb8", "blue", "#005eb8ff", ""])
    func anythingButHexIsNotAColour(_ text: String) {
        #expect(Colour(hex: text) == nil)
    }
}
