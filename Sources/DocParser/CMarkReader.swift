import CCMarkGFM
import CMarkArena

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Parses Markdown with cmark-gfm (table extension attached) and copies the tree into ``MarkdownBlock`` values.
enum CMarkReader {
    /// cmark-gfm's extension registry is process-wide; Swift initialises this global exactly once.
    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

    /// The deepest nesting of blocks and inlines copied; deeper content is flattened to its text.
    static let maximumDepth = 64

    /// Parses `text` into blocks.
    static func blocks(of text: String) -> [MarkdownBlock] {
        _ = registration
        // cmark allocates from this thread's arena (`CMarkArena`), all given back once the page's blocks are copied
        // out, after the parser and the tree are freed.
        defer { docgen_arena_reset() }
        guard let parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, docgen_arena_mem()) else { return [] }
        defer { cmark_parser_free(parser) }
        if let table = cmark_find_syntax_extension("table") {
            cmark_parser_attach_syntax_extension(parser, table)
        }
        // The page's own bytes are fed (a native string is contiguous); cmark copies what it keeps.
        var text = text.isEmpty ? "\n" : text
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return [] }
        defer { cmark_node_free(document) }
        var pending: [PendingBlock] = []
        var copiers = Copiers()
        forEachChild(of: document) { if let block = block($0, depth: 0, copiers: &copiers) { pending.append(block) } }
        let store = copiers.page.finalStore()
        return pending.map { $0.block(store: store) }
    }

    /// The copiers of a page: one for the inline content of its headings, paragraphs and lists, which end up in one
    /// store for the page (made once the page is walked, so the blocks wait for it as ``PendingBlock``s), and one
    /// for its tables, each of which gets a store of its own when its rows are copied.
    private struct Copiers {
        var page = InlineCopier()
        var table = TableCopier()
    }

    /// A block copied before the page's store is made: the inline content of headings and paragraphs as ranges of
    /// the tokens to come.
    private enum PendingBlock {
        case heading(level: Int, tokens: Range<Int>, MarkdownPosition)
        case paragraph(tokens: Range<Int>, MarkdownPosition)
        case list([[PendingBlock]], MarkdownPosition)
        /// A block without the page's inline content (tables have their own store).
        case made(MarkdownBlock)

        /// The block, its inline content in `store`.
        func block(store: InlineStore) -> MarkdownBlock {
            switch self {
            case .heading(let level, let tokens, let position):
                .heading(
                    MarkdownHeading(level: level, inlines: MarkdownInlines(store: store, tokens: tokens), position: position))
            case .paragraph(let tokens, let position): .paragraph(MarkdownInlines(store: store, tokens: tokens), position)
            case .list(let items, let position): .list(items.map { $0.map { $0.block(store: store) } }, position)
            case .made(let block): block
            }
        }
    }

    private static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        forEachChild(of: node) { result.append($0) }
        return result
    }

    /// Calls `body` with each child of `node`, in order.
    private static func forEachChild(of node: OpaquePointer, _ body: (OpaquePointer) -> Void) {
        var child = cmark_node_first_child(node)
        while let current = child {
            body(current)
            child = cmark_node_next(current)
        }
    }

    private static func position(_ node: OpaquePointer) -> MarkdownPosition {
        MarkdownPosition(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
    }

    /// Whether `node` is the table extension's table (extension node types are registered at run time, so
    /// they are told by name).
    private static func isTable(_ node: OpaquePointer) -> Bool {
        guard let name = cmark_node_get_type_string(node) else { return false }
        return strcmp(name, "table") == 0
    }

    /// `node` as a block, its inline content copied by `copiers` (the page's, so their buffers grow once).
    private static func block(_ node: OpaquePointer, depth: Int, copiers: inout Copiers) -> PendingBlock? {
        let here = position(node)
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            return .heading(level: level, tokens: copiers.page.copyChildren(of: node, depth: depth), here)
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(tokens: copiers.page.copyChildren(of: node, depth: depth), here)
        case CMARK_NODE_CODE_BLOCK:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            return .made(.code(info: info, literal: literal, here))
        case CMARK_NODE_LIST:
            guard depth < maximumDepth else { return .made(.other(here)) }
            let items = children(of: node).map { item in
                children(of: item).compactMap { block($0, depth: depth + 1, copiers: &copiers) }
            }
            return .list(items, here)
        default:
            guard isTable(node) else { return .made(.other(here)) }
            return table(node, copier: &copiers.table).map(PendingBlock.made)
        }
    }

    /// A table, its cells' inline content in one store: the rows are walked once, then made once the store is.
    private static func table(_ node: OpaquePointer, copier: inout TableCopier) -> MarkdownBlock? {
        copier.cells.removeAll(keepingCapacity: true)
        copier.rows.removeAll(keepingCapacity: true)
        forEachChild(of: node) { rowNode in
            forEachChild(of: rowNode) { cell in
                copier.cells.append((copier.inlines.copyChildren(of: cell, depth: 0), position(cell)))
            }
            copier.rows.append((copier.cells.count, position(rowNode)))
        }
        let store = copier.inlines.takeStore()
        guard !copier.rows.isEmpty else { return .other(position(node)) }
        // One array of the table's cells, which the rows slice.
        let cells = copier.cells.map {
            MarkdownTableCell(inlines: MarkdownInlines(store: store, tokens: $0.tokens), position: $0.position)
        }
        func row(_ index: Int) -> MarkdownTableRow {
            MarkdownTableRow(
                cells: cells[(index == 0 ? 0 : copier.rows[index - 1].cellsEnd)..<copier.rows[index].cellsEnd],
                position: copier.rows[index].position)
        }
        var rows: [MarkdownTableRow] = []
        rows.reserveCapacity(copier.rows.count - 1)
        for index in copier.rows.indices.dropFirst() { rows.append(row(index)) }
        return .table(MarkdownTable(header: row(0), rows: rows, position: position(node)))
    }

    /// What copying a page's tables keeps between them, so its buffers grow once: the inline copier, and the cells
    /// and rows of the table being walked.
    private struct TableCopier {
        var inlines = InlineCopier()
        var cells: [(tokens: Range<Int>, position: MarkdownPosition)] = []
        var rows: [(cellsEnd: Int, position: MarkdownPosition)] = []
    }

    /// Copies inline nodes into the bytes and tokens of an ``InlineStore``: into buffers of its own, then either
    /// into a store of the size it needs, the buffers keeping their room for the next (each table), or into a store
    /// that takes the buffers (the rest of the page).
    private struct InlineCopier {
        private var bytes: [UInt8] = []
        private var tokens: [InlineToken] = []

        /// A store of everything copied since the last one; the copier starts again empty.
        mutating func takeStore() -> InlineStore {
            let store = InlineStore(bytes: Self.copy(bytes), tokens: Self.copy(tokens))
            bytes.removeAll(keepingCapacity: true)
            tokens.removeAll(keepingCapacity: true)
            return store
        }

        /// A store that takes everything copied; the copier is done.
        consuming func finalStore() -> InlineStore {
            InlineStore(bytes: bytes, tokens: tokens)
        }

        /// `elements` in an array of their count (an array's own copy keeps its room). Made from a buffer, whose
        /// copy allocates through code specialized here; `Array(unsafeUninitializedCapacity:)` allocates through
        /// the standard library's generic entry, which looks up the array's type each time.
        private static func copy<Element>(_ elements: [Element]) -> [Element] {
            elements.withUnsafeBufferPointer { Array($0) }
        }

        /// Copies the children of `node` (at `depth`, so they are one deeper); returns their tokens.
        mutating func copyChildren(of node: OpaquePointer, depth: Int) -> Range<Int> {
            let start = tokens.count
            forEachChild(of: node) { copy($0, depth: depth + 1) }
            return start..<tokens.count
        }

        /// Copies `node` and its children; deeper than ``CMarkReader/maximumDepth`` it becomes its text.
        private mutating func copy(_ node: OpaquePointer, depth: Int) {
            guard depth < maximumDepth else { return appendFlattened(node) }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT: append(.text, cmark_node_get_literal(node))
            case CMARK_NODE_CODE: append(.code, cmark_node_get_literal(node))
            case CMARK_NODE_HTML_INLINE: append(.html, cmark_node_get_literal(node))
            case CMARK_NODE_SOFTBREAK: append(.softBreak, nil)
            case CMARK_NODE_LINEBREAK: append(.lineBreak, nil)
            case CMARK_NODE_EMPH: appendContainer(.emphasis, node, target: nil, depth: depth)
            case CMARK_NODE_STRONG: appendContainer(.strong, node, target: nil, depth: depth)
            case CMARK_NODE_LINK: appendContainer(.link, node, target: cmark_node_get_url(node), depth: depth)
            case CMARK_NODE_IMAGE: appendContainer(.image, node, target: cmark_node_get_url(node), depth: depth)
            default: appendFlattened(node)
            }
        }

        /// Appends a token for a node without children, with `text` (a C string) as its literal.
        private mutating func append(_ kind: InlineToken.Kind, _ text: UnsafePointer<CChar>?) {
            let start = bytes.count
            appendBytes(text)
            tokens.append(
                InlineToken(kind: kind, start: Int32(start), count: Int32(bytes.count - start), end: Int32(tokens.count + 1)))
        }

        /// Appends a token for a container with `target` (a C string) as its URL, then its children.
        private mutating func appendContainer(
            _ kind: InlineToken.Kind, _ node: OpaquePointer, target: UnsafePointer<CChar>?, depth: Int
        ) {
            let index = tokens.count
            let start = bytes.count
            appendBytes(target)
            tokens.append(InlineToken(kind: kind, start: Int32(start), count: Int32(bytes.count - start), end: 0))
            _ = copyChildren(of: node, depth: depth)
            tokens[index].end = Int32(tokens.count)
        }

        /// Appends a text token with the literals of `node`'s subtree, walked iteratively so depth cannot overflow
        /// the stack.
        private mutating func appendFlattened(_ node: OpaquePointer) {
            let start = bytes.count
            var stack = [node]
            while let current = stack.popLast() {
                appendBytes(cmark_node_get_literal(current))
                stack.append(contentsOf: children(of: current).reversed())
            }
            tokens.append(
                InlineToken(kind: .text, start: Int32(start), count: Int32(bytes.count - start), end: Int32(tokens.count + 1)))
        }

        private mutating func appendBytes(_ text: UnsafePointer<CChar>?) {
            guard let text else { return }
            let count = strlen(text)
            text.withMemoryRebound(to: UInt8.self, capacity: count) {
                bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: count))
            }
        }
    }
}
