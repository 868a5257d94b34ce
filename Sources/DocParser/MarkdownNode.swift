import DocModel

/// A block of a page, copied out of cmark-gfm's tree into plain values so that the rest of the parser
/// never touches C pointers.
enum MarkdownBlock: Hashable, Sendable {
    /// `## 2. 输入参数`.
    case heading(MarkdownHeading)
    /// A paragraph of inline content.
    case paragraph([MarkdownInline], MarkdownPosition)
    /// A GFM table.
    case table(MarkdownTable)
    /// A fenced or indented code block.
    case code(info: String, literal: String, MarkdownPosition)
    /// A bullet or ordered list; each item holds blocks.
    case list([[MarkdownBlock]], MarkdownPosition)
    /// Anything else (HTML blocks, thematic breaks, block quotes) with its position.
    case other(MarkdownPosition)
}

/// A 1-based line and byte column in the page.
struct MarkdownPosition: Hashable, Sendable {
    var line: Int
    var column: Int

    func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: max(line, 1), column: max(column, 1))
    }
}

/// A heading with its level (1–6) and inline content.
struct MarkdownHeading: Hashable, Sendable {
    var level: Int
    var inlines: [MarkdownInline]
    var position: MarkdownPosition
}

/// A GFM table: the header row first, then the body rows.
struct MarkdownTable: Hashable, Sendable {
    let header: MarkdownTableRow
    var rows: [MarkdownTableRow]
    var position: MarkdownPosition
    /// The roles of the header's columns, read once from the header.
    let columns: TableColumns

    init(header: MarkdownTableRow, rows: [MarkdownTableRow], position: MarkdownPosition) {
        self.header = header
        self.rows = rows
        self.position = position
        columns = TableColumns(header: header)
    }
}

/// One row of a table.
struct MarkdownTableRow: Hashable, Sendable {
    var cells: [MarkdownTableCell]
    var position: MarkdownPosition
}

/// One cell of a table row, with its inline content.
struct MarkdownTableCell: Hashable, Sendable {
    var inlines: [MarkdownInline]
    var position: MarkdownPosition
}

/// Inline content: what a paragraph, heading or table cell holds.
/// Not `indirect` as a whole (which boxes every case): nesting goes through arrays, and only the rare links and
/// images are boxed to keep the value small, so a text inline costs its string and nothing more.
enum MarkdownInline: Hashable, Sendable {
    /// Literal text (entities already decoded).
    case text(String)
    /// A code span.
    case code(String)
    /// Raw inline HTML such as `<br/>` or `<li>`.
    case html(String)
    /// `*x*`.
    case emphasis([MarkdownInline])
    /// `**x**`.
    case strong([MarkdownInline])
    /// `[text](url)`.
    indirect case link(url: String, [MarkdownInline])
    /// `![alt](url)`.
    indirect case image(url: String, [MarkdownInline])
    /// A line ending inside a paragraph.
    case softBreak
    /// A hard line break.
    case lineBreak
}
