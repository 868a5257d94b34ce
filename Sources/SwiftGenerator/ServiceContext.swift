import DocModel

/// What every emitter of one service needs to know about the service as a whole.
struct ServiceContext {
    /// The service type's name (`CLB`).
    var serviceType: String
    /// The Swift names of the service's structs.
    var names: TypeNameTable
    /// The service's enumeration types, one per distinct set of listed values.
    var enumerations: EnumerationTable
    /// Which structs `validate(into:)` has something to check in.
    var validation: ValidationPlanner
    /// The access keyword of generated declarations (`public`).
    var access: String

    /// The member plans of each action's request and response, by action name, and of each struct, by wire
    /// name: planned once, validation rules included.
    private var inputPlans: [String: [MemberPlan]] = [:]
    private var outputPlans: [String: [MemberPlan]] = [:]
    private var structPlans: [String: [MemberPlan]] = [:]

    /// The service's typed error as code outside the service names it (`CLB.Error`).
    var errorType: String { qualified(Constants.GeneratedType.serviceError) }

    /// `typeName`, a type nested in the service, as code outside the service names it (`CLB.Target`).
    func qualified(_ typeName: String) -> String { "\(serviceType).\(typeName)" }

    init(service: Service, module: String, serviceType: String, access: AccessLevel = .public) {
        self.access = access.rawValue
        self.serviceType = serviceType
        names = TypeNameTable(service: service, module: module, serviceType: serviceType)
        let names = names
        var members = service.structs.map { (owner: names.swiftName($0.name), parameters: $0.members) }
        for action in service.actions {
            members.append((Constants.GeneratedType.request(action.name), action.input))
            members.append((Constants.GeneratedType.response(action.name), action.output))
        }
        enumerations = EnumerationTable(members: members, taken: names.taken)
        let indirectMembers = RecursionAnalyzer.indirectMembers(in: service.structs)
        for definition in service.structs {
            var plans = MemberPlan.plans(for: definition.members, names: names, enumerations: enumerations)
            // Most services have no recursive struct: then no member's path is made.
            for index in plans.indices
            where !indirectMembers.isEmpty && indirectMembers.contains("\(definition.name).\(plans[index].parameter.name)") {
                plans[index].isIndirect = true
            }
            structPlans[definition.name] = plans
        }
        validation = ValidationPlanner(structMembers: structPlans)
        for (name, plans) in structPlans { structPlans[name] = validation.applyingRules(to: plans) }
        for action in service.actions {
            inputPlans[action.name] = validation.applyingRules(
                to: MemberPlan.plans(for: action.input, names: names, enumerations: enumerations))
            outputPlans[action.name] = MemberPlan.plans(
                for: Self.outputs(of: action), names: names, enumerations: enumerations)
        }
    }

    /// The output parameters of `action` with `RequestId` added where the page leaves it out: every response
    /// has one.
    private static func outputs(of action: Action) -> [Parameter] {
        var output = action.output
        if !output.contains(where: { $0.name == Constants.Wire.requestId }) {
            output.append(
                Parameter(
                    name: Constants.Wire.requestId, type: .string, isRequired: nil,
                    description: "The unique ID of the request.", location: action.location))
        }
        return output
    }

    /// The members of `action`'s request type.
    func inputMembers(of action: Action) -> [MemberPlan] { inputPlans[action.name] ?? [] }

    /// The members of `action`'s response type, `requestId` included.
    func outputMembers(of action: Action) -> [MemberPlan] { outputPlans[action.name] ?? [] }

    /// The members of the struct `definition`.
    func members(of definition: StructDefinition) -> [MemberPlan] { structPlans[definition.name] ?? [] }
}
