import Testing
import Utilities

/// `{name}` filled in, as dates, opening hours and the strings files' words are.
struct PlaceholdersTests {
    @Test(arguments: [
        ("{day} {month} {year}", "3 December 2026"),
        ("Open {days}, {times}.", "Open Monday to Friday, 9am to 5pm."),
        ("{year}-{year}", "2026-2026"),
        ("no placeholders", "no placeholders"),
        ("", ""),
        ("{unknown} stays, {day} goes", "{unknown} stays, 3 goes"),
        ("{ {day}", "{ 3"),
        ("{day", "{day"),
        ("}{day}{", "}3{"),
        ("{}", "{}"),
        ("{{day}}", "{3}"),
        ("{title}: a title that says {day} is kept as it is", "Say {day}: a title that says 3 is kept as it is"),
        ("Zadzwoń {day} – ١٢ {month}", "Zadzwoń 3 – ١٢ December"),
    ])
    func eachNamedPlaceholderIsFilledOnce(text: String, filled: String) {
        let values: KeyValuePairs<String, String> = [
            "day": "3", "month": "December", "year": "2026", "days": "Monday to Friday", "times": "9am to 5pm",
            "title": "Say {day}",
        ]
        #expect(Placeholders.fill(text, values) == filled)
    }

    @Test func withNoValuesTheTextIsAsItWas() {
        #expect(Placeholders.fill("{day} {month}", [:]) == "{day} {month}")
    }
}
