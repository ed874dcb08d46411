/// A Word file as pandoc reads it (`pandoc -f docx -t json`, pandoc-types 1.22): the parts a guide can use.
struct PandocDocument {
    /// The document's title (Word's Title style); empty when it has none.
    var title: [PandocInline]
    /// Its subtitle (Word's Subtitle style); empty when it has none.
    var subtitle: [PandocInline]
    var blocks: [PandocBlock]
}
