import QRCode
import XCTest

final class QRCodeTests: XCTestCase {
    func testEncodesAVersionOneCodeForShortText() throws {
        let code = try XCTUnwrap(QRCode("https://example.org/"))
        XCTAssertEqual(code.size, 25)  // version 2 at level M holds 20 bytes: 21 + 4
        // The three finder patterns: dark corners at top left, top right and bottom left.
        XCTAssertTrue(code.isDark(row: 0, column: 0))
        XCTAssertTrue(code.isDark(row: 0, column: code.size - 1))
        XCTAssertTrue(code.isDark(row: code.size - 1, column: 0))
        XCTAssertFalse(code.isDark(row: 1, column: 1))
    }

    func testLongerTextNeedsALargerCode() throws {
        let short = try XCTUnwrap(QRCode("https://a.uk/"))
        let long = try XCTUnwrap(QRCode("https://pals.example-hospital.nhs.uk/guides/concerns/making-a-complaint/"))
        XCTAssertGreaterThan(long.size, short.size)
    }

    func testEmptyTextHasNoCode() {
        XCTAssertNil(QRCode(""))
    }

    func testSVGHasALabelAQuietZoneAndEscapesTheLabel() throws {
        let code = try XCTUnwrap(QRCode("https://example.org/?a=1&b=2"))
        let svg = code.svg(label: "QR code for example.org/?a=1&b=2", pixelsPerModule: 3)
        let side = code.size + 8
        XCTAssertTrue(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        XCTAssertTrue(svg.contains("role=\"img\""))
        XCTAssertTrue(svg.contains("aria-label=\"QR code for example.org/?a=1&amp;b=2\""))
        XCTAssertTrue(svg.contains("viewBox=\"0 0 \(side) \(side)\""))
        XCTAssertTrue(svg.contains("width=\"\(side * 3)\""))
        XCTAssertTrue(svg.contains("d=\"M4 4.5h7m"))  // the top row starts with the top-left finder pattern
    }

    func testTheSVGPathDrawsExactlyTheDarkModules() throws {
        let code = try XCTUnwrap(QRCode("https://pals.example-hospital.nhs.uk/guides/concerns/making-a-complaint/"))
        let svg = code.svg(label: "QR", pixelsPerModule: 1)
        let start = try XCTUnwrap(svg.range(of: " d=\""))
        let path = svg[start.upperBound...].prefix { $0 != "\"" }
        // Follow the pen: M moves to a row's middle, m moves along it, h strokes a run of dark modules.
        var dark = Set<Int>()
        var x = 0.0
        var y = 0.0
        var scanner = Substring(path)
        func number() -> Double {
            let text = scanner.prefix { $0.isNumber || $0 == "." }
            scanner = scanner.dropFirst(text.count)
            return Double(text) ?? .nan
        }
        while let command = scanner.first {
            scanner = scanner.dropFirst()
            switch command {
            case "M": x = number(); scanner = scanner.dropFirst(); y = number()
            case "m": x += number(); scanner = scanner.dropFirst(); y += number()
            case "h":
                let run = number()
                for column in Int(x)..<Int(x + run) { dark.insert((Int(y - 0.5) - 4) * code.size + column - 4) }
                x += run
            default: XCTFail("unexpected \(command) in the path")
            }
        }
        let expected = Set(code.modules.indices.filter { code.modules[$0] })
        XCTAssertEqual(dark, expected)
        XCTAssertTrue(svg.contains("<path stroke=\"#000\""))
    }

    func testTheSameTextGivesTheSameCode() throws {
        XCTAssertEqual(QRCode("https://example.org/a"), QRCode("https://example.org/a"))
    }
}
