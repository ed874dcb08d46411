import Diagnostics

/// Reads a guide's document control (`reference`, `version`, `approved_by`, `approved_on`, `changes`): all of them or
/// none, the approval not after the last review, and `changes` newest first, starting with this version.
enum DocumentControlReader {
    static let keys = ["reference", "version", "approved_by", "approved_on", "changes"]
    static let hints: [String: String] = [
        "reference": "add `reference:` with the trust's leaflet number, for example `reference: PALS-012`",
        "version": "add `version:` with the version's whole number, for example `version: 1`",
        "approved_by": "add `approved_by:` with who approved this version, for example `approved_by: Patient Information Group`",
        "approved_on": "add `approved_on:` with the date it was approved, as YYYY-MM-DD",
        "changes":
            "add `changes:` with a `- version: 1`, `date: YYYY-MM-DD` and `summary: First version` entry for each version, newest first",
    ]

    static func read(_ fields: YAMLFields, source: YAMLSource, sink: DiagnosticSink, lastReviewed: Day?) -> DocumentControl? {
        let given = keys.filter { fields.node($0) != nil }
        guard !given.isEmpty else { return nil }
        for key in keys where !given.contains(key) {
            sink.error(
                "`\(key)` is missing: a guide under document control gives all of reference, version, approved_by, approved_on and changes",
                at: fields.location(given[0]), hint: hints[key] ?? "")
        }
        guard let reference = fields.string("reference"), let version = fields.integer("version"),
            let approvedBy = fields.string("approved_by"), let approvedOn = fields.day("approved_on")
        else { return nil }
        if version < 1 {
            sink.error(
                "`version` should be 1 or more, not \(version)", at: fields.location("version"),
                hint: "the first approved version is 1; each new version adds 1")
        }
        if let lastReviewed, approvedOn > lastReviewed {
            sink.error(
                "`approved_on` (\(approvedOn.iso)) is after `last_reviewed` (\(lastReviewed.iso))",
                at: fields.location("approved_on"),
                hint:
                    "a version is approved once it is reviewed: make `last_reviewed` the review that led to it, or correct the date"
            )
        }
        var control = DocumentControl(
            reference: reference, version: version, approvedBy: approvedBy, approvedOn: approvedOn,
            changes: readChanges(fields, source: source, sink: sink, version: version))
        let at = fields.location("reference")
        (control.referenceLine, control.referenceColumn) = (at.line, at.column)
        let versionAt = fields.location("version")
        (control.versionLine, control.versionColumn) = (versionAt.line, versionAt.column)
        return control
    }

    private static func readChanges(_ fields: YAMLFields, source: YAMLSource, sink: DiagnosticSink, version: Int)
        -> [DocumentControl.Change]
    {
        guard let items = fields.items("changes") else { return [] }
        var changes: [DocumentControl.Change] = []
        for item in items {
            let required: KeyValuePairs<String, String> = [
                "version": "add `version:` with the number of the version this entry is about",
                "date": "add `date:` with the day the version was published, as YYYY-MM-DD",
                "summary": "add `summary:` with what changed, in a sentence",
            ]
            guard
                let entry = YAMLFields(
                    item, name: "this change", allowed: ["version", "date", "summary", "fingerprint"], required: required,
                    source: source, sink: sink),
                let number = entry.integer("version"), let date = entry.day("date"), let summary = entry.string("summary")
            else { continue }
            if let previous = changes.last, number >= previous.version {
                sink.error(
                    "version \(number) is listed after version \(previous.version): `changes` go newest first",
                    at: entry.location("version"), hint: "put the entries in order, the newest version at the top")
            }
            changes.append(
                DocumentControl.Change(version: number, date: date, summary: summary, fingerprint: entry.string("fingerprint")))
        }
        if let first = changes.first, first.version != version {
            sink.error(
                "the newest entry of `changes` is version \(first.version), but `version` is \(version)",
                at: fields.location("version"),
                hint: "add an entry for version \(version) at the top of `changes`, saying what changed, or correct `version`")
        } else if changes.isEmpty {
            sink.error("`changes` is empty", at: fields.location("changes"), hint: hints["changes"] ?? "")
        }
        return changes
    }
}
