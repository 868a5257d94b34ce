/// The token a marker such as `默认值为` introduces: after spaces and colons, up to a space or Chinese/ASCII
/// punctuation.
enum ValueToken {
    /// The token at the start of `text`, read by characters (the rule).
    static func fromCharacters(_ text: Substring) -> Substring {
        text.drop { Whitespace.isSpace($0) || $0 == "：" || $0 == ":" }
            .prefix { !Whitespace.isSpace($0) && !$0.isOne(of: "，。,；;）)、\n") }
    }

    /// ``fromCharacters(_:)`` read from the UTF-8 bytes, or `nil` where the bytes cannot tell. Every scalar it
    /// looks at, and the one after the token's end, must be a character on its own whatever its neighbours (none
    /// that extends, joins or prepends: ASCII but CR, Latin-1, the spaces of ``Whitespace/isSpace(_:)``, general
    /// punctuation U+2010–U+205E, the CJK punctuation U+3000–U+3029, CJK ideographs, the fullwidth forms
    /// U+FF01–U+FF5E), so that scalars and characters give one answer; anything else (a combining mark, a joiner,
    /// an emoji, CR LF…) is left to the characters.
    static func fromBytes(_ text: Substring) -> Substring? {
        let offsets = text.utf8.withContiguousStorageIfAvailable { bytes -> (start: Int, end: Int)? in
            var index = 0
            var start: Int?
            while index < bytes.count {
                guard let (scalar, length) = plainScalar(in: bytes, at: index) else { return nil }
                let isSpace = isSpace(scalar)
                if start == nil {
                    if isSpace || scalar == 0x3A || scalar == 0xFF1A {
                        index += length
                        continue
                    }
                    start = index
                }
                if isSpace || isStop(scalar) {
                    let next = index + length
                    guard next == bytes.count || plainScalar(in: bytes, at: next) != nil else { return nil }
                    return (start ?? index, index)
                }
                index += length
            }
            return (start ?? index, index)
        }
        guard let offsets, let offsets else { return nil }
        let lower = text.utf8.index(text.startIndex, offsetBy: offsets.start)
        return text[lower..<text.utf8.index(lower, offsetBy: offsets.end - offsets.start)]
    }

    /// The scalar at `index` and its length in bytes, when it is a character on its own whatever its neighbours.
    private static func plainScalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return lead == 0x0D ? nil : (UInt32(lead), 1) }
        if lead == 0xC2 || lead == 0xC3 {
            guard index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80 else { return nil }
            return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        guard lead >= 0xE2, lead <= 0xEF, index + 2 < bytes.count else { return nil }
        let second = bytes[index + 1]
        let third = bytes[index + 2]
        guard second & 0xC0 == 0x80, third & 0xC0 == 0x80 else { return nil }
        let scalar = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
        switch scalar {
        case 0x2002, 0x2003, 0x2009, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x4000...0x9FFF, 0xFF01...0xFF5E:
            return (scalar, 3)
        default: return nil
        }
    }

    /// Whether `scalar` is one of the spaces of ``Whitespace/isSpace(_:)``.
    private static func isSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20, 0x09, 0xA0, 0x3000, 0x2002, 0x2003, 0x2009: true
        default: false
        }
    }

    /// Whether `scalar` ends a token: `，。,；;）)、` or a line feed.
    private static func isStop(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xFF0C, 0x3002, 0x2C, 0xFF1B, 0x3B, 0xFF09, 0x29, 0x3001, 0x0A: true
        default: false
        }
    }
}
