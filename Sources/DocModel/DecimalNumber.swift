/// A number as a page writes it (`100`, `0.5`, `-3`, `9223372036854775807`), kept exactly: a bound larger
/// than a `Double` holds exactly, or a fractional bound on an integer field, is never rounded on the way.
public struct DecimalNumber: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Whether the number is below zero.
    public let isNegative: Bool
    /// The digits before the point, without leading zeros (`"0"` for none).
    public let integerDigits: String
    /// The digits after the point, without trailing zeros (empty for a whole number).
    public let fractionDigits: String

    /// Reads `-?digits[.digits]` (also `5.` and `.5`); `nil` for anything else.
    public init?(_ text: some StringProtocol) {
        var rest = Substring(text)
        let negative = rest.first == "-"
        if negative { rest = rest.dropFirst() }
        let whole = rest.prefix { $0.isASCII && $0.isNumber }
        rest = rest.dropFirst(whole.count)
        var fraction: Substring = ""
        if rest.first == "." {
            rest = rest.dropFirst()
            fraction = rest.prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(fraction.count)
        }
        guard rest.isEmpty, !whole.isEmpty || !fraction.isEmpty else { return nil }
        let integer = whole.drop { $0 == "0" }
        var trimmedFraction = fraction
        while trimmedFraction.last == "0" { trimmedFraction = trimmedFraction.dropLast() }
        integerDigits = integer.isEmpty ? "0" : String(integer)
        fractionDigits = String(trimmedFraction)
        isNegative = negative && !(integerDigits == "0" && fractionDigits.isEmpty)
    }

    /// The number in the shortest exact form (`-0.5`, `100`).
    public var description: String {
        (isNegative ? "-" : "") + integerDigits + (fractionDigits.isEmpty ? "" : "." + fractionDigits)
    }

    /// Whether the number has no fractional part.
    public var isWhole: Bool { fractionDigits.isEmpty }

    /// The nearest `Double` (exact for most numbers pages write).
    public var doubleValue: Double { Double(description) ?? (isNegative ? -.infinity : .infinity) }

    /// The value as an `Int64` when it is whole and fits, else `nil`.
    public var int64Value: Int64? { isWhole ? Int64(description) : nil }

    /// How a fractional number becomes a whole one.
    public enum Rounding: Sendable {
        /// The smallest whole number not below the value (for a lower bound).
        case up
        /// The largest whole number not above the value (for an upper bound).
        case down
    }

    /// The whole number `rounding` gives, clamped to `Int64`'s range (a bound beyond it bounds nothing more).
    public func int64(rounding: Rounding) -> Int64 {
        guard let truncated = Int64((isNegative ? "-" : "") + integerDigits) else { return isNegative ? .min : .max }
        guard !isWhole else { return truncated }
        switch (rounding, isNegative) {
        case (.up, false): return truncated == .max ? .max : truncated + 1
        case (.down, true): return truncated == .min ? .min : truncated - 1
        default: return truncated
        }
    }

    /// Exact order.
    public static func < (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool {
        if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
        let magnitudeLess = lhs.magnitudeLess(than: rhs)
        let magnitudeEqual = lhs.integerDigits == rhs.integerDigits && lhs.fractionDigits == rhs.fractionDigits
        return lhs.isNegative ? !magnitudeLess && !magnitudeEqual : magnitudeLess
    }

    private func magnitudeLess(than other: DecimalNumber) -> Bool {
        if integerDigits.count != other.integerDigits.count { return integerDigits.count < other.integerDigits.count }
        if integerDigits != other.integerDigits { return integerDigits < other.integerDigits }
        return fractionDigits < other.fractionDigits
    }
}

extension DecimalNumber: ExpressibleByIntegerLiteral {
    /// A whole number (`100`), for bounds written in code.
    public init(integerLiteral value: Int64) {
        self.init(String(value))!  // A decimal integer's text always reads back.
    }
}
