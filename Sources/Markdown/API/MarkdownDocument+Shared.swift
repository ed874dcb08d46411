import Utilities

/// The text of a document that many pages repeat, held once for them all while a build keeps its pages.
extension MarkdownDocument {
    /// Its headings', links', pictures' and callouts' text as `strings` holds it: the fields its stored form reads
    /// as shared too (`init(stored:)`).
    public mutating func share(_ strings: SharedStrings) {
        for index in headings.indices {
            headings[index].text = strings.string(headings[index].text)
            headings[index].id = strings.string(headings[index].id)
        }
        for index in links.indices {
            links[index].destination = strings.string(links[index].destination)
            links[index].text = strings.string(links[index].text)
        }
        for index in images.indices {
            images[index].source = strings.string(images[index].source)
            images[index].alt = strings.string(images[index].alt)
        }
        for index in callouts.indices { callouts[index].text = strings.string(callouts[index].text) }
    }
}
