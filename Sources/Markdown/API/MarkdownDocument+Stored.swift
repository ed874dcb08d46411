import Utilities

/// A document as the build cache keeps it between builds, for a page that was loaded before and has not changed:
/// what the checks and the pages made from the whole site read (headings, links, pictures, callouts, raw HTML, the
/// word count and any nesting problem). Its HTML and its text blocks are not kept: a page's own files are kept as
/// files.
extension MarkdownDocument {
    public func store(into writer: inout ByteWriter) {
        writer.add(headings) { writer, heading in
            writer.add(heading.level)
            writer.addShared(heading.text)
            writer.addShared(heading.id)
            heading.position.store(into: &writer)
        }
        writer.add(links) { writer, link in
            writer.addShared(link.destination)
            writer.addShared(link.text)
            link.position.store(into: &writer)
            writer.add(link.isUnsafe)
        }
        writer.add(images) { writer, image in
            writer.addShared(image.source)
            writer.addShared(image.alt)
            writer.add(image.isDecorative)
            image.position.store(into: &writer)
        }
        writer.add(callouts) { writer, callout in
            writer.add(callout.kind.rawValue)
            callout.position.store(into: &writer)
            writer.add(callout.containsLink)
            writer.addShared(callout.text)
        }
        writer.add(rawHTML) { writer, position in position.store(into: &writer) }
        writer.add(wordCount)
        writer.add(nestingProblem) { writer, problem in
            writer.add(problem.kind == .blocks)
            writer.add(problem.depth)
            writer.add(problem.limit)
            problem.position.store(into: &writer)
        }
    }

    /// Reads back what `store(into:)` wrote, with no HTML and no text blocks; its headings', links', pictures' and
    /// callouts' text is the reader's shared strings (`ByteReader.sharedString()`), which many pages repeat.
    public init(stored reader: inout ByteReader) throws {
        let headings = try reader.list { reader in
            Heading(
                level: try reader.int(), text: try reader.sharedString(), id: try reader.sharedString(),
                position: try Position(stored: &reader))
        }
        let links = try reader.list { reader in
            Link(
                destination: try reader.sharedString(), text: try reader.sharedString(), position: try Position(stored: &reader),
                isUnsafe: try reader.bool())
        }
        let images = try reader.list { reader in
            Image(
                source: try reader.sharedString(), alt: try reader.sharedString(), isDecorative: try reader.bool(),
                position: try Position(stored: &reader))
        }
        let callouts = try reader.list { reader in
            guard let kind = CalloutKind(rawValue: try reader.string()) else { throw ByteReader.Malformed() }
            return Callout(
                kind: kind, position: try Position(stored: &reader), containsLink: try reader.bool(),
                text: try reader.sharedString())
        }
        let rawHTML = try reader.list { try Position(stored: &$0) }
        self.init(
            html: "", headings: headings, links: links, images: images, callouts: callouts, rawHTML: rawHTML,
            wordCount: try reader.int())
        nestingProblem = try reader.optional { reader in
            NestingProblem(
                kind: try reader.bool() ? .blocks : .inlines, depth: try reader.int(), limit: try reader.int(),
                position: try Position(stored: &reader))
        }
    }
}

extension Position {
    func store(into writer: inout ByteWriter) {
        writer.add(line)
        writer.add(column)
    }

    init(stored reader: inout ByteReader) throws {
        self.init(line: try reader.int(), column: try reader.int())
    }
}
