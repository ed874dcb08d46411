import OpenReferral
import Testing

/// A value as a field of the CSV exports (`services.csv`, the leaflet register): quoted when it holds a comma, a
/// quote or a line break, and kept from being read as a formula by a spreadsheet.
struct CSVFieldTests {
    @Test(arguments: [
        ("Patient Advice and Liaison Service", "Patient Advice and Liaison Service"),
        ("Ward 7, North Site", "\"Ward 7, North Site\""),
        ("Ask for \"PALS\"", "\"Ask for \"\"PALS\"\"\""),
        ("First line\nSecond line", "\"First line\nSecond line\""),
        ("First line\r\nSecond line", "\"First line\r\nSecond line\""),
        ("=HYPERLINK(\"http://example.com\")", "\"'=HYPERLINK(\"\"http://example.com\"\")\""),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("+44 20 7946 0000", "+44 20 7946 0000"),
        ("-5", "'-5"),
        ("Zadzwoń, proszę", "\"Zadzwoń, proszę\""),
        // A quote that a combining accent follows is one Character with it, and still a quote to double.
        ("Say \"\u{301}yes\"", "\"Say \"\"\u{301}yes\"\"\""),
        ("", ""),
    ])
    func eachValueIsWrittenSoASpreadsheetReadsItAsText(value: String, field: String) {
        #expect(ServicesCSV.field(value) == field)
    }
}
