import Testing
import Utilities

/// The runs of digit groups kept left to right in right-to-left text.
@Suite struct LeftToRightRunsTests {
    @Test(arguments: [
        ("اتصل على 020 7946 0000 الآن", ["020 7946 0000"]),
        ("18001 020 7946 0000", ["18001 020 7946 0000"]),
        ("+44 20 7946 0000.", ["+44 20 7946 0000"]),
        ("فون 0345 015 4033 اور 07700 900000", ["0345 015 4033", "07700 900000"]),
        ("12 مہینے", []),  // one number keeps its order by itself
        ("2026-12-03", []),
        ("9 to 5", []),
        ("1 2", ["1 2"]),
        ("0345\u{A0}015\u{A0}4033", ["0345\u{A0}015\u{A0}4033"]),
        ("a 1  2", []),  // two spaces end a run
        ("+ 12", []),
        ("", []),
        ("ای میل pals@example-hospital.nhs.uk کریں۔", ["pals@example-hospital.nhs.uk"]),
        ("دیکھیں (www.nhs.uk/complaints).", ["www.nhs.uk/complaints"]),
        ("https://www.ombudsman.org.uk/making-complaint،", ["https://www.ombudsman.org.uk/making-complaint"]),
        ("@ alone and a@", []),
        ("0345 015 4033 or info@x.uk", ["0345 015 4033", "info@x.uk"]),
    ])
    func findsDigitGroupsAndAddresses(text: String, runs: [String]) {
        #expect(LeftToRightRuns.ranges(in: text).map { String(text[$0]) } == runs)
    }
}
