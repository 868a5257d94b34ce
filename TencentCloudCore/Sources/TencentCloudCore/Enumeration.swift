/// A set of string values a doc page lists for a parameter (`TCP`, `UDP`, `HTTP`).
///
/// Generated enumerations are structs, not Swift enums, so a value the server adds after the code was
/// generated still decodes: it is kept in `rawValue` and simply matches none of the known members.
public protocol TencentCloudEnumeration: RawRepresentable<String>, Codable, Hashable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// Creates a value from its wire text.
    init(rawValue: String)

    /// The values the doc page lists, in its order.
    static var knownValues: [Self] { get }
}

extension TencentCloudEnumeration {
    /// Creates a value from a string literal (`"TCP"`).
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// Decodes the wire text; any string is accepted.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the wire text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The wire text.
    public var description: String { rawValue }

    /// Whether the value is one the doc page lists.
    public var isKnown: Bool { Self.knownValues.contains(self) }
}

extension ValidationContext {
    /// A value sent to the server must be one the doc page lists.
    @inlinable
    public mutating func checkKnown<Value: TencentCloudEnumeration>(_ value: Value?, at field: String) {
        if let value, !value.isKnown { recordUnknown(value, at: field) }
    }

    @usableFromInline
    mutating func recordUnknown<Value: TencentCloudEnumeration>(_ value: Value, at field: String) {
        record(
            "\"\(value.rawValue)\" is not one of \(Value.knownValues.map(\.rawValue).joined(separator: ", "))", at: field,
            kind: .unlistedValue)
    }

    /// Every element must be a value the doc page lists.
    @inlinable
    public mutating func checkKnown<Value: TencentCloudEnumeration>(_ values: [Value]?, at field: String) {
        guard let values else { return }
        for (index, value) in values.enumerated() { checkKnown(value, at: "\(field)[\(index)]") }
    }

    /// A number must be one of the values the doc page lists (`0`, `1`, `2`).
    @inlinable
    public mutating func check<Value: Hashable & CustomStringConvertible>(
        _ value: Value?, isOneOf allowed: Set<Value>, at field: String
    ) {
        if let value, !allowed.contains(value) { recordNotOneOf(value, allowed, at: field) }
    }

    @usableFromInline
    mutating func recordNotOneOf<Value: Hashable & CustomStringConvertible>(
        _ value: Value, _ allowed: Set<Value>, at field: String
    ) {
        record(
            "\(value) is not one of \(allowed.map(\.description).sorted().joined(separator: ", "))", at: field,
            kind: .unlistedValue)
    }
}
