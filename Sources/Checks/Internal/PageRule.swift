import Content
import Diagnostics

/// A rule applied to one page at a time.
protocol PageRule: Sendable {
    func check(_ page: ContentPage, _ context: CheckContext) -> [Diagnostic]
}
