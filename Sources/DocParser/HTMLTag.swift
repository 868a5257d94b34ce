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
        if let simple = HTMLTag(simpleASCII: raw) {
            self = simple
            return
        }
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
    private init?(simpleASCII raw: String) {
        var utf8 = Substring(raw).utf8
        guard utf8.first == UInt8(ascii: "<"), utf8.last == UInt8(ascii: ">") else { return nil }
        utf8 = utf8.dropFirst().dropLast()
        let isClosing = utf8.first == UInt8(ascii: "/")
        if isClosing { utf8 = utf8.dropFirst() }
        let name = utf8.prefix {
            ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") || ($0 >= 0x30 && $0 <= 0x39)
        }
        guard let first = name.first, (first | 0x20) >= UInt8(ascii: "a"), (first | 0x20) <= UInt8(ascii: "z") else { return nil }
        var rest = utf8.dropFirst(name.count).drop { $0 == UInt8(ascii: " ") }
        if rest.first == UInt8(ascii: "/") { rest = rest.dropFirst() }
        guard rest.isEmpty else { return nil }
        self.name = String(decoding: name.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        self.isClosing = isClosing
        self.attributes = [:]
    }

    /// Whether the tag separates lines of text (`<br>`, `<li>`, `<p>`).
    var isLineBreakLike: Bool {
        ["br", "li", "p", "div", "ul", "ol"].contains(name)
    }

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
