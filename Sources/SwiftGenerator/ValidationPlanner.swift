import DocModel

/// Decides which checks `validate(into:)` makes, from what the pages state.
struct ValidationPlanner {
    /// Structs whose validation does something (directly or through members), by wire name.
    let validatedStructs: Set<String>

    /// Works out which of `structs` need validation; the fixed point handles structs that refer to each other.
    init(structs: [StructDefinition]) {
        var validated: Set<String> = []
        var changed = true
        while changed {
            changed = false
            for definition in structs where !validated.contains(definition.name) {
                if definition.members.contains(where: {
                    Self.hasOwnChecks($0) || !Set($0.type.referencedStructures).isDisjoint(with: validated)
                }) {
                    validated.insert(definition.name)
                    changed = true
                }
            }
        }
        validatedStructs = validated
    }

    private static func hasOwnChecks(_ parameter: Parameter) -> Bool {
        let constraints = parameter.constraints
        if case .array = parameter.type, parameter.isRequired == true { return true }
        return constraints.maxCount != nil
            || (parameter.type.isNumeric && (constraints.minimum != nil || constraints.maximum != nil))
            || constraints.allowedValues.count >= 2
    }

    /// The integer values the page lists for an `Integer` parameter, when every listed value is one.
    static func allowedIntegers(_ parameter: Parameter) -> [Int64]? {
        guard parameter.type == .integer, parameter.constraints.allowedValues.count >= 2 else { return nil }
        let values = parameter.constraints.allowedValues.compactMap { Int64($0.value) }
        return values.count == parameter.constraints.allowedValues.count ? Array(Set(values)).sorted() : nil
    }

    /// The statements checking `members`, one per line.
    func statements(for members: [MemberPlan]) -> [String] {
        var lines: [String] = []
        for member in members {
            let parameter = member.parameter
            let path = StringLiteral.quoted(member.plainName)
            let constraints = parameter.constraints
            let value = member.storageName
            if case .array = parameter.type, parameter.isRequired == true {
                lines.append("context.requireNonEmpty(\(value), at: \(path))")
            }
            if let maxCount = constraints.maxCount, case .array = parameter.type {
                lines.append("context.check(\(value), maxCount: \(maxCount), at: \(path))")
            }
            if member.enumeration != nil {
                lines.append("context.checkKnown(\(value), at: \(path))")
            }
            if let allowed = Self.allowedIntegers(parameter) {
                let list = allowed.map(String.init).joined(separator: ", ")
                lines.append("context.check(\(value), isOneOf: [\(list)], at: \(path))")
            }
            if parameter.type.isNumeric, constraints.minimum != nil || constraints.maximum != nil {
                let low = constraints.minimum.map { SwiftTypeMapper.literal($0, for: parameter.type) } ?? ""
                let high = constraints.maximum.map { SwiftTypeMapper.literal($0, for: parameter.type) } ?? ""
                let range = low.isEmpty ? "...\(high)" : high.isEmpty ? "\(low)..." : "\(low)...\(high)"
                lines.append("context.check(\(value), within: \(range), at: \(path))")
            }
            if !Set(parameter.type.referencedStructures).isDisjoint(with: validatedStructs) {
                lines.append("context.validate(\(value), at: \(path))")
            }
        }
        return lines
    }
}
