import Diagnostics
import Foundation
import Testing

/// `signpost check --format json`: every diagnostic as a flat record other tools can read.
struct DiagnosticJSONTests {
    @Test func everyDiagnosticBecomesARecordWithItsPlaceAndHint() throws {
        let diagnostics = [
            Diagnostic.error(
                "image has no alt text", at: SourceLocation(path: "Content/guides/complaints.md", line: 14, column: 3),
                hint: "describe the picture: ![what it shows](file.png)"),
            Diagnostic.warning(
                "the reading age is 13.2 \"hard\"", at: SourceLocation(path: "Content/guides/a/b.md", line: 1, column: 1)),
        ]
        let json = try DiagnosticJSON.encode(diagnostics)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(records.count == 2)
        #expect(records[0]["file"] as? String == "Content/guides/complaints.md")
        #expect(records[0]["line"] as? Int == 14)
        #expect(records[0]["column"] as? Int == 3)
        #expect(records[0]["severity"] as? String == "error")
        #expect(records[0]["message"] as? String == "image has no alt text")
        #expect(records[0]["hint"] as? String == "describe the picture: ![what it shows](file.png)")
        #expect(records[1]["severity"] as? String == "warning")
        #expect(records[1]["message"] as? String == "the reading age is 13.2 \"hard\"")
        #expect(records[1]["hint"] == nil)
    }

    @Test func noDiagnosticsIsAnEmptyList() throws {
        #expect(try DiagnosticJSON.encode([]).filter { !$0.isWhitespace } == "[]")
    }
}
