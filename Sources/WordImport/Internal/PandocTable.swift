/// A table of pandoc's document tree, as rows of cells.
struct PandocTable {
    /// One cell: its blocks and how many columns it spans.
    struct Cell {
        var blocks: [PandocBlock]
        var columns: Int
    }

    /// The table's caption; empty when it has none.
    var caption: [PandocBlock]
    /// The heading rows (the last names the columns).
    var header: [[Cell]]
    /// The body's rows, then the foot's.
    var rows: [[Cell]]
}
