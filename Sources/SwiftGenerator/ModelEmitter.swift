import DocModel

/// Emits a data structure from a 数据结构 page as a Codable value type.
struct ModelEmitter {
    var definition: StructDefinition
    var context: ServiceContext

    func emit(into writer: inout CodeWriter) {
        let typeName = context.names.swiftName(definition.name)
        writer.docComment(definition.description.isEmpty ? "The `\(definition.name)` data structure." : definition.description)
        let body = TypeBodyEmitter(
            members: context.members(of: definition), access: context.access)
        writer.block("\(context.access) struct \(typeName): \(Constants.Conformance.model)") { writer in
            body.emitProperties(into: &writer)
            if !body.members.isEmpty { writer.line() }
            body.emitInitializer(into: &writer, summary: "Creates \(Self.article(for: typeName)) `\(typeName)`.")
            body.emitValidation(into: &writer)
            body.emitCoding(into: &writer)
        }
    }

    /// `an` before a name that starts with a vowel sound (`an InstanceInfo`, `an UpdateRule`), `a` otherwise
    /// (`a Target`, `a UserInfo`, `a UnitPrice`).
    static func article(for name: String) -> String {
        let lower = name.lowercased()
        guard let first = lower.first, "aeiou".contains(first) else { return "a" }
        return lower.hasPrefix("us") || lower.hasPrefix("uni") || lower.hasPrefix("uti") ? "a" : "an"
    }
}
