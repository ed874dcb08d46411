import Testing

@testable import Site

/// Where a build may write: a relative path with no `..`, `.` or empty parts, whatever a page or template names.
struct InsidePathTests {
    @Test(arguments: [
        ("index.html", true), ("guides/concerns/making-a-complaint/index.html", true), ("a/.hidden", true),
        ("a/...", true), ("..a/b", true), ("a/b..", true), ("pl/guides/x.pdf", true), ("é/ا.html", true),
        ("", false), ("/etc/passwd", false), ("..", false), (".", false), ("../x", false), ("a/../b", false),
        ("a/./b", false), ("a//b", false), ("a/", false), ("a/..", false), ("a/.", false), ("/", false),
    ])
    func onlyPathsInsideTheFolderAreWritten(path: String, inside: Bool) {
        #expect(StagingFolder.isInside(path) == inside)
    }
}
