import DocModel

/// The Swift name of every data structure of one service, chosen so that no struct shadows a Swift,
/// Foundation or runtime type, the service type, another generated type, or another struct.
///
/// A clashing name gets the suffix `Model` (`Error` → `ErrorModel`, `Data` → `DataModel`) until it is free.
struct TypeNameTable {
    /// Names a struct must not take: they would hide a type the generated code or its users rely on.
    static let reserved: Set<String> = [
        "Any", "AnyObject", "Array", "Bool", "Character", "Codable", "CodingKey", "CodingKeys", "Collection",
        "Comparable", "Data", "Date", "Decimal", "Decodable", "Dictionary", "Double", "Encodable", "Equatable",
        "Error", "Float", "Foundation", "Hashable", "Identifiable", "Int", "Int8", "Int16", "Int32", "Int64",
        "Never", "Optional", "Protocol", "Result", "Self", "Sendable", "Sequence", "Set", "String", "Substring",
        "Swift", "Task", "Type", "UInt", "UInt8", "UInt16", "UInt32", "UInt64", "URL", "UUID", "Void",
        Constants.Module.core, Constants.Conformance.model, Constants.Conformance.request, Constants.Conformance.response,
        Constants.Conformance.service, Constants.RuntimeType.client, Constants.RuntimeType.serviceConfiguration,
        Constants.RuntimeType.actionDescriptor,
        Constants.Validation.context, Constants.RuntimeType.indirect, Constants.Conformance.validatable,
        Constants.RuntimeType.error,
        Constants.RuntimeType.validationError, Constants.RuntimeType.validationProblem, Constants.RuntimeType.credentials,
        Constants.RuntimeType.credential, Constants.RuntimeType.timestamp,
        Constants.Conformance.enumeration, Constants.Conformance.serviceError, Constants.RuntimeType.paginator,
        Constants.RuntimeType.taskWaiter, Constants.RuntimeType.taskWaitError, "Duration", "Testing", "Test", "Suite",
    ]

    private var names: [String: String] = [:]
    /// Every type name in use at the module's top level.
    private(set) var taken: Set<String>

    /// Builds the table for `service`, whose module is `module` and whose service type is `serviceType`.
    init(service: Service, module: String, serviceType: String) {
        taken = Self.reserved
        taken.insert(module)
        taken.insert(serviceType)
        taken.insert(serviceType + Constants.GeneratedType.serviceErrorSuffix)
        for action in service.actions {
            taken.insert(Constants.GeneratedType.request(action.name))
            taken.insert(Constants.GeneratedType.response(action.name))
        }
        for definition in service.structs {
            var name = SwiftNaming.upperCamelCase(definition.name)
            while taken.contains(name) || SwiftKeywords.needsEscaping(name) { name += "Model" }
            taken.insert(name)
            names[definition.name] = name
        }
    }

    /// The Swift name of the struct `wireName` (the struct's own name when the table does not know it).
    func swiftName(_ wireName: String) -> String {
        names[wireName] ?? SwiftNaming.typeName(wireName)
    }
}
