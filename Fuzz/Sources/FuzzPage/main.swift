import CFuzzer
import Glibc
import Markdown

@testable import Content

/// A guide file as the build reads it: front matter split off, its YAML read, its body rendered with every page
/// extra (and as easy read when the first byte is odd).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard case .success(let parts) = FrontMatterSplitter.split(bytes) else { return 0 }
    let sink = DiagnosticSink()
    _ = FrontMatterReader.read(parts.yaml, path: "guides/fuzz.md", sink: sink)
    var options = MarkdownOptions(allowRawHTML: false, reservedIDs: ContentLoader.reservedIDs)
    options.pictureRows = (bytes.first ?? 0) & 1 == 1
    let index = ContentIndex(pages: ["guides/a.md": "guides/a/"], assets: [:], basePath: "/")
    _ = MarkdownRenderer.render(
        parts.body, options: options, resolver: PageLinkResolver(index: index, sourcePath: "guides/fuzz.md"),
        gathering: KioskLinkResolver(index: index, sourcePath: "guides/fuzz.md", urlPath: "guides/fuzz/"))
    return 0
}

var arguments = CommandLine.argc
var values: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &values) { data, size in fuzz(data, size) })
