import Content
import Diagnostics
import Utilities

/// The words a reader sees that Signpost puts together itself (labels, the names of formats, the kiosk's buttons,
/// braille's lines), read from the templates folder's `strings/en.yaml` so that no such word is written in Swift and
/// a designer changes them without rebuilding Signpost.
public struct Strings: Sendable {
    /// Every text the renderers use; `strings/en.yaml` must have each.
    public enum Key: String, CaseIterable, Sendable {
        case home, phone, email, textMessage = "text_message", relayUK = "relay_uk", website
        case feedbackSubject = "feedback_subject"
        case formatWebPage = "format_web_page", formatLargePrintPage = "format_large_print_page"
        case formatEasyReadPage = "format_easy_read_page", formatBrailleFile = "format_braille_file"
        case formatStandardLeaflet = "format_standard_leaflet", formatLargePrintLeaflet = "format_large_print_leaflet"
        case formatEasyReadLeaflet = "format_easy_read_leaflet"
        case formatNames = "format_names", formatNamesWithEasyRead = "format_names_with_easy_read"
        case notFoundTitle = "not_found_title", sectionSummary = "section_summary"
        case reportTitle = "report_title", reportSummary = "report_summary"
        case servicesTitle = "services_title", servicesSummary = "services_summary"
        case serviceCategorySummary = "service_category_summary"
        case kioskTopics = "kiosk_topics", kioskAToZ = "kiosk_a_to_z", kioskFindPALS = "kiosk_find_pals"
        case kioskScanWeb = "kiosk_scan_web", kioskScanEmail = "kiosk_scan_email", kioskScanPhone = "kiosk_scan_phone"
        case kioskScanText = "kiosk_scan_text"
        case qrLabelKiosk = "qr_label_kiosk", qrLabelLeaflet = "qr_label_leaflet"
        case braillePicture = "braille_picture", brailleOtherFormats = "braille_other_formats"
        case brailleAlsoIn = "braille_also_in", brailleOnlineAt = "braille_online_at"
        case brailleLastReviewed = "braille_last_reviewed", brailleNextReview = "braille_next_review"
    }

    /// Where the English strings are, under the templates folder.
    public static let englishFile = "strings/en.yaml"

    private let texts: [String: String]

    init(texts: [String: String]) {
        self.texts = texts
    }

    /// The text of `key` with each `{name}` filled in from `values`.
    public func callAsFunction(_ key: Key, _ values: KeyValuePairs<String, String> = [:]) -> String {
        var text = texts[key.rawValue] ?? ""
        for (name, value) in values { text = text.replacing("{" + name + "}", with: value) }
        return text
    }

    /// Reads `strings/en.yaml` under `root`, reporting a missing file, a missing key and a key nothing uses.
    static func load(from root: String) -> (Strings, [Diagnostic]) {
        let path = root + "/" + englishFile
        let text: String
        do {
            text = try FileSystem.readText(path, limit: InputLimits.fileBytes)
        } catch {
            return (
                Strings(texts: [:]),
                [
                    .error(
                        "the strings file \(englishFile) is missing or cannot be read", at: SourceLocation(path: path),
                        hint:
                            "every templates folder needs \(englishFile), with the words Signpost puts on pages: copy it from Signpost's own templates"
                    )
                ]
            )
        }
        var (texts, problems) = StringsFile.read(text, path: path)
        let known = Set(Key.allCases.map(\.rawValue))
        for key in Key.allCases where texts[key.rawValue] == nil {
            problems.append(
                .error(
                    "`\(key.rawValue)` is missing from \(englishFile)", at: SourceLocation(path: path),
                    hint: "add a line `\(key.rawValue): ...` with the words readers should see"))
        }
        for key in texts.keys.sorted() where !known.contains(key) {
            problems.append(
                .warning(
                    "`\(key)` is not a key Signpost uses", at: SourceLocation(path: path),
                    hint: Suggestion.hint(for: key, in: Key.allCases.map(\.rawValue), noun: "keys")))
            texts[key] = nil
        }
        return (Strings(texts: texts), problems)
    }
}
