/// Whitespace clean-up shared by the text renderers.
enum Whitespace {
    /// Characters treated as a plain space: tabs, NBSP, ideographic and other Unicode spaces.
    static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\u{00A0}" || character == "\u{3000}"
            || character == "\u{2002}" || character == "\u{2003}" || character == "\u{2009}"
    }

    /// One line: runs of spaces become one space; leading and trailing spaces go.
    static func collapse(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if isSpace(character) || character == "\n" || character == "\r" || character == "\r\n" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// Several lines: each collapsed, runs of blank lines reduced to one, none at either end.
    static func tidyLines(_ text: String) -> String {
        var lines: [String] = []
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let line = collapse(String(raw))
            if line.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
