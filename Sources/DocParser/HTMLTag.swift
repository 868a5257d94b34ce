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
