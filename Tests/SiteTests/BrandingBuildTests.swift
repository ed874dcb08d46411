import BuiltIn
import Foundation
import Site
import Testing

/// The trust's logo and header colour on the website, the kiosk and leaflets, with Signpost's own templates.
@Suite struct BrandingBuildTests {
    func build(_ fixture: SiteFixture) throws -> BuildReport {
        try SiteBuilder.build(
            BuildOptions(
                contentDirectory: fixture.content.path, templatesDirectory: fixture.folder.appendingPathComponent("none").path,
                outputDirectory: fixture.output.path, today: SiteFixture.today, defaultTemplates: BuiltIn.templates))
    }

    @Test func theLogoAndHeaderColourReachEveryOutputAndTheKioskKeeps7To1() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        try fixture.addBranding(colour: "#005eb8")  // 6.3:1 against white: enough for the website, not the kiosk
        let report = try build(fixture)
        #expect(fixture.messages(report) == "")
        func read(_ path: String) throws -> String {
            try String(contentsOf: fixture.output.appendingPathComponent(path), encoding: .utf8)
        }
        #expect(
            try read("assets/brand.css").hasSuffix(
                """
                .site-header { background-color: #005eb8; color: #ffffff; }
                .site-header a, .site-header a:visited, .site-header a:hover { color: #ffffff; }

                """))
        #expect(try read("kiosk/assets/brand.css").contains(".kiosk-header { background-color: #0058ad; color: #ffffff; }"))
        let home = try read("index.html")
        #expect(home.contains(#"<link rel="stylesheet" href="/pals/assets/brand.css">"#))
        #expect(home.contains(#"<img class="site-header__logo" src="/pals/images/door.svg" alt="Example Hospitals">"#))
        let kiosk = try read("kiosk/index.html")
        #expect(kiosk.contains(#"<link rel="stylesheet" href="assets/brand.css">"#))
        #expect(kiosk.contains(#"<img class="kiosk-header__logo" src="images/door.svg" alt="Example Hospitals">"#))
        let leaflets = try FileManager.default.contentsOfDirectory(
            atPath: fixture.output.appendingPathComponent("leaflets/concerns").path)
        let leaflet = try read("leaflets/concerns/" + (leaflets.sorted().first ?? ""))
        #expect(leaflet.contains(#"<img class="leaflet__logo" src="/pals/images/door.svg" alt="Example Hospitals">"#))
    }

    @Test func aSiteWithoutAColourHasNoBrandStylesheet() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try build(fixture).written)
        #expect(!FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("assets/brand.css").path))
        let home = try String(contentsOf: fixture.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!home.contains("brand.css"))
    }
}
