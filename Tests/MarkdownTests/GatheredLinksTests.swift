import Testing

@testable import Markdown

/// The body rendered a second time with links taken out of sentences (for the kiosk's large buttons).
struct GatheredLinksTests {
    struct WebResolver: LinkResolver {
        func resolveLink(_ destination: String) -> String? {
            destination.hasSuffix(".md") ? "/guides/" + destination.dropLast(3) + "/" : nil
        }
        func resolveImage(_ source: String) -> ResolvedImage? { ResolvedImage(url: "/images/" + source) }
    }

    struct RelativeResolver: LinkResolver {
        func resolveLink(_ destination: String) -> String? {
            destination.hasSuffix(".md") ? "../" + destination.dropLast(3) + "/index.html" : nil
        }
        func resolveImage(_ source: String) -> ResolvedImage? { ResolvedImage(url: "../../images/" + source) }
    }

    func render(_ text: String) -> MarkdownDocument {
        var options = MarkdownOptions()
        options.calloutLabels = [.note: "Note"]
        return MarkdownRenderer.render(text, options: options, resolver: WebResolver(), gathering: RelativeResolver())
    }

    @Test func linksLeaveTheSentenceAndFollowTheirParagraph() {
        let document = render(
            "Read [making a complaint](complaints.md) or call [020 7946 0000](tel:02079460000).\n\nNo links here.\n")
        #expect(
            document.gathered == [
                GatheredBlock(
                    html: "<p>Read making a complaint or call 020 7946 0000.</p>\n",
                    links: [
                        GatheredLink(text: "making a complaint", destination: "complaints.md", url: "../complaints/index.html"),
                        GatheredLink(text: "020 7946 0000", destination: "tel:02079460000", url: nil),
                    ]),
                GatheredBlock(html: "<p>No links here.</p>\n"),
            ])
    }

    @Test func thePageHTMLKeepsItsLinks() {
        let document = render("Read [making a complaint](complaints.md).\n")
        #expect(document.html == "<p>Read <a href=\"/guides/complaints/\">making a complaint</a>.</p>\n")
    }

    @Test func linksInAListFollowTheList() {
        let document = render(
            "- phone [020 7946 0000](tel:02079460000)\n- email [pals@example.nhs.uk](mailto:pals@example.nhs.uk)\n")
        #expect(document.gathered.count == 1)
        #expect(!document.gathered[0].html.contains("<a"))
        #expect(document.gathered[0].html.contains("<li>phone 020 7946 0000</li>"))
        #expect(document.gathered[0].links.map(\.destination) == ["tel:02079460000", "mailto:pals@example.nhs.uk"])
    }

    @Test func headingsAndCalloutsKeepTheirShape() {
        let document = render("## Contact us\n\n> [!NOTE]\n> See [other formats](formats.md).\n")
        #expect(
            document.gathered.map(\.html) == [
                "<h2 id=\"contact-us\">\nContact us\n</h2>\n"
                    + "<div class=\"callout callout--note\"><p class=\"callout__label\">"
                    + "<span class=\"visually-hidden\">Note</span></p>\n<p>See other formats.</p>\n</div>\n"
            ])
        #expect(document.gathered[0].links.map(\.url) == ["../formats/index.html"])
    }

    @Test func blocksWithoutLinksJoinTheNextThatHasSome() {
        let document = render("One.\n\nTwo, see [a guide](guide.md).\n\nThree.\n\nFour.\n")
        #expect(
            document.gathered == [
                GatheredBlock(
                    html: "<p>One.</p>\n<p>Two, see a guide.</p>\n",
                    links: [GatheredLink(text: "a guide", destination: "guide.md", url: "../guide/index.html")]),
                GatheredBlock(html: "<p>Three.</p>\n<p>Four.</p>\n"),
            ])
    }

    @Test func unsafeLinksAreNeverGathered() {
        let document = render("[Click me](javascript:alert(1)) and [a guide](guide.md)\n")
        #expect(document.gathered[0].links.map(\.destination) == ["guide.md"])
        #expect(!document.gathered[0].html.contains("javascript"))
    }

    @Test func imagesUseTheGatheringResolver() {
        let document = render("![A map](map.svg)\n")
        #expect(document.html.contains("src=\"/images/map.svg\""))
        #expect(document.gathered[0].html.contains("src=\"../../images/map.svg\""))
    }

    @Test func nothingIsGatheredWithoutAResolver() {
        let document = MarkdownRenderer.render("Read [this guide](guide.md).\n", resolver: WebResolver())
        #expect(document.gathered.isEmpty)
    }
}
