/// A JSON value of a page's example, integers kept apart from other numbers (an `Integer` member must receive
/// `3`, not `3.5`).
public indirect enum JSONValue: Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number without a fraction or exponent that fits `Int64`.
    case integer(Int64)
    /// Any other number.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object; JSON gives its keys no order.
    case object([String: JSONValue])
}
