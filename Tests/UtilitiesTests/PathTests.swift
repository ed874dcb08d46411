import Testing
import Utilities

struct PathTests {
    @Test(arguments: [
        ("making-a-complaint.md", "guides/concerns", "guides/concerns/making-a-complaint.md"),
        ("../access/interpreting.md", "guides/concerns", "guides/access/interpreting.md"),
        ("../../images/map.svg", "guides/concerns", "images/map.svg"),
        ("./a/./b/../c.md", "guides", "guides/a/c.md"),
        ("/images/map.svg", "guides/concerns", "images/map.svg"),
        ("x.md", "", "x.md"),
        ("c.md", "a//b/", "a/b/c.md"),
        ("../", "a/b", "a"),
        ("a/..", "", ""),
    ])
    func resolvesInsideTheRoot(relative: String, base: String, expected: String) {
        #expect(Path.resolve(relative, from: base) == expected)
    }

    @Test(arguments: [("../../x.md", "guides"), ("../../../etc/passwd", "guides/concerns"), ("..", "")])
    func refusesToClimbOut(relative: String, base: String) {
        #expect(Path.resolve(relative, from: base) == nil)
    }

    @Test func partsOfAPath() {
        #expect(Path.directory(of: "guides/concerns/complaint.md") == "guides/concerns")
        #expect(Path.directory(of: "site.yaml") == "")
        #expect(Path.fileName(of: "guides/concerns/complaint.md") == "complaint.md")
        #expect(Path.fileExtension(of: "images/Map.SVG") == "svg")
        #expect(Path.fileExtension(of: ".hidden") == "")
    }

    @Test(arguments: [("", 0), ("/", 0), ("guides/", 1), ("guides/concerns/", 2), ("pl/guides/a", 3), ("a//b/", 2)])
    func depthOfAFolder(folder: String, depth: Int) {
        #expect(Path.depth(of: folder) == depth)
    }
}
