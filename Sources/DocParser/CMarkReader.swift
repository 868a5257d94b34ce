import CCMarkGFM

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
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return [] }
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
        var blocks: [MarkdownBlock] = []
        forEachChild(of: document) { if let block = block($0, depth: 0) { blocks.append(block) } }
        return blocks
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

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private static func block(_ node: OpaquePointer, depth: Int) -> MarkdownBlock? {
        let here = position(node)
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            return .heading(MarkdownHeading(level: level, inlines: inlines(of: node, depth: depth), position: here))
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(of: node, depth: depth), here)
        case CMARK_NODE_CODE_BLOCK:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            return .code(info: info, literal: literal(node), here)
        case CMARK_NODE_LIST:
            guard depth < maximumDepth else { return .other(here) }
            let items = children(of: node).map { item in
                children(of: item).compactMap { block($0, depth: depth + 1) }
            }
            return .list(items, here)
        default:
            return isTable(node) ? table(node) : .other(here)
        }
    }

    private static func table(_ node: OpaquePointer) -> MarkdownBlock? {
        var rows: [MarkdownTableRow] = []
        forEachChild(of: node) { rowNode in
            var cells: [MarkdownTableCell] = []
            forEachChild(of: rowNode) { cell in
                cells.append(MarkdownTableCell(inlines: inlines(of: cell, depth: 0), position: position(cell)))
            }
            rows.append(MarkdownTableRow(cells: cells, position: position(rowNode)))
        }
        guard let header = rows.first else { return .other(position(node)) }
        return .table(MarkdownTable(header: header, rows: Array(rows.dropFirst()), position: position(node)))
    }

    private static func inlines(of node: OpaquePointer, depth: Int) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        forEachChild(of: node) { result.append(inline($0, depth: depth + 1)) }
        return result
    }

    private static func inline(_ node: OpaquePointer, depth: Int) -> MarkdownInline {
        if depth >= maximumDepth {
            return .text(flattenedText(node))
        }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(literal(node))
        case CMARK_NODE_CODE: return .code(literal(node))
        case CMARK_NODE_HTML_INLINE: return .html(literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_EMPH: return .emphasis(inlines(of: node, depth: depth))
        case CMARK_NODE_STRONG: return .strong(inlines(of: node, depth: depth))
        case CMARK_NODE_LINK:
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            return .link(url: url, inlines(of: node, depth: depth))
        case CMARK_NODE_IMAGE:
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            return .image(url: url, inlines(of: node, depth: depth))
        default:
            return .text(flattenedText(node))
        }
    }

    /// The text of a subtree without structure, walked iteratively so depth cannot overflow the stack.
    private static func flattenedText(_ node: OpaquePointer) -> String {
        var text = ""
        var stack = [node]
        while let current = stack.popLast() {
            text += literal(current)
            stack.append(contentsOf: children(of: current).reversed())
        }
        return text
    }
}
