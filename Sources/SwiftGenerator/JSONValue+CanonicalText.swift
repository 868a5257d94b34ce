import DocModel

/// How an example's JSON is written into the generated tests: compact canonical text with sorted keys.
extension JSONValue {
    /// Compact JSON with sorted keys.
    var canonicalText: String {
        var text: [UInt8] = []
        appendCanonicalText(to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends the compact, key-sorted UTF-8 of this value to `text` (one buffer for the whole value).
    private func appendCanonicalText(to text: inout [UInt8]) {
        switch self {
        case .null: text += "null".utf8
        case .bool(let flag): text += (flag ? "true" : "false").utf8
        case .integer(let value): text += String(value).utf8
        case .number(let value): text += (value.isFinite ? "\(value)" : "null").utf8
        case .string(let value): Self.appendQuoted(value, to: &text)
        case .array(let elements):
            text.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { text.append(UInt8(ascii: ",")) }
                element.appendCanonicalText(to: &text)
            }
            text.append(UInt8(ascii: "]"))
        case .object(let members):
            text.append(UInt8(ascii: "{"))
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { text.append(UInt8(ascii: ",")) }
                Self.appendQuoted(key, to: &text)
                text.append(UInt8(ascii: ":"))
                (members[key] ?? .null).appendCanonicalText(to: &text)
            }
            text.append(UInt8(ascii: "}"))
        }
    }

    private static func appendQuoted(_ value: String, to text: inout [UInt8]) {
        text.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            // Most strings need no escape: they are appended whole.
            guard bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                return text.append(contentsOf: bytes)
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""): text += #"\""#.utf8
                case UInt8(ascii: "\\"): text += #"\\"#.utf8
                case UInt8(ascii: "\n"): text += #"\n"#.utf8
                case UInt8(ascii: "\r"): text += #"\r"#.utf8
                case UInt8(ascii: "\t"): text += #"\t"#.utf8
                case ..<0x20:
                    let hex = String(byte, radix: 16)
                    text += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                default: text.append(byte)
                }
            }
        }
        text.append(UInt8(ascii: "\""))
    }
}
