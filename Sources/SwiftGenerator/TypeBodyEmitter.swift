/// Emits the parts shared by requests and data structures: stored properties, the memberwise initializer,
/// `validate(into:)` and the coding members.
struct TypeBodyEmitter {
    var members: [MemberPlan]
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
            let wrapper = member.isIndirect ? "@\(Constants.RuntimeType.indirect) " : ""
            guard member.isDeprecated else {
                writer.line("\(wrapper)\(access) \(binding) \(member.name): \(member.declaredType)")
                continue
            }
            let message =
                member.parameter.constraints.replacement.map {
                    "Use `\(SwiftNaming.lowerCamelCase($0))` instead."
                } ?? "The API documentation marks this member deprecated."
            writer.line("@available(*, deprecated, message: \(quoted: message))")
            if binding == "let" {
                writer.line("\(access) var \(member.name): \(member.declaredType) { \(member.storageName) }")
            } else {
                writer.block("\(access) var \(member.name): \(member.declaredType)") { accessor in
                    accessor.line("get { \(member.storageName) }")
                    accessor.line("set { \(member.storageName) = newValue }")
                }
            }
            writer.line()
            writer.line("\(wrapper)private \(binding) \(member.storageName): \(member.declaredType)")
        }
    }

    /// Emits the memberwise initializer, documented by `summary`: one line of fixed text and identifiers, which
    /// needs no cleaning.
    func emitInitializer(into writer: inout CodeWriter, summary: SourceLine) {
        writer.line("// MARK: Initializer")
        writer.line()
        // Each argument is documented once, on the property it sets.
        if members.isEmpty {
            writer.line("/// \(summary)")
        } else {
            writer.line("/// \(summary) Each argument sets the property of its name.")
        }
        writer.block("\(access) init(\(joined: members.map(\.argumentDeclaration), separator: ", "))") { body in
            for member in members {
                body.line("self.\(member.storageName) = \(member.name)")
            }
        }
    }

    /// Emits `validate(into:)` when the page states something to check; otherwise nothing (the protocol's
    /// default does nothing).
    func emitValidation(into writer: inout CodeWriter) {
        let statements = members.flatMap { member in
            member.rules.map { Self.statement($0, value: member.storageName, path: StringLiteral.quoted(member.plainName)) }
        }
        guard !statements.isEmpty else { return }
        writer.line()
        writer.line("// MARK: Validation")
        writer.line()
        writer.block("\(access) func \(Constants.Validation.method)") { body in
            for statement in statements { body.line(statement) }
        }
    }

    /// The call that makes `rule`'s check on the stored property `value`, reported at `path`.
    private static func statement(_ rule: ValidationRule, value: String, path: String) -> String {
        let context = Constants.Validation.contextArgument
        return switch rule {
        case .nonEmpty: "\(context).\(Constants.Validation.requireNonEmpty)(\(value), at: \(path))"
        case .maxCount(let count): "\(context).\(Constants.Validation.check)(\(value), maxCount: \(count), at: \(path))"
        case .known: "\(context).\(Constants.Validation.checkKnown)(\(value), at: \(path))"
        case .oneOf(let values):
            "\(context).\(Constants.Validation.check)(\(value), isOneOf: [\(values.map(String.init).joined(separator: ", "))], at: \(path))"
        case .range(let lower, let upper):
            "\(context).\(Constants.Validation.check)(\(value), within: \(lower?.literal ?? "")...\(upper?.literal ?? ""), at: \(path))"
        case .nested: "\(context).\(Constants.Validation.validate)(\(value), at: \(path))"
        }
    }

    /// Emits `init(from:)` and `encodeMembers(to:)` over the runtime's one coding key type, each member by its page
    /// name: written out rather than synthesized, since a `CodingKeys` enum per type (with its `RawRepresentable`,
    /// `CodingKey` and `Hashable` members) was most of what a service module compiled. An optional member is
    /// decoded if present and left out when `nil`, as synthesized coding does. `encodeMembers(to:)` is what the
    /// runtime's value protocol asks for (its `encode(to:)` calls it): it writes the members through the runtime's
    /// member encoder (straight into the body's bytes, without Codable's boxed keyed container), in their keys' byte
    /// order, the order `TencentCloudJSONEncoder` sends them in. A type without members writes none (an empty object)
    /// and keeps the synthesized `init(from:)`. Members are named through `self`, so one named `container` stays
    /// itself.
    func emitCoding(into writer: inout CodeWriter) {
        let key = Constants.RuntimeType.codingKey
        let encodeMembers: SourceLine =
            "\(access) func \(Constants.Coding.encodeMembers)(to container: \(Constants.RuntimeType.memberEncoder)) throws"
        writer.line()
        writer.line("// MARK: Coding")
        writer.line()
        guard !members.isEmpty else {
            writer.line("\(encodeMembers) {}")
            return
        }
        writer.block("\(access) init(from decoder: any Decoder) throws") { body in
            body.line("let container = try decoder.container(keyedBy: \(key).self)")
            for member in members {
                let decode = member.isOptional ? "decodeIfPresent" : "decode"
                body.line(
                    "self.\(member.storageName) = try container.\(decode)(\(member.baseType).self, forKey: \(quoted: member.parameter.name))"
                )
            }
        }
        writer.line()
        writer.block(encodeMembers) { body in
            // In the keys' byte order, the order of the JSON body, so the encoder never reorders them.
            for member in members.sorted(by: { $0.parameter.name.utf8Precedes($1.parameter.name) }) {
                let encode = member.isOptional ? "encodeIfPresent" : "encode"
                body.line(
                    "try container.\(encode)(self.\(member.storageName), forKey: \(quoted: member.parameter.name))"
                )
            }
        }
    }
}
