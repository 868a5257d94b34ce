import DocModel

/// What every emitter of one service needs to know about the service as a whole.
struct ServiceContext {
    /// The service type's name (`CLB`).
    var serviceType: String
    /// The Swift names of the service's structs.
    var names: TypeNameTable
    /// Which checks `validate(into:)` makes.
    var validation: ValidationPlanner
    /// `"Struct.Member"` keys of members stored with `@Indirect`.
    var indirectMembers: Set<String>
    /// The access keyword of generated declarations (`public`).
    var access: String

    /// The member plans of each action's request and response, by action name, planned once.
    private var inputPlans: [String: [MemberPlan]] = [:]
    private var outputPlans: [String: [MemberPlan]] = [:]

    /// The service's typed error (`CLBError`).
    var errorType: String { serviceType + RuntimeNames.serviceErrorSuffix }

    init(service: Service, module: String, serviceType: String, access: AccessLevel = .public) {
        self.access = access.rawValue
        self.serviceType = serviceType
        names = TypeNameTable(service: service, module: module, serviceType: serviceType)
        validation = ValidationPlanner(structs: service.structs)
        indirectMembers = RecursionAnalyzer.indirectMembers(in: service.structs)
        for action in service.actions {
            inputPlans[action.name] = members(action.input, ownerType: action.name + "Request")
            outputPlans[action.name] = members(ResponseEmitter.outputs(of: action), ownerType: action.name + "Response")
        }
    }

    /// The members of `action`'s request type.
    func inputMembers(of action: Action) -> [MemberPlan] {
        inputPlans[action.name] ?? members(action.input, ownerType: action.name + "Request")
    }

    /// The members of `action`'s response type, `requestId` included.
    func outputMembers(of action: Action) -> [MemberPlan] {
        outputPlans[action.name] ?? members(ResponseEmitter.outputs(of: action), ownerType: action.name + "Response")
    }

    /// The member plans of `parameters` in the type `ownerType`; `owner` is a struct's wire name, for indirect
    /// storage.
    func members(_ parameters: [Parameter], ownerType: String, owner: String? = nil) -> [MemberPlan] {
        var plans = MemberPlan.plans(for: parameters, names: names, owner: ownerType)
        if let owner {
            for index in plans.indices where indirectMembers.contains("\(owner).\(plans[index].parameter.name)") {
                plans[index].isIndirect = true
            }
        }
        return plans
    }
}
