/// Bounds on what one page may hold, so a crafted page cannot make the generator slow or large.
///
/// The largest real page (the whole API, today) is 0.84 MB with at most a few hundred rows per table and
/// cells of a few KB; the limits leave ample room above that. Input beyond them is refused with a
/// located diagnostic.
public enum ParserLimits {
    /// The largest page read: 4 MiB.
    public static let maximumPageBytes = 4 << 20
    /// The most rows one table may have.
    public static let maximumTableRows = 5_000
    /// The largest table cell: 256 KiB of text.
    public static let maximumCellBytes = 256 << 10
}

extension MarkdownTableCell {
    /// The bytes of text the cell holds (links, code and HTML included; a line break counts one).
    var byteCount: Int {
        inlines.store.tokens[inlines.tokens].reduce(0) { total, token in
            switch token.kind {
            case .softBreak, .lineBreak: total + 1
            default: total + Int(token.count)
            }
        }
    }
}
