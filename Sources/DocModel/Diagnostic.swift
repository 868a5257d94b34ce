/// A problem found in the input, reported instead of crashing.
///
/// Printed in the compiler format (`path:line:column: error: message`) so editors can jump to it.
public struct Diagnostic: Hashable, Sendable, Error, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        /// Stops generation: nothing is written.
        case error
        /// Generation goes on; the output may be less precise than the page intended.
        case warning
        /// Information only, such as a skipped page.
        case note

        private var rank: Int {
            switch self {
            case .error: 2
            case .warning: 1
            case .note: 0
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How serious the problem is.
    public var severity: Severity
    /// What kind of problem it is, for grouping (`docgen lint`).
    public var kind: DiagnosticKind
    /// What is wrong, in one sentence.
    public var message: String
    /// Where it is; `nil` when the problem concerns no single place.
    public var location: SourceLocation?
    /// Other places involved (for example the first definition of a duplicated struct).
    public var relatedLocations: [SourceLocation]

    /// Creates a diagnostic.
    public init(
        _ severity: Severity,
        _ message: String,
        at location: SourceLocation? = nil,
        related relatedLocations: [SourceLocation] = [],
        kind: DiagnosticKind = .other
    ) {
        self.severity = severity
        self.kind = kind
        self.message = message
        self.location = location
        self.relatedLocations = relatedLocations
    }

    /// Creates an error diagnostic.
    public static func error(_ message: String, at location: SourceLocation? = nil, kind: DiagnosticKind = .other) -> Diagnostic {
        Diagnostic(.error, message, at: location, kind: kind)
    }

    /// Creates a warning diagnostic.
    public static func warning(_ message: String, at location: SourceLocation? = nil, kind: DiagnosticKind = .other) -> Diagnostic
    {
        Diagnostic(.warning, message, at: location, kind: kind)
    }

    /// Creates a note diagnostic.
    public static func note(_ message: String, at location: SourceLocation? = nil, kind: DiagnosticKind = .other) -> Diagnostic {
        Diagnostic(.note, message, at: location, kind: kind)
    }

    /// The compiler-format line(s): `path:line:column: severity: message`, then one `note:` per related place.
    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): \(message)"
        for related in relatedLocations {
            text += "\n\(related): note: see also"
        }
        return text
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
