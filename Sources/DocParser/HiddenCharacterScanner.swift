import DocModel

/// Finds characters that make text read differently from what it is: Unicode bidirectional controls
/// (U+202A–202E, U+2066–2069) and zero-width characters (Trojan Source, CVE-2021-42574).
///
/// The generator removes them from its output; the parser warns once per page, at the first one.
enum HiddenCharacterScanner {
    /// Whether `scalar` is a bidirectional control or a zero-width character.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// A warning at the first hidden character of `page`, or `nil` when it has none.
    static func warning(for page: PageSource) -> Diagnostic? {
        guard mayHoldHidden(page.text) else { return nil }
        var line = 1
        var column = 1
        var count = 0
        var first: SourceLocation?
        for scalar in page.text.unicodeScalars {
            if isHidden(scalar) {
                count += 1
                if first == nil { first = SourceLocation(file: page.path, line: line, column: column) }
            }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += UTF8.width(scalar)
            }
        }
        guard let first else { return nil }
        return .warning(
            "page holds \(count) bidirectional-control or zero-width character(s); they are removed from the generated code",
            at: first, kind: .hiddenCharacters)
    }

    /// Whether `text` holds the UTF-8 of a hidden character (three bytes each, found by a byte scan): most pages
    /// hold none, and the scan by scalars, which counts lines and columns, is left out for them. Every hidden
    /// character starts `E2 80`, `E2 81` or is `EF BB BF`: those are searched for (`memchr` finds each candidate),
    /// not every byte looked at.
    private static func mayHoldHidden(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let haystack = UnsafeRawBufferPointer(bytes)
            for (prefix, thirdBytes) in hiddenPrefixes {
                var offset = 0
                while let found = prefix.withUnsafeBytes({ ByteSearch.offset(of: $0, in: haystack, from: offset) }) {
                    let third = found + prefix.count
                    if third < bytes.count, thirdBytes.contains(where: { $0.contains(bytes[third]) }) { return true }
                    offset = found + 1
                }
            }
            return false
        }
    }

    /// The first two bytes of the hidden characters' UTF-8, and the third bytes that make one of them.
    private static let hiddenPrefixes: [(prefix: [UInt8], thirdBytes: [ClosedRange<UInt8>])] = [
        ([0xE2, 0x80], [0x8B...0x8F, 0xAA...0xAE]),
        ([0xE2, 0x81], [0xA0...0xA9]),
        ([0xEF, 0xBB], [0xBF...0xBF]),
    ]
}
