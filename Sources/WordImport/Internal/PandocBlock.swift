/// A block of pandoc's document tree.
indirect enum PandocBlock {
    /// A term and what it means, from a definition list.
    struct Definition {
        var term: [PandocInline]
        var definitions: [[PandocBlock]]
    }

    /// `Para`.
    case paragraph([PandocInline])
    /// `Plain`: a paragraph's words without the paragraph, as in a tight list's items.
    case plain([PandocInline])
    /// `LineBlock`: lines kept as they were broken.
    case lines([[PandocInline]])
    /// `CodeBlock`: its text.
    case code(String)
    case heading(level: Int, content: [PandocInline])
    case quote([PandocBlock])
    case bulletList([[PandocBlock]])
    case orderedList(start: Int, items: [[PandocBlock]])
    case definitions([Definition])
    case table(PandocTable)
    /// `Div`: its blocks.
    case division([PandocBlock])
    case rule
    /// `Null`.
    case nothing
    /// Something a guide cannot hold (`RawBlock`, or a kind newer than pandoc-types 1.22), by pandoc's name for it.
    case unsupported(String)
}
