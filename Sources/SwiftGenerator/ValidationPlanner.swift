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
    }

    /// The statements checking `members`, one per line.
    func statements(for members: [MemberPlan]) -> [String] {
        var lines: [String] = []
        for member in members {
            let parameter = member.parameter
            let path = StringLiteral.quoted(member.plainName)
            let constraints = parameter.constraints
            if case .array = parameter.type, parameter.isRequired == true {
                lines.append("context.requireNonEmpty(\(member.name), at: \(path))")
            }
            if let maxCount = constraints.maxCount, case .array = parameter.type {
                lines.append("context.check(\(member.name), maxCount: \(maxCount), at: \(path))")
            }
            if parameter.type.isNumeric, constraints.minimum != nil || constraints.maximum != nil {
                let low = constraints.minimum.map { SwiftTypeMapper.literal($0, for: parameter.type) } ?? ""
                let high = constraints.maximum.map { SwiftTypeMapper.literal($0, for: parameter.type) } ?? ""
                let range = low.isEmpty ? "...\(high)" : high.isEmpty ? "\(low)..." : "\(low)...\(high)"
                lines.append("context.check(\(member.name), within: \(range), at: \(path))")
            }
            if !Set(parameter.type.referencedStructures).isDisjoint(with: validatedStructs) {
                lines.append("context.validate(\(member.name), at: \(path))")
            }
        }
        return lines
    }
}
