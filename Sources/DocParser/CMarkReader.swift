import CCMarkGFM

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
        var bytes = Array(text.utf8)
        if bytes.isEmpty { bytes = [0x0A] }
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return [] }
        defer { cmark_node_free(document) }
        return children(of: document).compactMap { block($0, depth: 0) }
    }

    private static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private static func position(_ node: OpaquePointer) -> MarkdownPosition {
        MarkdownPosition(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
    }

    private static func typeName(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private static func block(_ node: OpaquePointer, depth: Int) -> MarkdownBlock? {
        let here = position(node)
        switch typeName(node) {
        case "heading":
            let level = Int(cmark_node_get_heading_level(node))
            return .heading(MarkdownHeading(level: level, inlines: inlines(of: node, depth: depth), position: here))
        case "paragraph":
            return .paragraph(inlines(of: node, depth: depth), here)
        case "code_block":
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            return .code(info: info, literal: literal(node), here)
        case "table":
            return table(node)
        case "list":
            guard depth < maximumDepth else { return .other(here) }
            let items = children(of: node).map { item in
                children(of: item).compactMap { block($0, depth: depth + 1) }
            }
            return .list(items, here)
        default:
            return .other(here)
        }
    }

    private static func table(_ node: OpaquePointer) -> MarkdownBlock? {
        var rows: [MarkdownTableRow] = []
        for rowNode in children(of: node) {
            let cells = children(of: rowNode).map { cell in
                MarkdownTableCell(inlines: inlines(of: cell, depth: 0), position: position(cell))
            }
            rows.append(MarkdownTableRow(cells: cells, position: position(rowNode)))
        }
        guard let header = rows.first else { return .other(position(node)) }
        return .table(MarkdownTable(header: header, rows: Array(rows.dropFirst()), position: position(node)))
    }

    private static func inlines(of node: OpaquePointer, depth: Int) -> [MarkdownInline] {
        children(of: node).map { inline($0, depth: depth + 1) }
    }

    private static func inline(_ node: OpaquePointer, depth: Int) -> MarkdownInline {
        if depth >= maximumDepth {
            return .text(flattenedText(node))
        }
        switch typeName(node) {
        case "text": return .text(literal(node))
        case "code": return .code(literal(node))
        case "html_inline": return .html(literal(node))
        case "softbreak": return .softBreak
        case "linebreak": return .lineBreak
        case "emph": return .emphasis(inlines(of: node, depth: depth))
        case "strong": return .strong(inlines(of: node, depth: depth))
        case "link":
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            return .link(url: url, inlines(of: node, depth: depth))
        case "image":
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
