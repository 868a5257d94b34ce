import DocModel

/// Emits a paginator for every action that takes `Offset` and `Limit` and returns `TotalCount` with exactly one
/// list: an `AsyncSequence` of the list's items (and, through `.pages`, of the responses).
struct PaginatorEmitter {
    let context: ServiceContext
    /// The actions that get a paginator (``ServicePlan/paginators``).
    let plans: [Plan]

    /// What one paginator needs: the members it reads and writes.
    struct Plan {
        var action: Action
        var offset: MemberPlan
        var totalCount: MemberPlan
        var items: MemberPlan
        /// The list's element type as seen from the service extension.
        var itemType: String
    }

    /// The actions of `service` that get a paginator, and what each reads and writes.
    static func plans(service: Service, context: ServiceContext) -> [Plan] {
        service.actions.compactMap { action in
            let input = context.inputMembers(of: action)
            let output = context.outputMembers(of: action)
            func member(_ members: [MemberPlan], _ name: String) -> MemberPlan? {
                members.first { $0.parameter.name == name && $0.parameter.type == .integer && !$0.isDeprecated }
            }
            let lists = output.filter { if case .array = $0.parameter.type { true } else { false } }
            guard let offset = member(input, Constants.Wire.offset), member(input, Constants.Wire.limit) != nil,
                let total = member(output, Constants.Wire.totalCount), lists.count == 1, let items = lists.first,
                !items.isDeprecated, case .array(let element) = items.parameter.type
            else { return nil }
            let itemType = items.enumeration?.typeName ?? SwiftTypeMapper.swiftType(element, names: context.names)
            return Plan(action: action, offset: offset, totalCount: total, items: items, itemType: itemType)
        }
    }

    var hasPaginators: Bool { !plans.isEmpty }

    func emit(into writer: inout CodeWriter) {
        let access = context.access
        writer.block("extension \(context.serviceType)") { body in
            for (index, plan) in plans.enumerated() {
                let action = plan.action.name
                let method = SwiftNaming.methodName(action)
                if index > 0 { body.line() }
                body.line("// MARK: \(action)")
                body.line()
                body.docComment(
                    """
                    Every `\(plan.items.parameter.name)` item of ``\(method)(_:region:)``, page after page.

                    Iteration starts at the request's `\(plan.offset.plainName)`, asks for each next page after \
                    the items already returned, and stops after an empty page or at `\(plan.totalCount.plainName)`. \
                    Use `.pages` for the whole responses.

                    - Parameters:
                      - request: The first page's input.
                      - region: The region for these calls; the service's region when `nil`.
                    """)
                let request = Constants.GeneratedType.request(action)
                let type =
                    "\(Constants.RuntimeType.paginator)<\(request), \(Constants.GeneratedType.response(action)), \(plan.itemType)>"
                body.block("\(access) func \(method)Paginator(_ request: \(request), region: String? = nil) -> \(type)") {
                    call in
                    call.line("\(Constants.RuntimeType.paginator)(")
                    call.line("    request: request,")
                    call.line("    offset: { $0.\(plan.offset.name) },")
                    call.line("    setOffset: { $0.\(plan.offset.name) = $1 },")
                    call.line("    totalCount: { $0.\(plan.totalCount.name) },")
                    call.line("    items: { $0.\(plan.items.name)\(plan.items.isOptional ? " ?? []" : "") },")
                    call.line("    fetch: { try await self.\(method)($0, region: region) }")
                    call.line(")")
                }
            }
        }
    }
}
