import Testing

@testable import Markdown

/// Signpost's page extras: heading ids, callouts, links, images and what is never let through.
struct PageExtrasTests {
    struct Resolver: LinkResolver {
        func resolveLink(_ destination: String) -> String? {
            destination.hasSuffix(".md") ? "/guides/" + destination.dropLast(3) + "/" : nil
        }
        func resolveImage(_ source: String) -> ResolvedImage? {
            ResolvedImage(url: "/images/" + source, width: 640, height: 400)
        }
    }

    func render(_ text: String, rawHTML: Bool = false) -> MarkdownDocument {
        MarkdownRenderer.render(text, options: MarkdownOptions(allowRawHTML: rawHTML), resolver: Resolver())
    }

    @Test(arguments: [
        ("## What happens next", "what-happens-next"),
        ("## If you're not happy -- with our reply?", "if-youre-not-happy-with-our-reply"),
        ("## Step 1: call us", "step-1-call-us"),
        ("## Être soigné", "être-soigné"),
        ("## ???", "section"),
        ("## NHS Constitution (2023)", "nhs-constitution-2023"),
        ("## Café - “quiet” room", "café-quiet-room"),
        ("## - Dashes -  and   spaces -", "dashes-and-spaces"),
    ])
    func headingIDs(markdown: String, id: String) {
        let document = render(markdown)
        #expect(document.headings.map(\.id) == [id])
        #expect(document.html.contains("<h2 id=\"\(id)\">"))
    }

    @Test func repeatedHeadingsGetNumbers() {
        let document = MarkdownRenderer.render(
            "## Contact\n\n## Contact\n\n### Contact\n",
            options: MarkdownOptions(reservedIDs: ["main-content"]))
        #expect(document.headings.map(\.id) == ["contact", "contact-2", "contact-3"])
        #expect(document.headings.map(\.level) == [2, 2, 3])
        #expect(document.headings.map(\.position.line) == [1, 3, 5])
    }

    @Test func reservedIDsAreNotTaken() {
        let document = MarkdownRenderer.render("## Main content\n", options: MarkdownOptions(reservedIDs: ["main-content"]))
        #expect(document.headings.first?.id == "main-content-2")
    }

    @Test(arguments: CalloutKind.allCases)
    func callouts(kind: CalloutKind) {
        let document = render("Intro.\n\n> [!\(kind.rawValue)]\n> Ring **999**.\n")
        #expect(document.callouts.map(\.kind) == [kind])
        #expect(document.callouts.first?.position == Position(line: 3, column: 1))
        #expect(document.html.contains("callout--\(kind.rawValue.lowercased())"))
        #expect(document.html.contains("<p>Ring <strong>999</strong>.</p>"))
        #expect(!document.html.contains("[!"))
        #expect(!document.html.contains("blockquote"))
    }

    @Test func ordinaryQuotesStayQuotes() {
        let document = render("> [!SHOUT] not a callout\n")
        #expect(document.callouts.isEmpty)
        #expect(document.html.contains("<blockquote>"))
    }

    @Test func calloutRecordsLinksInside() {
        let document = render("> [!EMERGENCY]\n> Call [999](tel:999).\n")
        #expect(document.callouts.first?.containsLink == true)
    }

    @Test func linksAreResolvedAndRecorded() {
        let document = render("See [making a complaint](concerns/complaint.md) and [NHS](https://www.nhs.uk/).\n")
        #expect(document.html.contains("<a href=\"/guides/concerns/complaint/\">making a complaint</a>"))
        #expect(document.html.contains("<a href=\"https://www.nhs.uk/\">NHS</a>"))
        #expect(document.links.map(\.text) == ["making a complaint", "NHS"])
        #expect(document.links.first?.position == Position(line: 1, column: 5))
    }

    @Test(arguments: ["javascript:alert(1)", "JavaScript:alert(1)", "vbscript:x", "data:text/html,hi", "file:///etc/passwd"])
    func unsafeLinksAreNeverLinked(destination: String) {
        for raw in [false, true] {
            let document = render("[Press me](\(destination))\n", rawHTML: raw)
            #expect(document.links.first?.isUnsafe == true)
            #expect(!document.html.contains("href"), "\(document.html)")
            #expect(document.html.contains("Press me"))
        }
    }

    @Test func imagesGetSizeAndAlt() {
        let document = render("![A map of the ground floor](map.svg)\n")
        #expect(
            document.html.contains(
                "<img src=\"/images/map.svg\" alt=\"A map of the ground floor\" width=\"640\" height=\"400\" loading=\"lazy\">"))
        #expect(document.images.first?.alt == "A map of the ground floor")
    }

    @Test func decorativeImagesHaveEmptyAlt() {
        let document = render("![decorative](border.svg)\n")
        #expect(document.images.first?.isDecorative == true)
        #expect(document.html.contains("alt=\"\""))
    }

    @Test func missingAltIsRecordedEmpty() {
        let document = render("Text\n\n![](photo.png)\n")
        #expect(document.images.first?.alt == "")
        #expect(document.images.first?.isDecorative == false)
        #expect(document.images.first?.position == Position(line: 3, column: 1))
    }

    @Test func rawHTMLIsDroppedUnlessAllowed() {
        let text = "<div class=\"x\">box</div>\n\nText <b>bold</b>.\n"
        let safe = render(text)
        #expect(safe.rawHTML.count == 3)
        #expect(!safe.html.contains("<div"))
        #expect(!safe.html.contains("<b>"))
        #expect(!safe.html.contains("raw HTML omitted"))
        let allowed = render(text, rawHTML: true)
        #expect(allowed.html.contains("<div class=\"x\">box</div>"))
        #expect(allowed.html.contains("<b>bold</b>"))
    }

    @Test func smartPunctuation() {
        #expect(render("\"Quoted\" -- it's...\n").html == "<p>“Quoted” – it’s…</p>\n")
    }

    @Test func wordsAreCounted() {
        #expect(render("## Two words\n\nThree *more* words here.\n").wordCount == 6)
    }

    @Test func twentyThousandIdenticalHeadingsGetIDsInOrder() {
        let document = render(Array(repeating: "## Same", count: 20_000).joined(separator: "\n\n") + "\n\n## Same 2\n")
        #expect(document.headings.count == 20_001)
        #expect(document.headings.first?.id == "same")
        #expect(document.headings[1].id == "same-2")
        #expect(document.headings[19_999].id == "same-20000")
        // "Same 2" is its own slug, taken already by the second heading: it gets its own number.
        #expect(document.headings.last?.id == "same-2-2")
        #expect(Set(document.headings.map(\.id)).count == 20_001)
    }

    @Test(arguments: [
        (String(repeating: "> ", count: 20_000) + "deep", NestingProblem.Kind.blocks, 20_000),
        (String(repeating: "*a ", count: 17) + "x" + String(repeating: " a*", count: 17), .inlines, 17),
        (String(repeating: "![", count: 1_000) + "x" + String(repeating: "](y)", count: 1_000), .inlines, 1_000),
    ])
    func nestingPastTheLimitsIsRefusedBeforeTheTreeIsWalked(markdown: String, kind: NestingProblem.Kind, depth: Int) {
        let document = render(markdown)
        #expect(document.nestingProblem?.kind == kind)
        #expect(document.nestingProblem?.depth == depth)
        #expect(document.html == "")
    }

    @Test func aPictureInsideAPicturesAltTextKeepsOnlyItsWords() {
        let document = render("![![A map](map.svg) and [a link](x.md)](door.svg)")
        #expect(document.images.count == 1)
        #expect(document.links.isEmpty)
        #expect(document.html.contains("alt=\"A map and a link\""))
    }

    @Test func aCalloutsLabelIsTheOneItIsGivenEscaped() {
        var options = MarkdownOptions()
        options.calloutLabels = [.warning: "Important & <urgent>"]
        let document = MarkdownRenderer.render("> [!WARNING]\n> Bring your letter.\n", options: options)
        #expect(document.html.contains("<p class=\"callout__label\">Important &amp; &lt;urgent&gt;</p>"))
        #expect(document.blocks.first?.lines == ["Important & <urgent>"])
    }
}
