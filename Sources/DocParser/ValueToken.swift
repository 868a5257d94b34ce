/// The token a marker such as `默认值为` introduces: after spaces and colons, up to a space or Chinese/ASCII
/// punctuation.
enum ValueToken {
    /// The token at the start of `text`, read by characters (the rule).
    static func fromCharacters(_ text: Substring) -> Substring {
        text.drop { Whitespace.isSpace($0) || $0 == "：" || $0 == ":" }
            .prefix { !Whitespace.isSpace($0) && !$0.isOne(of: "，。,；;）)、\n") }
    }

    /// ``fromCharacters(_:)`` read from the UTF-8 bytes, or `nil` where the bytes cannot tell: every scalar it
    /// looks at, and the one after the token's end, must be a ``StandaloneScalar``; anything else (a combining mark,
    /// a joiner, an emoji, CR LF…) is left to the characters.
    static func fromBytes(_ text: Substring) -> Substring? {
        let offsets = text.utf8.withContiguousStorageIfAvailable { bytes -> (start: Int, end: Int)? in
            var index = 0
            var start: Int?
            while index < bytes.count {
                guard let (scalar, length) = StandaloneScalar.at(index, in: bytes) else { return nil }
                let isSpace = Whitespace.isSpace(standalone: scalar)
                if start == nil {
                    if isSpace || scalar == 0x3A || scalar == 0xFF1A {
                        index += length
                        continue
                    }
                    start = index
                }
                if isSpace || isStop(scalar) {
                    let next = index + length
                    guard next == bytes.count || StandaloneScalar.at(next, in: bytes) != nil else { return nil }
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

    /// Whether `scalar` ends a token: `，。,；;）)、` or a line feed.
    private static func isStop(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xFF0C, 0x3002, 0x2C, 0xFF1B, 0x3B, 0xFF09, 0x29, 0x3001, 0x0A: true
        default: false
        }
    }
}
