/// Emits the parts shared by requests and data structures: stored properties, the memberwise initializer,
/// `validate(into:)` and `CodingKeys`.
struct TypeBodyEmitter {
    var members: [MemberPlan]
    var validation: ValidationPlanner
    /// The access keyword of the declarations.
    var access: String
    /// `var` for values users build, `let` for responses.
    var binding = "var"

    func emitProperties(into writer: inout CodeWriter) {
        guard !members.isEmpty else { return }
        writer.line("// MARK: Members")
        for member in members {
            writer.line()
            writer.docComment(member.parameter.description)
            let wrapper = member.isIndirect ? "@\(RuntimeNames.indirect) " : ""
            writer.line("\(wrapper)\(access) \(binding) \(member.name): \(member.declaredType)")
        }
    }

    func emitInitializer(into writer: inout CodeWriter, summary: String) {
        writer.line("// MARK: Initializer")
        writer.line()
        writer.docComment(summary)
        if !members.isEmpty {
            writer.line("///")
            writer.line("/// - Parameters:")
            for member in members {
                let first = DocCommentText.lines(member.parameter.description).first ?? member.parameter.name
                writer.line("///   - \(member.plainName): \(first)")
            }
        }
        let arguments = members.map { "\($0.name): \($0.declaredType)\($0.isOptional ? " = nil" : "")" }
        let header = "\(access) init(\(arguments.joined(separator: ", ")))"
        writer.block(header) { body in
            for member in members {
                body.line("self.\(member.name) = \(member.name)")
            }
        }
    }

    /// Emits `validate(into:)` when the page states something to check; otherwise nothing (the protocol's
    /// default does nothing).
    func emitValidation(into writer: inout CodeWriter) {
        let statements = validation.statements(for: members)
        guard !statements.isEmpty else { return }
        writer.line()
        writer.line("// MARK: Validation")
        writer.line()
        writer.docComment("Records every value that breaks what the doc page states.")
        writer.block("\(access) func \(RuntimeNames.validateMethod)") { body in
            for statement in statements { body.line(statement) }
        }
    }

    func emitCodingKeys(into writer: inout CodeWriter) {
        guard !members.isEmpty else { return }
        writer.line()
        writer.line("// MARK: Coding keys")
        writer.line()
        writer.block("enum \(RuntimeNames.codingKeys): String, CodingKey") { body in
            for member in members {
                body.line("case \(member.name) = \(StringLiteral.quoted(member.parameter.name))")
            }
        }
    }
}
