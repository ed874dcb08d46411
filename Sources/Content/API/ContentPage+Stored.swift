import Markdown
import Utilities

/// A page as the build cache keeps it between builds: as a build keeps it once its own files are written (without its
/// body: `withoutBody()`, its reading age measured and its prose let go), so that a build that finds its file
/// unchanged need not load it again.
///
/// Every field is kept: the cache's test reads each page of the fixture sites back and compares every field.
extension ContentPage {
    public func store(into writer: inout ByteWriter) {
        writer.add(Self.kinds.firstIndex(of: kind) ?? 0)
        writer.add(sourcePath)
        writer.add(displayPath)
        writer.add(urlPath)
        frontMatter.store(into: &writer)
        document.store(into: &writer)
        writer.add(bodyLineOffset)
        writer.add(readingAge) { $0.add($1) }
        writer.add(language?.code)
        writer.add(translation) { writer, translation in
            writer.addShared(translation.translator)
            writer.add(translation.translatedFrom) { $1.store(into: &$0) }
            writer.add(translation.translatedFromLine)
            writer.add(translation.translatedFromColumn)
        }
        writer.add(file)
        writer.add(sourceFingerprint)
    }

    /// Reads back what `store(into:)` wrote; `languages` are the site's, one of which a translation is in.
    ///
    /// What many pages repeat (owners, sources, sections, approvers, translators, and the document's headings, links,
    /// pictures and callouts) is the reader's shared strings (`ByteReader.sharedString()`): the fields
    /// `withoutBody(sharing:)` shares.
    public init(stored reader: inout ByteReader, languages: [SiteLanguage]) throws {
        let kind = try reader.int()
        guard Self.kinds.indices.contains(kind) else { throw ByteReader.Malformed() }
        self.init(
            kind: Self.kinds[kind], sourcePath: try reader.string(), displayPath: try reader.string(),
            urlPath: try reader.string(), frontMatter: try FrontMatter(stored: &reader),
            document: try MarkdownDocument(stored: &reader), bodyLineOffset: try reader.int())
        readingAge = try reader.optional { try $0.double() }
        if let code = try reader.optionalString() {
            guard let language = languages.first(where: { $0.code == code }) else { throw ByteReader.Malformed() }
            self.language = language
        }
        translation = try reader.optional { reader in
            Translation(
                translator: try reader.sharedString(), translatedFrom: try reader.optional { try Day(stored: &$0) },
                translatedFromLine: try reader.int(), translatedFromColumn: try reader.int())
        }
        // Its own file is its `sourcePath` (a translation's is another): one string for both.
        let file = try reader.run()
        self.file = file.elementsEqual(sourcePath.utf8) ? sourcePath : String(decoding: file, as: UTF8.self)
        sourceFingerprint = try reader.fingerprint()
    }

    private static let kinds: [Kind] = [.home, .guide, .page, .easyRead]
}

extension FrontMatter {
    func store(into writer: inout ByteWriter) {
        writer.add(title)
        writer.add(summary)
        writer.addShared(owner)
        writer.add(lastReviewed) { $1.store(into: &$0) }
        writer.add(nextReview) { $1.store(into: &$0) }
        writer.add(sources) { writer, source in
            writer.addShared(source.title)
            writer.addShared(source.url)
        }
        writer.add(section) { $0.addShared($1) }
        writer.add(order)
        writer.add(formats) { $0.add($1.rawValue) }
        writer.add(nextReviewLine)
        writer.add(formatsLine)
        writer.add(control) { writer, control in
            writer.add(control.reference)
            writer.add(control.version)
            writer.addShared(control.approvedBy)
            control.approvedOn.store(into: &writer)
            writer.add(control.changes) { writer, change in
                writer.add(change.version)
                change.date.store(into: &writer)
                writer.add(change.summary)
                writer.add(change.fingerprint)
            }
            for number in [control.referenceLine, control.referenceColumn, control.versionLine, control.versionColumn] {
                writer.add(number)
            }
        }
    }

    init(stored reader: inout ByteReader) throws {
        self.init(
            title: try reader.string(), summary: try reader.string(), owner: try reader.sharedString(),
            lastReviewed: try reader.optional { try Day(stored: &$0) }, nextReview: try reader.optional { try Day(stored: &$0) },
            sources: try reader.list { Source(title: try $0.sharedString(), url: try $0.sharedString()) },
            section: try reader.optional { try $0.sharedString() }, order: try reader.optionalInt(),
            formats: try reader.list { reader in
                guard let format = Format(rawValue: try reader.string()) else { throw ByteReader.Malformed() }
                return format
            }, nextReviewLine: try reader.int())
        formatsLine = try reader.int()
        control = try reader.optional { reader in
            var control = DocumentControl(
                reference: try reader.string(), version: try reader.int(), approvedBy: try reader.sharedString(),
                approvedOn: try Day(stored: &reader),
                changes: try reader.list { reader in
                    DocumentControl.Change(
                        version: try reader.int(), date: try Day(stored: &reader), summary: try reader.string(),
                        fingerprint: try reader.optionalString())
                })
            control.referenceLine = try reader.int()
            control.referenceColumn = try reader.int()
            control.versionLine = try reader.int()
            control.versionColumn = try reader.int()
            return control
        }
    }
}

extension Day {
    func store(into writer: inout ByteWriter) {
        writer.add(year)
        writer.add(month)
        writer.add(day)
    }

    init(stored reader: inout ByteReader) throws {
        guard let day = Day(year: try reader.int(), month: try reader.int(), day: try reader.int()) else {
            throw ByteReader.Malformed()
        }
        self = day
    }
}
