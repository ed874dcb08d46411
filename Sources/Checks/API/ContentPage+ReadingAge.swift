import Content

extension ContentPage {
    /// The page with its reading age measured and its running text let go: a build's and the preview's only use
    /// for that text is the reading age in the health report.
    public func measuringReadingAge() -> ContentPage {
        var page = self
        // The reading age is measured in English; a translation has none.
        if language == nil { page.readingAge = ReadingAge.grade(of: page.document.proseBlocks) }
        page.document.proseBlocks = []
        return page
    }
}
