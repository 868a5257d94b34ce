/// A value that can check itself against what its doc page states.
public protocol TencentCloudValidatable {
    /// Records every problem of this value (and of the values inside it) in `context`.
    func validate(into context: inout ValidationContext)
}

extension TencentCloudValidatable {
    /// By default there is nothing to check.
    public func validate(into context: inout ValidationContext) {}

    /// Checks the value and throws one ``ValidationError`` listing every problem (values the page does not list
    /// included, as ``ValidationPolicy/strict`` does).
    public func validate() throws(ValidationError) {
        _ = try validate(policy: .strict)
    }

    /// Checks the value under `policy`: throws one ``ValidationError`` listing the problems that stop the request,
    /// and returns those that do not (values the page does not list, under ``ValidationPolicy/default``).
    public func validate(policy: ValidationPolicy) throws(ValidationError) -> [ValidationProblem] {
        var context = ValidationContext()
        validate(into: &context)
        if context.problems.isEmpty { return [] }
        let unlisted = context.problems.filter { $0.kind == .unlistedValue }
        let stopping = policy == .strict ? context.problems : context.problems.filter { $0.kind != .unlistedValue }
        if !stopping.isEmpty { throw ValidationError(problems: stopping) }
        return policy == .default ? unlisted : []
    }
}

/// What the client does with a value the doc page does not list (``ValidationProblem/Kind/unlistedValue``).
///
/// Required, length, count and range checks always stop a request the server would refuse. The listed values of
/// an enumeration, though, are the documentation's, and the service moves first: a new instance type or zone
/// is accepted by the server before the pages (and a package generated from them) list it. Refusing it would
/// block a valid request, so by default it is sent and a warning logged.
public enum ValidationPolicy: Hashable, Sendable {
    /// Refuse the request, as for any other problem (for tests, or where the docs are known to be complete).
    case strict
    /// Send the request and log a warning naming the value (the default).
    case `default`
    /// Send the request without a word.
    case off
}

/// One value that breaks a rule.
public struct ValidationProblem: Hashable, Sendable, CustomStringConvertible {
    /// What kind of rule a value breaks.
    public enum Kind: Hashable, Sendable {
        /// A required value is missing or empty, or a length, count or range is exceeded: the server refuses such
        /// a request.
        case constraint
        /// The value is not one the doc page lists. The lists lag behind the service (a new instance type, a new
        /// region), so whether this stops a request is ``ValidationPolicy``'s choice.
        case unlistedValue
    }

    /// Where the value is (`targets[3].weight`).
    public var path: String
    /// What is wrong.
    public var message: String
    /// The kind of rule.
    public var kind: Kind

    /// Creates a problem.
    public init(path: String, message: String, kind: Kind = .constraint) {
        self.path = path
        self.message = message
        self.kind = kind
    }

    public var description: String { "\(path): \(message)" }
}

/// Every problem a request has, thrown before it is sent.
public struct ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, in member order.
    public var problems: [ValidationProblem]

    /// Creates an error.
    public init(problems: [ValidationProblem]) {
        self.problems = problems
    }

    public var description: String {
        "invalid request: " + problems.map(\.description).joined(separator: "; ")
    }
}

/// Collects problems while a value and its members are checked, keeping the field path.
///
/// A problem is recorded at the field of the value that has it; each nested value's check puts its own field
/// (and an element's index or key) before the paths of the problems found inside it, so a valid value is checked
/// without writing down where it is.
public struct ValidationContext: Sendable {
    /// The problems found so far.
    public private(set) var problems: [ValidationProblem] = []

    /// Creates an empty context.
    public init() {}

    /// Records a problem of `kind` at `field`.
    public mutating func record(_ message: String, at field: String, kind: ValidationProblem.Kind = .constraint) {
        problems.append(ValidationProblem(path: field, message: message, kind: kind))
    }

    /// Puts `field`, and an element's `[index]` or `[key]`, before the paths of the problems from `start` on.
    @usableFromInline
    mutating func prefixProblems(from start: Int, with field: String, element: String? = nil) {
        let prefix = element.map { "\(field)[\($0)]" } ?? field
        for index in start..<problems.count {
            problems[index].path = prefix + "." + problems[index].path
        }
    }

    // The checks are inlinable so that generated code calls them specialized for its types; what they record when
    // a check fails is not, so each call site stays small.

    /// A required array must hold at least one element.
    @inlinable
    public mutating func requireNonEmpty<Element>(_ value: [Element]?, at field: String) {
        if let value, value.isEmpty { record("must not be empty", at: field) }
    }

    /// An array may hold at most `maxCount` elements.
    @inlinable
    public mutating func check<Element>(_ value: [Element]?, maxCount: Int, at field: String) {
        if let value, value.count > maxCount { recordTooMany(value.count, maxCount: maxCount, at: field) }
    }

    @usableFromInline
    mutating func recordTooMany(_ count: Int, maxCount: Int, at field: String) {
        record("has \(count) elements; at most \(maxCount) allowed", at: field)
    }

    /// A number must lie in `range`.
    @inlinable
    public mutating func check<Value: Comparable, Range: RangeExpression<Value>>(
        _ value: Value?, within range: Range, at field: String
    ) {
        if let value, !range.contains(value) { recordOutOfRange(value, range, at: field) }
    }

    @usableFromInline
    mutating func recordOutOfRange(_ value: Any, _ range: Any, at field: String) {
        record("\(value) is out of range \(range)", at: field)
    }

    /// Checks a nested value, prefixing its problems with `field`.
    @inlinable
    public mutating func validate(_ value: (some TencentCloudValidatable)?, at field: String) {
        guard let value else { return }
        validate(nested: value, at: field)
    }

    /// Checks each element, prefixing its problems with `field[index]`.
    @inlinable
    public mutating func validate(_ values: [some TencentCloudValidatable]?, at field: String) {
        guard let values else { return }
        for index in values.indices {
            validate(nested: values[index], at: field, element: String(index))
        }
    }

    /// Checks each value, prefixing its problems with `field[key]`.
    @inlinable
    public mutating func validate(_ values: [String: some TencentCloudValidatable]?, at field: String) {
        guard let values else { return }
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            validate(nested: value, at: field, element: key)
        }
    }

    /// Checks `value`, then puts `field` and the element's `[index]` or `[key]` before the paths of what it found
    /// (the element's text made only then).
    @inlinable
    mutating func validate(
        nested value: some TencentCloudValidatable, at field: String, element: @autoclosure () -> String? = nil
    ) {
        let start = problems.count
        value.validate(into: &self)
        if problems.count > start { prefixProblems(from: start, with: field, element: element()) }
    }
}
