import DocModel

/// The Swift name of every data structure of one service, chosen so that no struct hides a Swift, Foundation or
/// runtime type, the service type, another generated type, or another struct.
///
/// Every generated type is nested in its service (`CLB.Target`), so a struct named `Filter` in two services is
/// two types that never meet; but inside `extension CLB { … }`, in the generated code and in a user's own
/// extension of the service, a nested `CLB.Range` would hide `Swift.Range`. A clashing name gets the suffix
/// `Model` (`Error` → `ErrorModel`, `Data` → `DataModel`, `Operation` → `OperationModel`) until it is free.
struct TypeNameTable {
    /// Names a struct must not take: the platform's and the runtime's public type names (read from the compiled
    /// modules, ``platformNames``), the names the generated code nests in every service, and names the
    /// generated code spells without a module.
    static let reserved: Set<String> = platformNames.union([
        "Any", "AnyObject", "Self", "Protocol", "Type", "Foundation", "Swift", "Testing", "Test", "Suite",
        Constants.Module.core, Constants.Module.testing, Constants.GeneratedType.serviceError,
        Constants.GeneratedType.serviceErrorAlias, Constants.GeneratedType.codingKeys,
    ])

    private var names: [String: String] = [:]
    /// Every type name in use inside the service type.
    private(set) var taken: Set<String>

    /// Builds the table for `service`, whose module is `module` and whose service type is `serviceType`.
    init(service: Service, module: String, serviceType: String) {
        taken = Self.reserved
        taken.insert(module)
        taken.insert(serviceType)
        for action in service.actions {
            taken.insert(Constants.GeneratedType.request(action.name))
            taken.insert(Constants.GeneratedType.response(action.name))
            if action.streaming != .none { taken.insert(Constants.GeneratedType.event(action.name)) }
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
