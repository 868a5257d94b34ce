import DocModel
import Foundation

/// Diagnostics grouped by kind, as `docgen lint` prints them.
public struct LintReport: Sendable {
    /// The diagnostics, in input order within each kind.
    public var groups: [(kind: DiagnosticKind, diagnostics: [Diagnostic])]

    /// Groups `diagnostics`; kinds with errors come first, then by count.
    public init(diagnostics: [Diagnostic]) {
        let grouped = Dictionary(grouping: diagnostics, by: \.kind)
        groups = grouped.map { (kind: $0.key, diagnostics: $0.value) }.sorted {
            let lhsErrors = $0.diagnostics.containsErrors
            let rhsErrors = $1.diagnostics.containsErrors
            if lhsErrors != rhsErrors { return lhsErrors }
            if $0.diagnostics.count != $1.diagnostics.count { return $0.diagnostics.count > $1.diagnostics.count }
            return $0.kind.rawValue < $1.kind.rawValue
        }
    }

    /// `kind (count)` headings, each followed by its diagnostics in the compiler format, then a summary line.
    public var text: String {
        var lines: [String] = []
        for group in groups {
            lines.append("\(group.kind.rawValue) (\(group.diagnostics.count))")
            lines += group.diagnostics.map { "  " + $0.description.replacingOccurrences(of: "\n", with: "\n  ") }
        }
        let all = groups.flatMap(\.diagnostics)
        let errors = all.filter { $0.severity == .error }.count
        let warnings = all.filter { $0.severity == .warning }.count
        lines.append("\(errors) error(s), \(warnings) warning(s) in \(groups.count) kind(s)")
        return lines.joined(separator: "\n") + "\n"
    }

    private struct JSONShape: Encodable {
        struct Entry: Encodable {
            var severity: String
            var kind: String
            var message: String
            var file: String?
            var line: Int?
            var column: Int?
            var related: [String]
        }
        var counts: [String: Int]
        var diagnostics: [Entry]
    }

    /// `{"counts": {kind: n}, "diagnostics": [{severity, kind, message, file, line, column, related}]}`.
    public func json() throws -> Data {
        let shape = JSONShape(
            counts: Dictionary(uniqueKeysWithValues: groups.map { ($0.kind.rawValue, $0.diagnostics.count) }),
            diagnostics: groups.flatMap(\.diagnostics).map {
                JSONShape.Entry(
                    severity: $0.severity.rawValue, kind: $0.kind.rawValue, message: $0.message, file: $0.location?.file,
                    line: $0.location?.line, column: $0.location?.column, related: $0.relatedLocations.map(\.description))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(shape) + Data("\n".utf8)
    }
}
