import DocModel

/// What kind of change one item of the docs underwent between two snapshots.
public enum ChangeKind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case serviceVersionAdded, serviceVersionRemoved, moduleRenamed, hostChanged
    case actionAdded, actionRemoved, actionDeprecated, rateLimitChanged, asyncChanged, regionRequirementChanged
    case inputAdded, inputRemoved, inputRenamed
    case outputAdded, outputRemoved, outputRenamed
    case structAdded, structRemoved
    case memberAdded, memberRemoved, memberRenamed
    case typeChanged, requiredChanged, nullableChanged, deprecated
    case enumValueAdded, enumValueRemoved
    case rangeTightened, rangeLoosened, maxCountTightened, maxCountLoosened
    case errorAdded, errorRemoved
    /// A change of the generated Swift API with no doc change of its own at that place (a name that moved
    /// because another one came or went, say).
    case swiftAPIChanged

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }

    /// Whether the change adds to the API (a minor version at most).
    public var isAddition: Bool {
        switch self {
        case .serviceVersionAdded, .actionAdded, .inputAdded, .outputAdded, .structAdded, .memberAdded, .enumValueAdded,
            .errorAdded:
            return true
        default:
            return false
        }
    }
}

/// Whether a change breaks someone, and why.
public struct Verdict: Hashable, Sendable {
    /// Why it breaks, or `nil` when it does not.
    public var reason: String?

    /// Whether it breaks.
    public var isBreaking: Bool { reason != nil }

    /// A change that breaks nobody.
    public static let compatible = Verdict(reason: nil)

    /// A change that breaks, for `reason`.
    public static func breaking(_ reason: String) -> Verdict { Verdict(reason: reason) }
}

/// Where in a service version a change is: the action or struct, and the parameter or member.
public struct ChangeSubject: Hashable, Sendable, Comparable {
    /// Which part of the service holds the item.
    public enum Place: String, Hashable, Sendable, Codable, Comparable {
        case service, action, input, output, structure, member, error

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The part.
    public var place: Place
    /// The action's or struct's name; empty for the service itself.
    public var owner: String
    /// The parameter's, member's or error code's name; empty for the owner itself.
    public var item: String

    /// Creates a subject.
    public init(_ place: Place, owner: String = "", item: String = "") {
        self.place = place
        self.owner = owner
        self.item = item
    }

    /// `DescribeThings.Limit`, `Target.Port`, `DescribeThings`, or empty for the service.
    public var path: String { [owner, item].filter { !$0.isEmpty }.joined(separator: ".") }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.owner, lhs.place, lhs.item) < (rhs.owner, rhs.place, rhs.item)
    }
}

/// One change between the older and the newer model of a service version.
public struct Change: Hashable, Sendable {
    /// The service's name (`clb`).
    public var service: String
    /// The version (`2018-03-17`).
    public var version: String
    /// What changed.
    public var kind: ChangeKind
    /// Where.
    public var subject: ChangeSubject
    /// The older value, where there is one to show (a type, a range, a flag).
    public var old: String?
    /// The newer value.
    public var new: String?
    /// Where the item is on the older pages.
    public var oldLocation: SourceLocation?
    /// Where the item is on the newer pages.
    public var newLocation: SourceLocation?
    /// Whether a request that was valid is now refused, or a response field a client reads disappears or
    /// changes type.
    public var wire: Verdict = .compatible
    /// Whether code that compiled against the older generated module no longer compiles against the newer one.
    public var source: Verdict = .compatible

    /// Creates a change.
    public init(
        service: String, version: String, kind: ChangeKind, subject: ChangeSubject, old: String? = nil,
        new: String? = nil, oldLocation: SourceLocation? = nil, newLocation: SourceLocation? = nil
    ) {
        self.service = service
        self.version = version
        self.kind = kind
        self.subject = subject
        self.old = old
        self.new = new
        self.oldLocation = oldLocation
        self.newLocation = newLocation
    }

    /// Whether it breaks the wire or the Swift source.
    public var isBreaking: Bool { wire.isBreaking || source.isBreaking }
}
