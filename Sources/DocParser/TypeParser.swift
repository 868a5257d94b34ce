import DocModel

/// Reads the 类型 column: `String`, `Array of [Target](link)`, `Timestamp ISO8601`, a bare struct name.
enum TypeParser {
    /// The outcome of reading a type cell.
    enum Outcome: Equatable {
        /// A type in the project's grammar.
        case type(TypeReference)
        /// A legacy spelling mapped onto a type; worth a warning.
        case legacy(TypeReference, spelling: String)
        /// Not a type.
        case unknown
    }

    private static let scalars: [String: TypeReference] = [
        "String": .string, "Integer": .integer, "Float": .float, "Boolean": .boolean,
        "Timestamp": .timestamp, "Timestamp ISO8601": .timestampISO8601, "TimestampISO8601": .timestampISO8601,
        "Date": .date, "Binary": .binary,
    ]

    private static let legacy: [String: TypeReference] = [
        "Int": .integer, "Int64": .integer, "Uint64": .integer, "UInt64": .integer, "Long": .integer,
        "Number": .float, "Double": .float, "Bool": .boolean, "Datetime": .timestamp, "DateTime": .timestamp,
        "string": .string, "integer": .integer, "int": .integer, "float": .float, "boolean": .boolean, "bool": .boolean,
    ]

    /// Words that name no element type and so cannot be read as a struct name.
    private static let incomplete: Set<String> = ["Array", "Object", "Map", "List", "array", "object"]

    /// Reads the plain text of a type cell. `linked` holds the texts of the cell's links: a linked name is
    /// a struct even when it is a word like `Object` that is not one when bare.
    static func parse(_ text: String, linked: Set<String> = []) -> Outcome {
        let spelled = Whitespace.collapse(text)
        if let scalar = scalars[spelled] { return .type(scalar) }
        if let mapped = legacy[spelled] { return .legacy(mapped, spelling: spelled) }
        for prefix in ["Array of ", "array of ", "Array Of "] where spelled.hasPrefix(prefix) {
            switch parse(String(spelled.dropFirst(prefix.count)), linked: linked) {
            case .type(let element): return .type(.array(element))
            case .legacy(let element, let spelling): return .legacy(.array(element), spelling: spelling)
            case .unknown: return .unknown
            }
        }
        if spelled.hasPrefix("Map of ") {
            let body = spelled.dropFirst("Map of ".count)
            let parts = body.split(separator: "→", maxSplits: 1).map { Whitespace.collapse(String($0)) }
            if parts.count == 2, case .type(let key) = parse(parts[0]), case .type(let value) = parse(parts[1]) {
                return .type(.map(key: key, value: value))
            }
            return .unknown
        }
        if isIdentifier(spelled), !incomplete.contains(spelled) || linked.contains(spelled) {
            return .type(.structure(spelled))
        }
        // A link cmark-gfm could not read (`[Placement](# placement)`: a space in its target) is left as text.
        if spelled.hasPrefix("["), spelled.hasSuffix(")"), let close = spelled.range(ofBytes: "]("),
            case .type(let named) = parse(String(spelled[spelled.index(after: spelled.startIndex)..<close.lowerBound]))
        {
            return .legacy(named, spelling: spelled)
        }
        if spelled == "Array" || spelled == "array" {
            return .legacy(.array(.string), spelling: spelled)
        }
        return .unknown
    }

    /// Whether `text` is an ASCII identifier (a letter or underscore, then letters, digits, underscores).
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCIILetter || first == "_" else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == "_" }
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
