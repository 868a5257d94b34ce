/// Swift string literals for text from the pages.
enum StringLiteral {
    /// `text` as a double-quoted Swift literal: quotes, backslashes and control characters escaped, so it
    /// cannot end early or interpolate.
    static func quoted(_ text: String) -> String {
        var literal: [UInt8] = []
        literal.reserveCapacity(text.utf8.count + 2)
        append(quoting: text, to: &literal)
        return String(decoding: literal, as: UTF8.self)
    }

    /// Appends ``quoted(_:)``'s literal for `text` to `literal`, escaped over the UTF-8: runs that need no escape
    /// (most text, whole) are copied at once, and printable ASCII is told from its byte.
    static func append(quoting text: String, to literal: inout some ByteSink) {
        literal.append(byte: UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                // What needs no escape is told from its lead byte where it can be: printable ASCII but `"` and `\`,
                // and the scalars of every lead byte but C2 (C1 controls), E2 (the bidirectional and zero-width
                // ranges) and EF (the byte order mark).
                switch byte {
                case 0x20..<0x7F where byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\"):
                    index += 1
                    continue
                case 0xC3...0xDF:
                    index += 2
                    continue
                case 0xE0, 0xE1, 0xE3...0xEE:
                    index += 3
                    continue
                case 0xF0...0xF4:
                    index += 4
                    continue
                default: break
                }
                if let escape = Self.asciiEscape(byte) {
                    literal.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    escape.withUTF8Buffer { literal.append($0) }
                    index += 1
                    runStart = index
                    continue
                }
                let (scalar, length) = Self.scalar(at: index, in: utf8)
                if let escape = Self.escape(scalar) {
                    literal.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    literal.append(utf8Of: escape)
                    runStart = index + length
                }
                index += length
            }
            literal.append(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        literal.append(byte: UInt8(ascii: "\""))
    }

    /// How the ASCII `byte` is written inside a literal when it has an escape of its own (a quote, a backslash, a
    /// line feed, a carriage return, a tab); any other control character is written as ``escape(_:)`` says.
    @inline(__always)
    private static func asciiEscape(_ byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "\""): "\\\""
        case UInt8(ascii: "\\"): "\\\\"
        case UInt8(ascii: "\n"): "\\n"
        case UInt8(ascii: "\r"): "\\r"
        case UInt8(ascii: "\t"): "\\t"
        default: nil
        }
    }

    /// How `scalar`, which has no escape of its own (``asciiEscape(_:)``), is written inside a literal, or `nil`
    /// when it is written as it is.
    private static func escape(_ scalar: Unicode.Scalar) -> String? {
        DocCommentText.isAllowed(scalar) ? nil : "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
    }

    /// The scalar whose UTF-8 starts at `index` of the valid UTF-8 `utf8`, and its length in bytes.
    @inline(__always)
    private static func scalar(at index: Int, in utf8: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int) {
        let lead = UInt32(utf8[index])
        let (value, length): (UInt32, Int) =
            switch lead {
            case 0..<0x80: (lead, 1)
            case 0xC0..<0xE0: ((lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F), 2)
            case 0xE0..<0xF0:
                ((lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F), 3)
            default:
                (
                    (lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12 | UInt32(utf8[index + 2] & 0x3F) << 6
                        | UInt32(utf8[index + 3] & 0x3F), 4
                )
            }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
