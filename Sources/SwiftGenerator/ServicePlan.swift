import DocModel

/// The *translate* step for one service: every decision about its module, made once, as values. The emitters
/// (the *render* step, ``ServiceFilesEmitter``) only spell these plans out; they decide nothing.
struct ServicePlan {
    /// The service from the model.
    var service: Service
    /// The names it is generated under.
    var module: ModuleName
    /// Every type's members: Swift names, optionality, enumerations, `@Indirect`, validation rules.
    var context: ServiceContext
    /// The actions that get a paginator, and why those that look paged get none.
    var paginators: PaginatorEmitter.Plans
    /// How to wait for the service's tasks, when its pages allow it.
    var waiter: WaiterEmitter.Plan?
    /// The streaming actions' methods and event types, by action name.
    var streams: [String: StreamingPlan]
    /// The typed error's codes, with their Swift names.
    var errorCodes: [ServiceErrorEmitter.Code]
    /// The pages' examples that become tests.
    var examples: [ExampleTestEmitter.Case]
    /// Why other examples do not (warnings naming their pages).
    var diagnostics: [Diagnostic]

    /// Plans `service`'s module `module` with declarations of `access`.
    init(service: Service, module: ModuleName, access: AccessLevel) {
        self.service = service
        self.module = module
        context = ServiceContext(service: service, module: module.module, serviceType: module.serviceType, access: access)
        paginators = PaginatorEmitter.plans(service: service, context: context)
        waiter = WaiterEmitter.plan(service: service, context: context)
        let context = context
        streams = Dictionary(
            uniqueKeysWithValues: service.actions.compactMap { action in
                StreamingPlan.plan(for: action, context: context).map { (action.name, $0) }
            })
        errorCodes = ServiceErrorEmitter.codes(of: service)
        (examples, diagnostics) = ExampleTestEmitter.cases(service: service, context: context)
    }
}
