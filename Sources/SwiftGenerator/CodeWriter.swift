/// Builds Swift source line by line with four-space indentation.
struct CodeWriter {
    private(set) var lines: [String] = []
    private var depth = 0

    /// Appends one line at the current indentation (an empty line stays empty).
    mutating func line(_ text: String = "") {
        lines.append(text.isEmpty ? "" : String(repeating: "    ", count: depth) + text)
    }

    /// Appends the lines another writer wrote, at this writer's indentation.
    mutating func append(_ other: CodeWriter) {
        for text in other.lines { line(text) }
    }

    /// Appends `header {`, the body one level deeper, then `}`.
    mutating func block(_ header: String, _ body: (inout CodeWriter) -> Void) {
        line(header + " {")
        depth += 1
        body(&self)
        depth -= 1
        line("}")
    }

    /// Appends `///` doc comment lines for `text` (nothing for empty text).
    mutating func docComment(_ text: String) {
        for docLine in DocCommentText.lines(text) {
            line(docLine.isEmpty ? "///" : "/// " + docLine)
        }
    }

    /// The source, ending with one newline.
    var source: String { lines.joined(separator: "\n") + "\n" }
}
