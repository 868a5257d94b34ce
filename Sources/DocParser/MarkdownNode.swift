import DocModel

/// A block of a page, copied out of cmark-gfm's tree into plain values so that the rest of the parser
/// never touches C pointers.
enum MarkdownBlock: Sendable {
    /// `## 2. 输入参数`.
    case heading(MarkdownHeading)
    /// A paragraph of inline content.
    case paragraph(MarkdownInlines, MarkdownPosition)
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
struct MarkdownHeading: Sendable {
    var level: Int
    var inlines: MarkdownInlines
    var position: MarkdownPosition
}

/// A GFM table: the header row first, then the body rows.
struct MarkdownTable: Sendable {
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
struct MarkdownTableRow: Sendable {
    /// The row's cells: a slice of the table's cells, which its rows share (its indices are the table's, so a
    /// column is `cells.startIndex + column`).
    var cells: ArraySlice<MarkdownTableCell>
    var position: MarkdownPosition
}

/// One cell of a table row, with its inline content.
struct MarkdownTableCell: Sendable {
    var inlines: MarkdownInlines
    var position: MarkdownPosition
}

/// Inline content (what a paragraph, heading or table cell holds), copied out of cmark-gfm's tree flat: the
/// literals and link targets of one table, or of a page's other blocks, one after another in one byte buffer, and a
/// token per inline node in document order, each container followed by its children.
///
/// A cell of a table holds a few nodes; copying each into its own string and array made most of the tree copy's
/// allocations. Here a whole table's cells share one store, the page's headings and paragraphs another, and the
/// readers (``InlineRenderer``) walk the tokens and copy bytes, not strings.
final class InlineStore: Sendable {
    /// Every literal and link target, one after another.
    let bytes: [UInt8]
    /// The inline nodes in document order.
    let tokens: [InlineToken]

    init(bytes: [UInt8], tokens: [InlineToken]) {
        self.bytes = bytes
        self.tokens = tokens
    }
}

/// One inline node of an ``InlineStore``.
struct InlineToken: Sendable {
    /// What the node is.
    enum Kind: UInt8, Sendable {
        /// Literal text (entities already decoded).
        case text
        /// A code span.
        case code
        /// Raw inline HTML such as `<br/>` or `<li>`.
        case html
        /// `*x*`.
        case emphasis
        /// `**x**`.
        case strong
        /// `[text](url)`.
        case link
        /// `![alt](url)`.
        case image
        /// A line ending inside a paragraph.
        case softBreak
        /// A hard line break.
        case lineBreak
    }

    var kind: Kind
    /// Where the literal (text, code, HTML) or the target (link, image) starts in the store's bytes.
    var start: Int32
    /// Its length in bytes.
    var count: Int32
    /// The index of the first token after this one's children (its own index + 1 for a node without children).
    var end: Int32
}

/// The inline content of one paragraph, heading or table cell: a run of tokens in an ``InlineStore``.
struct MarkdownInlines: Sendable {
    /// Where the tokens are.
    let store: InlineStore
    /// The tokens of this content, children included.
    let tokens: Range<Int>
}
