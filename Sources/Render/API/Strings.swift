import Content
import Diagnostics
import Markdown
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
        case date
        case leafletPage = "leaflet_page", leafletPageOf = "leaflet_page_of"
        case month1 = "month_1", month2 = "month_2", month3 = "month_3", month4 = "month_4", month5 = "month_5"
        case month6 = "month_6", month7 = "month_7", month8 = "month_8", month9 = "month_9", month10 = "month_10"
        case month11 = "month_11", month12 = "month_12"
        case day1 = "day_1", day2 = "day_2", day3 = "day_3", day4 = "day_4", day5 = "day_5", day6 = "day_6", day7 = "day_7"
        case hoursOpenOn = "hours_open_on", hoursClosedOn = "hours_closed_on", hoursOnDays = "hours_on_days"
        case hoursEveryDay = "hours_every_day", hoursAlwaysOpen = "hours_always_open"
        case hoursOpenAllDay = "hours_open_all_day", hoursClosed = "hours_closed", hoursNotKnown = "hours_not_known"
        case range, listEnd = "list_end", listSeparator = "list_separator", hoursNextDay = "hours_next_day"
        case timeMidnight = "time_midnight", timeMidday = "time_midday", timeMorning = "time_morning"
        case timeAfternoon = "time_afternoon"
        case formatNameEasyRead = "format_name_easy_read", formatNameLargePrint = "format_name_large_print"
        case formatNameBraille = "format_name_braille", formatNameAudio = "format_name_audio", formatNameBSL = "format_name_bsl"
        case reviewOverdue = "review_overdue", reviewDueSoon = "review_due_soon", reviewCurrent = "review_current"
        case reviewMissing = "review_missing", reportYes = "report_yes", reportNo = "report_no"
        case calloutNote = "callout_note", calloutWarning = "callout_warning", calloutAdvice = "callout_advice"
        case calloutUrgent = "callout_urgent", calloutEmergency = "callout_emergency"
        case inEnglish = "in_english"
        case translationCurrent = "translation_current", translationOutOfDate = "translation_out_of_date_status"
        case translationMissing = "translation_missing"
        case searchTitle = "search_title", searchService = "search_service"
        case kioskSearch = "kiosk_search", kioskKeyboard = "kiosk_keyboard"
    }

    /// The words at the top of each kind of callout box, for the Markdown stage.
    public var calloutLabels: [CalloutKind: String] {
        [
            .note: self(.calloutNote), .warning: self(.calloutWarning), .advice: self(.calloutAdvice),
            .urgent: self(.calloutUrgent), .emergency: self(.calloutEmergency),
        ]
    }

    /// The words a translation's Markdown is rendered with: its callout labels, and "(in English)".
    public var languageWords: LanguageWords {
        LanguageWords(calloutLabels: calloutLabels, inEnglish: self(.inEnglish))
    }

    /// The name a reader sees of one of a guide's formats.
    public func name(of format: Format) -> String {
        switch format {
        case .easyRead: self(.formatNameEasyRead)
        case .largePrint: self(.formatNameLargePrint)
        case .braille: self(.formatNameBraille)
        case .audio: self(.formatNameAudio)
        case .bsl: self(.formatNameBSL)
        }
    }

    /// How the health report names where a review stands.
    public func name(of status: TranslationStatus) -> String {
        switch status {
        case .current: self(.translationCurrent)
        case .outOfDate: self(.translationOutOfDate)
        case .missing: self(.translationMissing)
        }
    }

    public func name(of status: ReviewStatus) -> String {
        switch status {
        case .overdue: self(.reviewOverdue)
        case .dueSoon: self(.reviewDueSoon)
        case .current: self(.reviewCurrent)
        case .missing: self(.reviewMissing)
        }
    }

    /// Where the English strings are, under the templates folder.
    public static let englishFile = "strings/en.yaml"

    private let texts: [String: String]
    /// The keys whose words are English in another language's strings file, which lacks them.
    private let fallbacks: Set<String>
    /// The words of dates and opening hours, for Content's `Day`, `OpeningHours` and their kin.
    public let wording: Wording
    /// The file the words were read from: `strings/en.yaml`, or the language's.
    public let file: String

    init(texts: [String: String], fallbacks: Set<String> = [], file: String = Strings.englishFile) {
        self.texts = texts
        self.fallbacks = fallbacks
        self.file = file
        func text(_ key: Key) -> String { texts[key.rawValue] ?? "" }
        let months: [Key] = [
            .month1, .month2, .month3, .month4, .month5, .month6, .month7, .month8, .month9, .month10, .month11, .month12,
        ]
        let days: [Key] = [.day1, .day2, .day3, .day4, .day5, .day6, .day7]
        var wording = Wording(
            dayNames: days.map(text), monthNames: months.map(text), date: text(.date), openOn: text(.hoursOpenOn),
            closedOn: text(.hoursClosedOn), onDays: text(.hoursOnDays), everyDay: text(.hoursEveryDay),
            alwaysOpen: text(.hoursAlwaysOpen), openAllDay: text(.hoursOpenAllDay), closed: text(.hoursClosed),
            notKnown: text(.hoursNotKnown), range: text(.range), listEnd: text(.listEnd), nextDay: text(.hoursNextDay),
            midnight: text(.timeMidnight), midday: text(.timeMidday), morning: text(.timeMorning),
            afternoon: text(.timeAfternoon))
        wording.listSeparator = text(.listSeparator)
        self.wording = wording
    }

    /// The text of `key` with each `{name}` filled in from `values`.
    public func callAsFunction(_ key: Key, _ values: KeyValuePairs<String, String> = [:]) -> String {
        Placeholders.fill(texts[key.rawValue] ?? "", values)
    }

    /// The words of a key the templates use (`{{t.key}}`), or nil when the file has none.
    func word(_ key: String) -> String? { texts[key] }

    /// Whether a key's words are English because the language's file lacks them.
    func isFallback(_ key: String) -> Bool { fallbacks.contains(key) }

    /// The strings file of a language: `strings/pl.yaml`.
    public static func file(of language: SiteLanguage) -> String { "strings/" + language.code + ".yaml" }

    /// A language's strings (`strings/<code>.yaml`), each key it lacks taken from `english` (a warning naming the file
    /// and the key), each key English has not a warning.
    static func load(from files: TemplateFolder, language: SiteLanguage, english: Strings) -> (Strings, [Diagnostic]) {
        let file = file(of: language)
        let path = files.shownPath(file)
        let allEnglish = Strings(texts: english.texts, fallbacks: Set(english.texts.keys), file: file)
        guard files.contains(file) else {
            let missing = Diagnostic.warning(
                "there is no strings file \(file) for \(language.name), so pages in it show Signpost's words in English",
                at: SourceLocation(path: path),
                hint: "copy \(englishFile) to \(file) and have each line's words translated")
            return (allEnglish, [missing])
        }
        let text: String
        do {
            text = try files.readText(file)
        } catch {
            let unreadable = Diagnostic.error(
                "cannot read the strings file \(file): \(error)", at: SourceLocation(path: path),
                hint: "check that it is an ordinary text file that Signpost may read, and under 1 MB")
            return (allEnglish, [unreadable])
        }
        var (texts, problems) = StringsFile.read(text, path: path)
        var fallbacks = Set<String>()
        for key in english.texts.keys.sorted() where texts[key] == nil {
            problems.append(
                .warning(
                    "`\(key)` is missing from \(file), so pages in \(language.name) show it in English",
                    at: SourceLocation(path: path),
                    hint: "add a line `\(key): ...` with the words of \(englishFile)'s `\(key)` in \(language.name)"))
            texts[key] = english.texts[key]
            fallbacks.insert(key)
        }
        for key in texts.keys.sorted() where english.texts[key] == nil {
            problems.append(
                .warning(
                    "`\(key)` is not a key of \(englishFile)", at: SourceLocation(path: path),
                    hint: Suggestion.hint(for: key, in: english.texts.keys.sorted(), noun: "keys")))
            texts[key] = nil
        }
        return (Strings(texts: texts, fallbacks: fallbacks, file: file), problems)
    }

    /// Reads `strings/en.yaml` of `files`, reporting a missing file, a missing key (of `Key`, or one the templates
    /// use, `templateKeys`) and a key nothing uses.
    static func load(from files: TemplateFolder, templateKeys: Set<String>) -> (Strings, [Diagnostic]) {
        let path = files.shownPath(englishFile)
        let text: String
        do {
            text = try files.readText(englishFile)
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
        let known = Set(Key.allCases.map(\.rawValue)).union(templateKeys)
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
                    hint: Suggestion.hint(for: key, in: known.sorted(), noun: "keys")))
            texts[key] = nil
        }
        return (Strings(texts: texts), problems)
    }
}
