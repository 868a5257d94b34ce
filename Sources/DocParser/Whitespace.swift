/// Whitespace clean-up shared by the text renderers.
enum Whitespace {
    /// Characters treated as a plain space: tabs, NBSP, ideographic and other Unicode spaces.
    static func isSpace(_ character: Character) -> Bool {
        character.isOne(of: " \t\u{00A0}\u{3000}\u{2002}\u{2003}\u{2009}")
    }

    /// Whether the standalone scalar `scalar` (see ``StandaloneScalar``) is a space of ``isSpace(_:)``; other
    /// scalars may be a space as a character (U+2000 is canonically U+2002) and are not answered here.
    static func isSpace(standalone scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20, 0x09, 0xA0, 0x3000, 0x2002, 0x2003, 0x2009: true
        default: false
        }
    }

    /// One line: runs of spaces (and line breaks) become one space; leading and trailing spaces go.
    static func collapse(_ text: String) -> String { keptWhenTidy(text, keepingLines: false, rewrite: collapsed) }

    /// ``collapse(_:)`` of the UTF-8 text `bytes`.
    static func collapse(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        string(of: bytes, keepingLines: false, rewrite: collapsed)
    }

    /// Several lines: each collapsed, runs of blank lines reduced to one, none at either end.
    static func tidyLines(_ text: String) -> String { keptWhenTidy(text, keepingLines: true, rewrite: tidied) }

    /// ``tidyLines(_:)`` of the UTF-8 text `bytes`.
    static func tidyLines(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        string(of: bytes, keepingLines: true, rewrite: tidied)
    }

    /// `text` itself when it is tidy already (most text is: then nothing is copied), else `rewrite` of its bytes.
    private static func keptWhenTidy(
        _ text: String, keepingLines: Bool, rewrite: (UnsafeBufferPointer<UInt8>) -> String
    ) -> String {
        var contiguous = text
        return contiguous.withUTF8 { bytes in isTidy(bytes, keepingLines: keepingLines) ? text : rewrite(bytes) }
    }

    /// The string of `bytes` when they are tidy already, else `rewrite` of them.
    private static func string(
        of bytes: UnsafeBufferPointer<UInt8>, keepingLines: Bool, rewrite: (UnsafeBufferPointer<UInt8>) -> String
    ) -> String {
        isTidy(bytes, keepingLines: keepingLines) ? String(decoding: bytes, as: UTF8.self) : rewrite(bytes)
    }

    private static func collapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Collapsing never lengthens text, so it is written straight into the new string's storage.
        String(unsafeUninitializedCapacity: bytes.count) { result in
            var count = 0
            append(collapsing: bytes[...], to: result, count: &count)
            return count
        }
    }

    private static func tidied(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Never longer than the text: a line break is written for each one read, two only where a blank line
        // (its own line break) was dropped. So it is written straight into the new string's storage.
        String(unsafeUninitializedCapacity: bytes.count) { result in
            var count = 0
            var lineStart = 0
            var wroteLine = false
            // A blank line after written text: written only when more text follows.
            var blankPending = false
            while lineStart <= bytes.count {
                let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
                let before = count
                if wroteLine {
                    result[count] = 0x0A
                    count += 1
                    if blankPending {
                        result[count] = 0x0A
                        count += 1
                    }
                }
                let contentStart = count
                append(collapsing: bytes[lineStart..<lineEnd], to: result, count: &count)
                if count == contentStart {
                    count = before
                    blankPending = wroteLine
                } else {
                    wroteLine = true
                    blankPending = false
                }
                lineStart = lineEnd + 1
            }
            return count
        }
    }

    /// Whether ``collapse(_:)`` (or, `keepingLines`, ``tidyLines(_:)``) would give `bytes` back unchanged: no
    /// space but single ASCII spaces between other characters, and with lines kept, no line breaks at either
    /// end and no two blank lines in a row.
    private static func isTidy(_ bytes: UnsafeBufferPointer<UInt8>, keepingLines: Bool) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            // Eight bytes at a time where none of them is one the switch below looks at (most of a text).
            if index + 8 <= count, !mayBreakTidiness(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
            {
                index += 8
                continue
            }
            switch bytes[index] {
            case 0x20:
                // A space only between two characters of a line.
                if index == 0 || index == count - 1 || bytes[index - 1] == 0x0A || bytes[index + 1] == 0x20
                    || bytes[index + 1] == 0x0A
                {
                    return false
                }
            case 0x0A:
                guard keepingLines, index > 0, index < count - 1 else { return false }
                if index >= 2, bytes[index - 1] == 0x0A, bytes[index - 2] == 0x0A { return false }
            case 0x09, 0x0D: return false
            case 0xC2, 0xE2, 0xE3:
                if spaceLength(bytes[...], at: index) > 0 { return false }
            default: break
            }
            index += 1
        }
        return true
    }

    /// Whether one of the eight bytes of `word` is one ``isTidy(_:keepingLines:)`` looks at: 0x20 or below (spaces,
    /// tabs, line breaks and other controls), or the lead byte C2, E2 or E3 of a Unicode space. Never `false` when
    /// one is (it may be `true` when none is).
    @inline(__always)
    private static func mayBreakTidiness(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let hasSpaceOrControl = (word &- ones &* 0x21) & ~word & highs != 0
        return hasSpaceOrControl || hasZeroByte(word ^ (ones &* 0xC2)) || hasZeroByte((word & (ones &* 0xFE)) ^ (ones &* 0xE2))
    }

    /// The length of the space at `index` (an ASCII space, tab or line break, NBSP, U+3000, U+2002, U+2003 or
    /// U+2009), or 0. Lead bytes are only ever matched at a character's start, so this never splits one.
    private static func spaceLength(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, at index: Int) -> Int {
        switch bytes[index] {
        case 0x20, 0x09, 0x0A, 0x0D: return 1
        case 0xC2: return index + 1 < bytes.endIndex && bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE3: return index + 2 < bytes.endIndex && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard index + 2 < bytes.endIndex, bytes[index + 1] == 0x80 else { return 0 }
            let last = bytes[index + 2]
            return last == 0x82 || last == 0x83 || last == 0x89 ? 3 : 0
        default: return 0
        }
    }

    /// Writes `bytes` at `result[count...]` with runs of spaces as one space and none at either end, advancing
    /// `count`; it writes at most `bytes.count` bytes.
    private static func append(
        collapsing bytes: Slice<UnsafeBufferPointer<UInt8>>, to result: UnsafeMutableBufferPointer<UInt8>,
        count: inout Int
    ) {
        let start = count
        var pendingSpace = false
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let length = spaceLength(bytes, at: index)
            if length > 0 {
                pendingSpace = count > start
                index += length
            } else {
                if pendingSpace {
                    result[count] = 0x20
                    count += 1
                }
                pendingSpace = false
                result[count] = bytes[index]
                count += 1
                index += 1
            }
        }
    }
}
