/// Makes page text safe and tidy inside `///` comments.
enum DocCommentText {
    /// The lines of `text` for a doc comment: control characters and bidirectional or zero-width
    /// characters removed, so the comment reads as it compiles; surrounding blank lines dropped.
    static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        let needsCleaning = text.unicodeScalars.contains { !isAllowed($0) && $0 != "\n" }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let cleaned = needsCleaning ? String(String.UnicodeScalarView(raw.unicodeScalars.filter(isAllowed))) : String(raw)
            var trimmed = Substring(cleaned)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            if trimmed.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(String(trimmed))
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Whether a scalar may appear in generated text.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return scalar == "\t"
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: return false
        default: return true
        }
    }
}
