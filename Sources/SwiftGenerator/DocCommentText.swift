/// Makes page text safe and tidy inside `///` comments.
enum DocCommentText {
    /// The lines of `text` for a doc comment: control characters and bidirectional or zero-width
    /// characters removed, so the comment reads as it compiles; surrounding blank lines dropped.
    static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        forEachLine(of: text) { lines.append(String(decoding: $0, as: UTF8.self)) }
        return lines
    }

    /// Calls `body` with the UTF-8 of each line ``lines(_:)`` gives: read in place from `text` where cleaning
    /// leaves it as it is.
    static func forEachLine(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let (needsCleaning, hasNewline) = scan(text)
        guard needsCleaning else {
            // LF is the only line separator (every other one — CR, VT, FF, NEL, U+2028, U+2029 — is a character
            // to clean): the lines are split over the bytes, each without its trailing spaces.
            var text = text
            text.withUTF8 { utf8 in
                guard hasNewline else {
                    // One clean line, the common case.
                    let line = UnsafeBufferPointer(rebasing: utf8[..<trimmedEnd(utf8, from: 0, to: utf8.count)])
                    if !line.isEmpty { body(line) }
                    return
                }
                var blankPending = false
                var wroteLine = false
                var lineStart = 0
                while lineStart <= utf8.count {
                    var lineEnd = lineStart
                    while lineEnd < utf8.count, utf8[lineEnd] != 0x0A { lineEnd += 1 }
                    let end = trimmedEnd(utf8, from: lineStart, to: lineEnd)
                    if end == lineStart {
                        blankPending = wroteLine
                    } else {
                        if blankPending { body(UnsafeBufferPointer(rebasing: utf8[0..<0])) }
                        body(UnsafeBufferPointer(rebasing: utf8[lineStart..<end]))
                        wroteLine = true
                        blankPending = false
                    }
                    lineStart = lineEnd + 1
                }
            }
            return
        }
        var lines: [String] = []
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let cleaned = String(String.UnicodeScalarView(raw.unicodeScalars.filter(isAllowed)))
            var trimmed = Substring(cleaned)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            if trimmed.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(String(trimmed))
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        for var line in lines { line.withUTF8(body) }
    }

    /// `text` without the spaces it ends with, as a doc comment's line is written (``forEachLine(of:_:)`` drops them
    /// from each line).
    static func droppingTrailingSpaces(_ text: String) -> Substring {
        let utf8 = text.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: " ") { end = utf8.index(before: end) }
        return Substring(utf8[..<end])
    }

    /// The end of the bytes `start..<end` of `utf8` without their trailing spaces.
    private static func trimmedEnd(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var end = end
        while end > start, utf8[end - 1] == 0x20 { end -= 1 }
        return end
    }

    /// One pass over the UTF-8 bytes: whether any scalar is not allowed (other than a newline), and whether
    /// there is a newline. Matches ``isAllowed(_:)``: C0 and C1 controls, DEL, U+200B–U+200F, U+2028–U+202E,
    /// U+2060–U+2069 and U+FEFF.
    private static func scan(_ text: String) -> (needsCleaning: Bool, hasNewline: Bool) {
        var text = text
        return text.withUTF8 { bytes in
            var needsCleaning = false
            var hasNewline = false
            var index = 0
            while index < bytes.count {
                // Eight bytes at a time where none of them is one the switch below looks at (most of the text).
                if index + 8 <= bytes.count,
                    !mayMatter(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                index += 1
                switch byte {
                case 0x0A: hasNewline = true
                case 0x09: break
                case 0x00...0x1F, 0x7F: needsCleaning = true
                case 0xC2:
                    if index < bytes.count, (0x80...0x9F).contains(bytes[index]) { needsCleaning = true }
                    index += 1
                case 0xE2:
                    guard index + 1 < bytes.count else { return (needsCleaning, hasNewline) }
                    let (second, third) = (bytes[index], bytes[index + 1])
                    if second == 0x80, (0x8B...0x8F).contains(third) || (0xA8...0xAE).contains(third) { needsCleaning = true }
                    if second == 0x81, (0xA0...0xA9).contains(third) { needsCleaning = true }
                    index += 2
                case 0xEF:
                    guard index + 1 < bytes.count else { return (needsCleaning, hasNewline) }
                    if bytes[index] == 0xBB, bytes[index + 1] == 0xBF { needsCleaning = true }
                    index += 2
                default: break
                }
            }
            return (needsCleaning, hasNewline)
        }
    }

    /// Whether one of the eight bytes of `word` is one ``scan(_:)`` looks at: below 0x20 (controls, tab and line
    /// feed), 0x7F, or the lead byte C2, E2 or EF. Never `false` when one is (it may be `true` when none is).
    @inline(__always)
    private static func mayMatter(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let hasControl = (word &- ones &* 0x20) & ~word & highs != 0
        return hasControl || hasZeroByte(word ^ (ones &* 0x7F)) || hasZeroByte(word ^ (ones &* 0xC2))
            || hasZeroByte(word ^ (ones &* 0xE2)) || hasZeroByte(word ^ (ones &* 0xEF))
    }

    /// Whether `text` is one line of allowed scalars (``isAllowed(_:)``), so that it is used as it is.
    static func isCleanLine(_ text: String) -> Bool {
        let (needsCleaning, hasNewline) = scan(text)
        return !needsCleaning && !hasNewline
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
