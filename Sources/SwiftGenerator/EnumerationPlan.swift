import DocModel

/// How the string parameters whose pages list the same values become one ``TencentCloudEnumeration`` struct,
/// nested in the service type (`CLB.Protocol`).
struct EnumerationPlan: Hashable {
    /// One listed value.
    struct Case: Hashable {
        /// The static member's name (`tcp`).
        var name: String
        /// The wire text (`TCP`).
        var value: String
        /// What the page says it means.
        var description: String
    }

    /// The type's name, after the members that use it (`NodeType`; `ProtocolValue` where `Protocol` is taken).
    var typeName: String
    /// The listed values, in the page order of the first member that lists them.
    var cases: [Case]
    /// The members that use it, as `Owner.member` (`Target.type`), in the service's order.
    var users: [String]

    /// The cases of `parameter`'s listed values, or `nil` when it should stay a `String`: it is not a string (or an
    /// array of strings), lists fewer than two values, or the values do not give distinct Swift names.
    static func cases(for parameter: Parameter) -> [Case]? {
        guard listedValues(of: parameter) != nil else { return nil }
        let values = parameter.constraints.allowedValues
        var cases: [Case] = []
        var names: Set<String> = []
        for value in values {
            guard !value.value.isEmpty, value.value.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 })
            else { return nil }
            let name = SwiftNaming.caseName(value.value)
            guard !name.allSatisfy({ $0 == "_" }), names.insert(name).inserted, !reservedMemberNames.contains(name)
            else { return nil }
            cases.append(Case(name: SwiftNaming.escaped(name), value: value.value, description: value.description))
        }
        return cases
    }

    /// The wire values `parameter` lists when they may make an enumeration: it is a string (or an array of strings)
    /// and lists two or more distinct values; `nil` otherwise. Whether they do make one depends on these values
    /// alone, in any order (see ``cases(for:)``).
    static func listedValues(of parameter: Parameter) -> [String]? {
        guard mayList(parameter.constraints.allowedValues.count),
            parameter.type == .string || parameter.type == .array(.string)
        else { return nil }
        let values = parameter.constraints.allowedValues.map(\.value)
        guard Set(values).count == values.count else { return nil }
        return values
    }

    /// Whether a parameter listing `count` values may have a closed set of them (an enumeration's cases, an integer's
    /// `oneOf` rule): it needs two or more, since one listed value is more often an example. Most parameters list
    /// none, which is told before the type is compared, anything is made, or the parameter is copied out of its array.
    static func mayList(_ count: Int) -> Bool { count >= 2 }

    /// Names the enumeration protocol already gives its conforming types.
    private static let reservedMemberNames: WordSet = [
        "rawValue", "knownValues", "isKnown", "description", "hashValue", "init", "self", "Type",
    ]
}

/// One enumeration type per distinct set of listed values in a service, shared by every member that lists that
/// set, so a value read from one response can be passed to any request that takes the same set.
///
/// A set is the same when its wire values are, in any order. Its type is named after the member name most of its
/// users share (`NodeType`; a list member's in the singular, `Zones` → `Zone`); where two sets would take the same
/// name, or the name is taken (`Type`, `Protocol`), each takes its first user's owner as a prefix (`TargetType`,
/// `ListenerProtocol`), and `Value` is added until the name is free of every type name in use.
struct EnumerationTable {
    private var plans: [[String]: EnumerationPlan] = [:]
    /// Every plan, in the order of first use.
    private(set) var all: [EnumerationPlan] = []

    /// A member of a table, as the table sees it: its owner's Swift name and the parameter.
    struct Use {
        var owner: String
        var parameter: Parameter
    }

    /// Builds the table from every member of the service, in its order (each owner's Swift name with its
    /// members), avoiding the type names in `taken`.
    init(members: [(owner: String, parameters: [Parameter])], taken: Set<String>) {
        struct Group {
            var key: [String]
            var cases: [EnumerationPlan.Case]
            var users: [Use]
        }
        var groups: [Group] = []
        var index: [[String]: Int] = [:]
        for (owner, parameters) in members {
            // By index: a `for … in` loop would copy each parameter whole, and few list values.
            for position in parameters.indices {
                guard EnumerationPlan.mayList(parameters[position].constraints.allowedValues.count),
                    let cases = EnumerationPlan.cases(for: parameters[position])
                else { continue }
                let use = Use(owner: owner, parameter: parameters[position])
                let key = cases.map(\.value).sorted()
                if let group = index[key] {
                    groups[group].users.append(use)
                    // A value's first description wins; a later page may describe one the first left bare.
                    for (offset, item) in groups[group].cases.enumerated() where item.description.isEmpty {
                        if let other = cases.first(where: { $0.value == item.value }), !other.description.isEmpty {
                            groups[group].cases[offset].description = other.description
                        }
                    }
                } else {
                    index[key] = groups.count
                    groups.append(Group(key: key, cases: cases, users: [use]))
                }
            }
        }
        // The member name most users share; the first among equals.
        func base(_ group: Group) -> String {
            var counts: [String: Int] = [:]
            var order: [String] = []
            for use in group.users {
                let plain = SwiftNaming.upperCamelCase(use.parameter.name)
                let name = use.parameter.type == .string ? plain : Self.singular(plain)
                if counts[name] == nil { order.append(name) }
                counts[name, default: 0] += 1
            }
            return order.max { counts[$0, default: 0] < counts[$1, default: 0] } ?? "Value"
        }
        let bases = groups.map(base)
        var baseCounts: [String: Int] = [:]
        for name in bases { baseCounts[name, default: 0] += 1 }
        var used = taken
        func isFree(_ name: String) -> Bool {
            !used.contains(name) && !SwiftKeywords.needsEscaping(name) && !name.hasPrefix("_")
        }
        for (group, base) in zip(groups, bases) {
            var name = base
            if baseCounts[base, default: 0] > 1 || !isFree(name) { name = Self.ownerPrefix(group.users[0].owner) + base }
            while used.contains(name) || SwiftKeywords.needsEscaping(name) || name.hasPrefix("_") { name += "Value" }
            used.insert(name)
            let plan = EnumerationPlan(
                typeName: name, cases: group.cases,
                users: group.users.map { "\($0.owner).\(SwiftNaming.lowerCamelCase($0.parameter.name))" })
            plans[group.key] = plan
            all.append(plan)
        }
    }

    /// The enumeration of `parameter`, when its page lists values that make one.
    func plan(for parameter: Parameter) -> EnumerationPlan? {
        // The table holds every set of values that makes cases, so looking the values up is enough.
        guard let values = EnumerationPlan.listedValues(of: parameter) else { return nil }
        return plans[values.sorted()]
    }

    /// The name of one element of a list member: `Zones` → `Zone`, `Policies` → `Policy`, `Statuses` → `Status`,
    /// `Addresses` → `Address`; a name that does not end in a plural `s` as it is.
    static func singular(_ name: String) -> String {
        if name.hasSuffix("ies"), name.count > 4 { return String(name.dropLast(3)) + "y" }
        for suffix in ["sses", "shes", "ches", "xes", "uses"] where name.hasSuffix(suffix) && name.count > suffix.count {
            return String(name.dropLast(2))
        }
        if name.hasSuffix("s"), !name.hasSuffix("ss"), name.count > 2 { return String(name.dropLast()) }
        return name
    }

    /// `DescribeListenersRequest` → `DescribeListeners`; a struct's name as it is.
    private static func ownerPrefix(_ owner: String) -> String {
        for suffix in ["Request", "Response"] where owner.hasSuffix(suffix) && owner.count > suffix.count {
            return String(owner.dropLast(suffix.count))
        }
        return owner
    }
}
