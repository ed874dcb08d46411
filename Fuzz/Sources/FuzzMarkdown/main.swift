import CFuzzer
import Glibc
import Markdown

/// Markdown of any shape through the Markdown stage: rendered with the page extras and a gathering resolver (the
/// kiosk's), as a right-to-left translation (numbers kept left to right, a marker after links), without them, with
/// raw HTML allowed, and with raw HTML taken out for an export.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var options = MarkdownOptions()
    options.pictureRows = size % 2 == 1
    _ = MarkdownRenderer.render(text, options: options, resolver: UnchangedLinks(), gathering: UnchangedLinks())
    options.isolatesNumbers = true
    options.otherLanguageMarker = "(po angielsku)"
    _ = MarkdownRenderer.render(text, options: options, resolver: UnchangedLinks(), gathering: UnchangedLinks())
    options.pageExtras = false
    options.allowRawHTML = true
    _ = MarkdownRenderer.render(text, options: options)
    _ = MarkdownRenderer.removingRawHTML(text)
    return 0
}

var arguments = CommandLine.argc
var values: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &values) { data, size in fuzz(data, size) })
