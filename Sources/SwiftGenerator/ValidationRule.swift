import DocModel

/// One check a type's `validate(into:)` makes on a member, as a value: what the page states, decided once by
/// ``ValidationPlanner`` and spelled as Swift only by ``TypeBodyEmitter``.
enum ValidationRule: Hashable {
    /// A bound of a numeric range, exact: an `Int64` for an Integer member, the page's decimal for a Float.
    enum Bound: Hashable {
        case integer(Int64)
        case decimal(DecimalNumber)
    }

    /// A required array must hold at least one element.
    case nonEmpty
    /// An array holds at most this many elements.
    case maxCount(Int)
    /// The value of a nested enumeration must be one the page lists.
    case known
    /// An Integer must be one of the values the page lists.
    case oneOf([Int64])
    /// A number must lie within the bounds (either may be open).
    case range(Bound?, Bound?)
    /// A struct (or the structs in an array or map) with checks of its own is validated in turn.
    case nested
}

extension ValidationRule.Bound {
    /// The bound as a Swift literal: `100` for `Int64`, `100.0` or `0.5` for `Double`.
    var literal: String {
        switch self {
        case .integer(let value): "\(value)"
        case .decimal(let value):
            if value.isWhole, abs(value.doubleValue) < 1e15 {
                "\(value.int64(rounding: .down)).0"
            } else {
                "\(value.doubleValue)"
            }
        }
    }
}
