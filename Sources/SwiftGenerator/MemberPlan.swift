import DocModel

/// How one parameter becomes a stored property: its Swift name, type and optionality.
///
/// A value, kept in one shared box until a copy changes (copy on write): the emitters copy plans as they walk
/// them, and a copy of every field (the parameter's strings, arrays and enumeration among them) was a tenth of
/// the generator's time. What the planners change after planning (indirection, rules, optionality of a stream's
/// events) is settable.
struct MemberPlan {
    /// The parameter from the page.
    var parameter: Parameter {
        // Read in place: `member.parameter.name` must not copy the whole parameter out of the box.
        _read { yield storage.fields.parameter }
    }
    /// The property name, escaped if needed (`` `default` ``).
    var name: String { storage.fields.name }
    /// The name without backticks, for field paths.
    var plainName: String { storage.fields.plainName }
    /// The Swift type without `?`.
    var baseType: String { storage.fields.baseType }
    /// Whether the property is optional: the page does not require it, or says it may be null (a documented null
    /// must not fail decoding of the whole value, whatever the 必选 flag).
    var isOptional: Bool {
        get { storage.fields.isOptional }
        set { uniqueStorage().fields.isOptional = newValue }
    }
    /// Whether the initializer and the flattened method take the member as optional (defaulting to `nil`): the
    /// page does not require it. A required member that may be null is still passed as a value.
    var isOptionalArgument: Bool {
        get { storage.fields.isOptionalArgument }
        set { uniqueStorage().fields.isOptionalArgument = newValue }
    }
    /// Whether the property is stored with `@Indirect` (it closes a cycle of structs).
    var isIndirect: Bool {
        get { storage.fields.isIndirect }
        set { uniqueStorage().fields.isIndirect = newValue }
    }
    /// The service's enumeration the member's type is, when the page lists its values.
    var enumeration: EnumerationPlan? {
        _read { yield storage.fields.enumeration }
    }
    /// The checks `validate(into:)` makes on the member (set by the service's ``ValidationPlanner``).
    var rules: [ValidationRule] {
        get { storage.fields.rules }
        set { uniqueStorage().fields.rules = newValue }
    }

    private var storage: Storage

    /// A plan of `parameter`.
    init(
        parameter: Parameter, name: String, plainName: String, baseType: String, isOptional: Bool, isOptionalArgument: Bool,
        enumeration: EnumerationPlan? = nil
    ) {
        storage = Storage(
            Fields(
                parameter: parameter, name: name, plainName: plainName, baseType: baseType, isOptional: isOptional,
                isOptionalArgument: isOptionalArgument, enumeration: enumeration))
    }

    /// The storage, copied first when another plan shares it.
    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    /// What a plan holds (each property above reads one of these).
    private struct Fields {
        var parameter: Parameter
        var name: String
        var plainName: String
        var baseType: String
        var isOptional: Bool
        var isOptionalArgument: Bool
        var isIndirect = false
        var enumeration: EnumerationPlan?
        var rules: [ValidationRule] = []
    }

    /// The box the copies of a plan share.
    private final class Storage {
        var fields: Fields

        init(_ fields: Fields) { self.fields = fields }
    }

    /// The declared type (`String?` for an optional member).
    var declaredType: String { isOptional ? baseType + "?" : baseType }

    /// The type the initializer takes it as (`String` for a required member that may be null).
    var argumentType: String { isOptionalArgument ? baseType + "?" : baseType }

    /// The member as an argument of an initializer or a method: `name: Type`, `= nil` after an optional one.
    var argumentDeclaration: SourceLine {
        isOptionalArgument ? "\(name): \(argumentType) = nil" : "\(name): \(argumentType)"
    }

    /// Whether the page marks the member deprecated; it is then stored as ``storageName`` and offered through
    /// a deprecated computed property, so the generated code itself never uses a deprecated symbol.
    var isDeprecated: Bool { parameter.constraints.isDeprecated }

    /// The stored property's name: ``name``, or `_name` for a deprecated member.
    var storageName: String { isDeprecated ? "_" + plainName : name }

    /// Whether a member is passed as optional: the page says 否, or has no 必选 column and says it may be null.
    static func isOptionalArgument(_ parameter: Parameter) -> Bool {
        parameter.isRequired.map { !$0 } ?? parameter.constraints.isNullable
    }

    /// Whether a member is stored (and decoded) as optional: it is passed as optional, or may be null.
    static func isStoredOptional(_ parameter: Parameter) -> Bool {
        isOptionalArgument(parameter) || parameter.constraints.isNullable
    }

    /// Plans the members of a table. A member is passed as optional when the page says 否, or, where the table has
    /// no 必选 column, when the page says the value may be null; it is stored as optional also when it is required
    /// but may be null. Swift names that would collide get a suffix.
    static func plans(for parameters: [Parameter], names: TypeNameTable, enumerations: EnumerationTable) -> [MemberPlan] {
        var used: Set<String> = []
        used.reserveCapacity(parameters.count)
        return parameters.map { parameter in
            var plain = SwiftNaming.lowerCamelCase(parameter.name)
            if !used.insert(plain).inserted {
                var index = 2
                while used.contains("\(plain)\(index)") { index += 1 }
                plain = "\(plain)\(index)"
                used.insert(plain)
            }
            if parameter.constraints.isDeprecated { used.insert("_" + plain) }
            let optionalArgument = isOptionalArgument(parameter)
            let enumeration = enumerations.plan(for: parameter)
            var baseType = SwiftTypeMapper.swiftType(parameter.type, names: names)
            if let enumeration {
                baseType = parameter.type == .string ? enumeration.typeName : "[\(enumeration.typeName)]"
            }
            return MemberPlan(
                parameter: parameter,
                name: SwiftNaming.escaped(plain),
                plainName: plain,
                baseType: baseType,
                isOptional: isStoredOptional(parameter),
                isOptionalArgument: optionalArgument,
                enumeration: enumeration
            )
        }
    }
}
