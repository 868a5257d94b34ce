/// Builds Swift source line by line with four-space indentation, into one buffer per file.
struct CodeWriter {
    /// The source written so far, each line ending with a newline.
    private var text = ""
    /// How many lines have been written.
    private(set) var lineCount = 0
    private var depth: Int

    /// A writer whose lines start `depth` levels deep (a part of a file that goes inside a block of another).
    init(depth: Int = 0) {
        self.depth = depth
    }

    /// Whether nothing has been written.
    var isEmpty: Bool { lineCount == 0 }

    /// Appends one line at the current indentation (an empty line stays empty).
    mutating func line(_ line: String = "") {
        write(line[...])
    }

    /// Writes `prefix` and `line` as one line at the current indentation (nothing before the line break when
    /// both are empty).
    private mutating func write(_ line: Substring, after prefix: String = "") {
        if !prefix.isEmpty || !line.isEmpty {
            text += Self.indentation(depth)
            text += prefix
            text += line
        }
        text += "\n"
        lineCount += 1
    }

    /// The indentation of a line `depth` levels deep: four spaces a level, one append per line.
    private static func indentation(_ depth: Int) -> String {
        depth < indentations.count ? indentations[depth] : String(repeating: " ", count: 4 * depth)
    }

    private static let indentations = (0..<12).map { String(repeating: " ", count: 4 * $0) }

    /// Appends the lines `other` wrote as they are: `other` was made at this writer's depth.
    mutating func append(_ other: CodeWriter) {
        text += other.text
        lineCount += other.lineCount
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
        DocCommentText.forEachLine(of: text) { write($0, after: $0.isEmpty ? "///" : "/// ") }
    }

    /// The source, ending with one newline.
    var source: String { text.isEmpty ? "\n" : text }
}
