import Foundation
import Testing

@testable import Search

/// The words of a text, as the index and the search script both read them: the table in Fixtures/terms.json, which
/// the browser tests run through `assets/search.js` too.
@Suite struct SearchTermsTests {
    struct Case: Decodable, CustomTestStringConvertible {
        let text: String
        let terms: [String]
        var testDescription: String { text.isEmpty ? "(empty)" : text }
    }

    static let cases: [Case] = {
        guard let url = Bundle.module.url(forResource: "Fixtures/terms", withExtension: "json"),
            let data = try? Data(contentsOf: url)
        else { return [] }
        return (try? JSONDecoder().decode([Case].self, from: data)) ?? []
    }()

    @Test func theTableIsThere() {
        #expect(Self.cases.count >= 15)
    }

    @Test(arguments: cases)
    func termsOfEachText(_ example: Case) {
        #expect(SearchTerms.of(example.text) == example.terms)
    }

    @Test(arguments: [
        ("Complaints", "complaints"), ("COMPLAINT", "complaint"), ("Gdańsk", "gdansk"), ("Șoseaua", "soseaua"),
        ("Ştefan", "stefan"), ("São", "sao"), ("Ça", "ca"),
    ])
    func caseAndAccentsAreIgnored(word: String, folded: String) {
        #expect(SearchTerms.of(word) == [folded])
    }
}
