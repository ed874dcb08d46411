import Testing

@testable import Content

struct DayTests {
    @Test(arguments: ["2026-10-01", "2024-02-29", "2000-02-29"])
    func validDates(text: String) {
        #expect(Day(iso: text)?.iso == text)
    }

    @Test(arguments: ["2026-13-01", "2026-02-29", "1900-02-29", "2026-1-01", "01/10/2026", "2026-10-01T10:00", ""])
    func invalidDates(text: String) {
        #expect(Day(iso: text) == nil)
    }

    /// A day from its numbers is the day its ISO form names, and there is none where that form names none.
    @Test(
        arguments: [
            (2026, 10, 1, "2026-10-01"), (2024, 2, 29, "2024-02-29"), (2000, 2, 29, "2000-02-29"), (999, 1, 31, "0999-01-31"),
            (2026, 2, 29, nil), (1900, 2, 29, nil), (2026, 13, 1, nil), (2026, 0, 1, nil), (2026, 4, 31, nil),
            (2026, 1, 0, nil), (-1, 1, 1, nil), (10_000, 1, 1, nil),
        ] as [(Int, Int, Int, String?)])
    func datesFromTheirNumbers(year: Int, month: Int, day: Int, iso: String?) {
        #expect(Day(year: year, month: month, day: day)?.iso == iso)
        if let iso { #expect(Day(year: year, month: month, day: day) == Day(iso: iso)) }
    }

    @Test func textAndArithmetic() throws {
        let day = try #require(Day(iso: "2026-10-01"))
        #expect(day.text == "1 October 2026")
        #expect(Day.epoch.ordinal == 0)
        #expect(try #require(Day(iso: "2026-11-22")).days(until: try #require(Day(iso: "2027-01-21"))) == 60)
        #expect(try #require(Day(iso: "2024-02-28")).days(until: try #require(Day(iso: "2024-03-01"))) == 2)
    }
}

struct PhoneNumberTests {
    @Test(arguments: [
        ("020 7946 0000", true), ("07700 900000", true), ("+44 20 7946 0000", true), ("0161 496 0000", true),
        ("020 7946", false), ("999", false), ("020-7946-0000", false), ("+44 020 7946 0000", false),
    ])
    func ukNumbers(number: String, valid: Bool) {
        #expect(PhoneNumber.isUKNumber(number) == valid)
    }

    @Test func links() {
        #expect(PhoneNumber.telURL("020 7946 0000") == "tel:+442079460000")
        #expect(PhoneNumber.smsURL("07700 900000") == "sms:+447700900000")
        #expect(PhoneNumber.telURL("18001 020 7946 0000") == "tel:1800102079460000")
        #expect(PhoneNumber.isRelayNumber("18001 020 7946 0000"))
        #expect(!PhoneNumber.isRelayNumber("020 7946 0000"))
    }

    @Test(arguments: [
        ("pals@example-hospital.nhs.uk", true), ("pals.example.nhs.uk", false), ("a@b", false), ("a b@c.uk", false),
    ])
    func emails(address: String, valid: Bool) {
        #expect(EmailAddress.isValid(address) == valid)
    }
}

struct ImageSizeTests {
    @Test func png() {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
        bytes += [0, 0, 2, 0x80, 0, 0, 1, 0x90]
        #expect(ImageSize.png(bytes).map { [$0.0, $0.1] } == [640, 400])
    }

    @Test(arguments: [
        ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"400\">", [640, 400]),
        ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 320 200.4\">", [320, 200]),
        ("<svg width=\"100%\" height=\"100%\" viewBox=\"0,0,48,48\">", [48, 48]),
    ])
    func svg(text: String, size: [Int]) {
        #expect(ImageSize.svg(Array(text.utf8)).map { [$0.0, $0.1] } == size)
    }
}

struct LinkTargetTests {
    let index = ContentIndex(
        pages: ["guides/concerns/complaint.md": "guides/concerns/complaint/", "home.md": ""],
        assets: ["images/map.svg": Asset(path: "images/map.svg", width: 1, height: 1)], basePath: "/pals/")

    @Test(arguments: [
        (
            "complaint.md", LinkTarget.page(path: "guides/concerns/complaint.md", fragment: nil),
            "/pals/guides/concerns/complaint/" as String?
        ),
        (
            "complaint.md#how-to-complain", .page(path: "guides/concerns/complaint.md", fragment: "how-to-complain"),
            "/pals/guides/concerns/complaint/#how-to-complain"
        ),
        ("../../home.md", .page(path: "home.md", fragment: nil), "/pals/"),
        ("../../images/map.svg", .asset(path: "images/map.svg"), "/pals/images/map.svg"),
        ("#top", .sameDocument(fragment: "top"), nil),
        ("https://www.nhs.uk/", .external, nil),
        ("mailto:pals@example-hospital.nhs.uk", .external, nil),
        ("tel:02079460000", .external, nil),
        ("complain.md", .missing(path: "guides/concerns/complain.md"), nil),
        ("../../../../etc/passwd", .outside, nil),
        ("complaint.md?print=1", .page(path: "guides/concerns/complaint.md", fragment: nil), "/pals/guides/concerns/complaint/"),
        (
            "complaint.md#steps?x", .page(path: "guides/concerns/complaint.md", fragment: "steps"),
            "/pals/guides/concerns/complaint/#steps"
        ),
        ("complaint%2Emd", .page(path: "guides/concerns/complaint.md", fragment: nil), "/pals/guides/concerns/complaint/"),
        ("#", .sameDocument(fragment: ""), nil),
        ("é:x", .missing(path: "guides/concerns/é:x"), nil),
    ])
    func targets(destination: String, target: LinkTarget, url: String?) {
        let found = index.target(of: destination, from: "guides/concerns/other.md")
        #expect(found == target)
        #expect(index.url(for: found) == url)
    }

    @Test func basePathOfSiteURLs() {
        #expect(SiteConfig.path(of: "https://www.example-hospital.nhs.uk/pals") == "/pals/")
        #expect(SiteConfig.path(of: "https://pals.example-hospital.nhs.uk/") == "/")
        #expect(SiteConfig.path(of: "https://pals.example-hospital.nhs.uk") == "/")
    }
}
