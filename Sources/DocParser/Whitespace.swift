/// Whitespace clean-up shared by the text renderers.
enum Whitespace {
    /// Characters treated as a plain space: tabs, NBSP, ideographic and other Unicode spaces.
    static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\u{00A0}" || character == "\u{3000}"
            || character == "\u{2002}" || character == "\u{2003}" || character == "\u{2009}"
    }

    /// Whether a scalar is a plain space for ``collapse(_:)``.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x3000, 0x2002, 0x2003, 0x2009: true
        default: false
        }
    }

    /// One line: runs of spaces (and line breaks) become one space; leading and trailing spaces go.
    static func collapse(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Several lines: each collapsed, runs of blank lines reduced to one, none at either end.
    static func tidyLines(_ text: String) -> String {
        var lines: [String] = []
        for raw in text.unicodeScalars.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" }) {
            let line = collapse(String(String.UnicodeScalarView(raw)))
            if line.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
