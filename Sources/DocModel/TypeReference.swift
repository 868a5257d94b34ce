/// The type of a parameter or struct member, as the page states it.
public indirect enum TypeReference: Hashable, Sendable {
    /// `String`.
    case string
    /// `Integer` (64-bit on the wire).
    case integer
    /// `Float` (a double on the wire).
    case float
    /// `Boolean`.
    case boolean
    /// `Timestamp`: a `yyyy-MM-dd HH:mm:ss` string.
    case timestamp
    /// `Timestamp ISO8601`.
    case timestampISO8601
    /// `Date`: a `yyyy-MM-dd` string.
    case date
    /// `Binary`: a string carrying binary content.
    case binary
    /// `Array of T`.
    case array(TypeReference)
    /// `Map of K→V`.
    case map(key: TypeReference, value: TypeReference)
    /// A data structure defined on a 数据结构 page, by name.
    case structure(String)

    /// The type in the IR grammar of `docgen dump` (`String`, `[Target]`, `{String: String}`).
    public var irName: String {
        switch self {
        case .string: "String"
        case .integer: "Integer"
        case .float: "Float"
        case .boolean: "Boolean"
        case .timestamp: "Timestamp"
        case .timestampISO8601: "TimestampISO8601"
        case .date: "Date"
        case .binary: "Binary"
        case .array(let element): "[\(element.irName)]"
        case .map(let key, let value): "{\(key.irName): \(value.irName)}"
        case .structure(let name): name
        }
    }

    /// The names of the structs this type refers to, directly or through arrays and maps.
    public var referencedStructures: [String] {
        switch self {
        case .structure(let name): [name]
        case .array(let element): element.referencedStructures
        case .map(let key, let value): key.referencedStructures + value.referencedStructures
        default: []
        }
    }

    /// Whether values of this type are numbers on the wire.
    public var isNumeric: Bool { self == .integer || self == .float }
}
