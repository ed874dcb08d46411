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
        // The first character decides, not the first byte: a tab or lone return is a formula's start, a line break
        // ("\r\n", one Character) and an `=` that an accent joins are not.
        ("\tSUM(A1)", "'\tSUM(A1)"),
        ("\rSUM(A1)", "\"'\rSUM(A1)\""),
        ("\r\nSUM(A1)", "\"\r\nSUM(A1)\""),
        ("=\u{301}1", "=\u{301}1"),
        ("-\u{301}5", "-\u{301}5"),
    ])
    func eachValueIsWrittenSoASpreadsheetReadsItAsText(value: String, field: String) {
        #expect(ServicesCSV.field(value) == field)
    }
}
