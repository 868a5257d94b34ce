import DocModel
import Foundation

/// The changes between two snapshots of the docs, the services that could not be compared, and the semantic
/// version bump the generated package needs.
public struct DiffReport: Hashable, Sendable {
    /// How much the generated package's version must go up.
    public enum Bump: String, Hashable, Sendable, Codable {
        case none, patch, minor, major
    }

    /// Which changes fail a CI gate (`--fail-on`).
    public enum Gate: String, Hashable, Sendable, CaseIterable {
        /// Changes that break the wire.
        case wire
        /// Changes that break Swift source.
        case source
        /// Any change at all.
        case any
        /// Nothing fails.
        case none
    }

    /// A service left out of the comparison because one side could not read it.
    public struct Unread: Hashable, Sendable, Codable {
        /// `old` or `new`.
        public var side: String
        /// The service's name.
        public var service: String
        /// Why (the first error).
        public var reason: String

        /// Creates an entry.
        public init(side: String, service: String, reason: String) {
            self.side = side
            self.service = service
            self.reason = reason
        }
    }

    /// Every change, sorted by service, version, place and kind.
    public var changes: [Change]
    /// The services that were not compared.
    public var unread: [Unread]

    /// Creates a report.
    public init(changes: [Change], unread: [Unread] = []) {
        self.changes = changes
        self.unread = unread
    }

    /// Major for any breaking change, minor for additions, patch for any other change.
    public var bump: Bump {
        if changes.contains(where: \.isBreaking) { return .major }
        if changes.contains(where: \.kind.isAddition) { return .minor }
        return changes.isEmpty ? .none : .patch
    }

    /// The number of changes of each kind.
    public var counts: [ChangeKind: Int] { changes.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 } }

    /// Whether `gate` fails on this report.
    public func fails(_ gate: Gate) -> Bool {
        switch gate {
        case .wire: changes.contains { $0.wire.isBreaking }
        case .source: changes.contains { $0.source.isBreaking }
        case .any: !changes.isEmpty
        case .none: false
        }
    }
}
