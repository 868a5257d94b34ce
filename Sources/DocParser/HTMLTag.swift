/// One HTML tag as it appears inline in a cell (`<br/>`, `</li>`, `<a href="…">`).
struct HTMLTag: Hashable, Sendable {
    /// The lowercased tag name.
    var name: String
    /// Whether it is an end tag (`</li>`).
    var isClosing: Bool
    /// Attributes with lowercased names.
    var attributes: [String: String]

    /// Reads a tag; `nil` for comments, declarations and anything that is not a tag.
    init?(_ raw: String) {
        guard let tag = HTMLTag(simpleASCII: raw) ?? HTMLTag(reading: raw) else { return nil }
        self = tag
    }

    /// Reads any tag, with its attributes.
    init?(reading raw: String) {
        var scalars = Substring(raw.trimmed(" \t\r\n"))
        guard scalars.hasPrefix("<"), scalars.hasSuffix(">") else { return nil }
        scalars = scalars.dropFirst().dropLast()
        if scalars.hasSuffix("/") { scalars = scalars.dropLast() }
        isClosing = scalars.hasPrefix("/")
        if isClosing { scalars = scalars.dropFirst() }
        let nameEnd = scalars.firstIndex { !($0.isLetter || $0.isNumber) } ?? scalars.endIndex
        let name = scalars[..<nameEnd].lowercased()
        guard !name.isEmpty, name.first?.isLetter == true else { return nil }
        self.name = name
        attributes = HTMLTag.attributes(in: scalars[nameEnd...])
    }

    /// The common case, read from its bytes: `<br>`, `</li>`, `<br/>`, `<br />` (an ASCII name, no attributes,
    /// nothing around it), as the general reading would read it; `nil` for anything else.
    init?(simpleASCII raw: String) {
        let parsed: (name: String, isClosing: Bool)?? = raw.utf8.withContiguousStorageIfAvailable { bytes in
            guard let simple = Simple(bytes) else { return nil }
            let name = String(unsafeUninitializedCapacity: simple.name.count) { buffer in
                for (offset, byte) in bytes[simple.name].enumerated() { buffer[offset] = Simple.lowercased(byte) }
                return simple.name.count
            }
            return (name, simple.isClosing)
        }
        guard case .some(.some(let tag)) = parsed else { return nil }
        self.name = tag.name
        self.isClosing = tag.isClosing
        self.attributes = [:]
    }

    /// The shape of a simple tag (`<br>`, `</li>`, `<br />`) in its bytes: an ASCII name (a letter, then letters
    /// and digits) after `<` or `</`, then spaces and an optional `/` before `>`, nothing around it.
    struct Simple {
        /// Where the name is in the bytes read.
        var name: Range<Int>
        var isClosing: Bool

        /// The simple tag `bytes` are, or `nil`.
        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard bytes.count >= 3, bytes[0] == UInt8(ascii: "<"), bytes[bytes.count - 1] == UInt8(ascii: ">") else {
                return nil
            }
            var start = 1
            let end = bytes.count - 1
            isClosing = bytes[start] == UInt8(ascii: "/")
            if isClosing { start += 1 }
            var nameEnd = start
            while nameEnd < end, ASCIIByte.isLetterOrDigit(bytes[nameEnd]) { nameEnd += 1 }
            guard nameEnd > start, ASCIIByte.isLetter(bytes[start]) else { return nil }
            var rest = nameEnd
            while rest < end, bytes[rest] == UInt8(ascii: " ") { rest += 1 }
            if rest < end, bytes[rest] == UInt8(ascii: "/") { rest += 1 }
            guard rest == end else { return nil }
            name = start..<nameEnd
        }

        /// `byte` with an ASCII capital lowercased.
        static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
    }

    /// The tags the renderers act on, by their lowercased names.
    enum Known: String, CaseIterable, Sendable {
        case br, li, ul, ol, p, div, b, strong, i, em, code, a

        /// The tag named by `name`, the bytes of a ``Simple`` tag's name in `bytes`, compared without regard to
        /// ASCII case; `nil` for any other name.
        init?(name: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
            guard name.count <= 6 else { return nil }
            for known in Self.allCases {
                let candidate = known.rawValue.utf8
                if candidate.count == name.count,
                    zip(candidate, bytes[name]).allSatisfy({ $0 == Simple.lowercased($1) })
                {
                    self = known
                    return
                }
            }
            return nil
        }

        /// Whether the tag separates lines of text (`<br>`, `<li>`, `<p>`).
        var isLineBreakLike: Bool {
            switch self {
            case .br, .li, .p, .div, .ul, .ol: true
            default: false
            }
        }
    }

    /// The tag, if the renderers act on it.
    var known: Known? { Known(rawValue: name) }

    private static func attributes(in text: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = text
        while let equals = rest.firstIndex(of: "=") {
            let key = rest[..<equals].split(whereSeparator: { $0 == " " || $0 == "\t" }).last.map { $0.lowercased() }
            var value = rest[rest.index(after: equals)...].drop { $0 == " " }
            let parsed: Substring
            if let quote = value.first, quote == "\"" || quote == "'" {
                value = value.dropFirst()
                let end = value.firstIndex(of: quote) ?? value.endIndex
                parsed = value[..<end]
                rest = end < value.endIndex ? value[value.index(after: end)...] : value[end...]
            } else {
                let end = value.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? value.endIndex
                parsed = value[..<end]
                rest = value[end...]
            }
            if let key, !key.isEmpty { result[key] = String(parsed) }
        }
        return result
    }
}
