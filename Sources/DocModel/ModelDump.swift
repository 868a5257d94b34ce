/// The model in the JSON shape `docgen dump` prints (see `docs/IR-JSON.md` in the shared material).
///
/// Optional facts are left out when the page does not state them, so the dump stays readable.
public struct ModelDump: Encodable, Sendable {
    /// The services.
    public var services: [ServiceDump]

    /// Creates the dump of `model`.
    public init(_ model: APIModel) {
        services = model.services.map(ServiceDump.init)
    }

    /// One service.
    public struct ServiceDump: Encodable, Sendable {
        var name: String
        var version: String
        var host: String
        var actions: [ActionDump]
        var structs: [StructDump]

        init(_ service: Service) {
            name = service.name
            version = service.version
            host = service.host
            actions = service.actions.map(ActionDump.init)
            structs = service.structs.map(StructDump.init)
        }
    }

    /// One action.
    public struct ActionDump: Encodable, Sendable {
        var name: String
        var source: String
        var line: Int
        var host: String?
        var description: String
        var rateLimit: Int?
        var async: Bool
        var financialRegions: Bool
        var region: RegionRequirement
        var input: [ParameterDump]
        var output: [ParameterDump]
        var errors: [ErrorDump]
        var examples: [ExampleDump]

        init(_ action: Action) {
            name = action.name
            source = action.location.file
            line = action.location.line
            host = action.host
            description = action.description
            rateLimit = action.rateLimit
            async = action.isAsync
            financialRegions = action.supportsFinancialRegions
            region = action.region
            input = action.input.map(ParameterDump.init)
            output = action.output.map(ParameterDump.init)
            errors = action.errors.map(ErrorDump.init)
            examples = action.examples.map(ExampleDump.init)
        }
    }

    /// One parameter or struct member.
    public struct ParameterDump: Encodable, Sendable {
        var name: String
        var type: String
        var required: Bool?
        var description: String
        var location: String
        var nullable: Bool?
        var deprecated: Bool?
        var minimum: Double?
        var maximum: Double?
        var maxCount: Int?
        var `default`: String?
        var example: String?
        var values: [String]?
        var unit: String?
        var replacement: String?

        init(_ parameter: Parameter) {
            let constraints = parameter.constraints
            name = parameter.name
            type = parameter.type.irName
            required = parameter.isRequired
            description = parameter.description
            location = parameter.location.description
            nullable = constraints.isNullable ? true : nil
            deprecated = constraints.isDeprecated ? true : nil
            minimum = constraints.minimum?.doubleValue
            maximum = constraints.maximum?.doubleValue
            maxCount = constraints.maxCount
            `default` = constraints.defaultValue
            example = constraints.example
            values = constraints.allowedValues.isEmpty ? nil : constraints.allowedValues.map(\.value)
            unit = constraints.unit
            replacement = constraints.replacement
        }
    }

    /// One struct.
    public struct StructDump: Encodable, Sendable {
        var name: String
        var source: String
        var line: Int
        var description: String
        var members: [ParameterDump]

        init(_ definition: StructDefinition) {
            name = definition.name
            source = definition.location.file
            line = definition.location.line
            description = definition.description
            members = definition.members.map(ParameterDump.init)
        }
    }

    /// One error code.
    public struct ErrorDump: Encodable, Sendable {
        var code: String
        var description: String

        init(_ error: ErrorCode) {
            code = error.code
            description = error.description
        }
    }

    /// One example.
    public struct ExampleDump: Encodable, Sendable {
        var title: String
        var input: String?
        var output: String?

        init(_ example: Example) {
            title = example.title
            input = example.input
            output = example.output
        }
    }
}
