import DocModel

/// Decides the checks `validate(into:)` makes, from what the pages state: each member's
/// ``ValidationRule``s, and which structs have any (directly or through members), so that a parent validates
/// a member exactly when the member's type has checks to make.
struct ValidationPlanner {
    /// Structs whose validation does something, by wire name.
    let validatedStructs: Set<String>

    /// Works out which structs need validation from their planned members (by wire name); the fixed point
    /// handles structs that refer to each other.
    init(structMembers: [String: [MemberPlan]]) {
        // A struct is validated when a member has a rule of its own, or refers to a validated struct (the one rule
        // that depends on the others): the first found once, the second by a fixed point over the rest.
        var validated: Set<String> = []
        var rest: [(name: String, members: [MemberPlan])] = []
        for (name, members) in structMembers {
            if members.contains(where: { !Self.rules(for: $0, validatedStructs: []).isEmpty }) {
                validated.insert(name)
            } else {
                rest.append((name, members))
            }
        }
        var changed = true
        while changed {
            changed = false
            for (name, members) in rest where !validated.contains(name) {
                if members.contains(where: { Self.refers($0, toAnyOf: validated) }) {
                    validated.insert(name)
                    changed = true
                }
            }
        }
        validatedStructs = validated
    }

    /// Whether `member`'s type refers to one of `structs`.
    private static func refers(_ member: MemberPlan, toAnyOf structs: Set<String>) -> Bool {
        !structs.isEmpty && member.parameter.type.referencedStructures.contains(where: structs.contains)
    }

    /// `members` with their checks, in the order they are made.
    func applyingRules(to members: [MemberPlan]) -> [MemberPlan] {
        members.map { member in
            var planned = member
            planned.rules = Self.rules(for: member, validatedStructs: validatedStructs)
            return planned
        }
    }

    private static func rules(for member: MemberPlan, validatedStructs: Set<String>) -> [ValidationRule] {
        // The parameter's parts are read where they are (`MemberPlan.parameter` yields it): bound to a name or passed
        // whole, the parameter would be copied.
        let type = member.parameter.type
        var rules: [ValidationRule] = []
        if case .array = type {
            if member.parameter.isRequired == true { rules.append(.nonEmpty) }
            if let maxCount = member.parameter.constraints.maxCount { rules.append(.maxCount(maxCount)) }
        }
        if member.enumeration != nil { rules.append(.known) }
        if let allowed = allowedIntegers(type, member.parameter.constraints.allowedValues) { rules.append(.oneOf(allowed)) }
        if let range = range(type, member.parameter.constraints.minimum, member.parameter.constraints.maximum) {
            rules.append(range)
        }
        if refers(member, toAnyOf: validatedStructs) { rules.append(.nested) }
        return rules
    }

    /// The integer values the page lists (`listed`) for an `Integer` parameter (of `type`), when every listed value
    /// is one.
    static func allowedIntegers(_ type: TypeReference, _ listed: [AllowedValue]) -> [Int64]? {
        guard EnumerationPlan.mayList(listed.count), type == .integer else { return nil }
        let values = listed.compactMap { Int64($0.value) }
        return values.count == listed.count ? Array(Set(values)).sorted() : nil
    }

    /// The range of a numeric parameter (of `type`, from `minimum` to `maximum`), with exact bounds: an Integer's
    /// fractional bounds round inwards and bounds beyond `Int64` are clamped; a range no integer fits in is left out
    /// (it would trap, not check).
    static func range(_ type: TypeReference, _ minimum: DecimalNumber?, _ maximum: DecimalNumber?) -> ValidationRule? {
        guard minimum != nil || maximum != nil else { return nil }
        switch type {
        case .integer:
            let lower = minimum.map { $0.int64(rounding: .up) }
            let upper = maximum.map { $0.int64(rounding: .down) }
            if let lower, let upper, lower > upper { return nil }
            return .range(lower.map(ValidationRule.Bound.integer), upper.map(ValidationRule.Bound.integer))
        case .float:
            return .range(minimum.map(ValidationRule.Bound.decimal), maximum.map(ValidationRule.Bound.decimal))
        default:
            return nil
        }
    }
}
