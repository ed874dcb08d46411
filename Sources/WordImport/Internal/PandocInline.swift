/// An inline element of pandoc's document tree.
indirect enum PandocInline {
    /// `Str`: words with no space in them.
    case text(String)
    case space
    case softBreak
    case lineBreak
    case emphasis([PandocInline])
    case strong([PandocInline])
    case struck([PandocInline])
    /// Words whose styling a guide has no use for (underline, superscript, subscript, small capitals, spans,
    /// citations, quotations with their quotation marks added).
    case plain([PandocInline])
    /// `Code`: its text.
    case code(String)
    /// `Math`: the formula as TeX.
    case math(String)
    case link(content: [PandocInline], target: String)
    /// A picture: its alt text (Word's description), where pandoc put its file, and Word's title for it.
    case image(alt: [PandocInline], source: String, title: String)
    /// A footnote or endnote.
    case note([PandocBlock])
    /// Something a guide cannot hold (`RawInline`, or a kind newer than pandoc-types 1.22), by pandoc's name for it.
    case unsupported(String)
}
