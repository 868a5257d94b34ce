import DocModel

/// Emits a paginator for every action that pages in one of the API's three ways and returns exactly one list: an
/// `AsyncSequence` of the list's items (and, through `.pages`, of the responses).
///
/// - by offset: `Offset` and `Limit` in, `TotalCount` out when the page has it;
/// - by page number: `PageNumber`, `PageNo`, `PageIndex` or `Page`, with `PageSize` or `Limit`, in; `TotalCount`
///   or `Total` out when the page has it;
/// - by token: `NextToken`, `Cursor` or `ScrollId` in, and the same (or `Next…`) out.
///
/// An action that takes such members but whose shape is not one of these (two lists, no list, two ways at once)
/// gets no paginator, and its method's documentation says why (``Plans/notes``).
struct PaginatorEmitter {
    let context: ServiceContext
    /// The actions that get a paginator (``ServicePlan/paginators``).
    let plans: [Plan]

    /// How an action pages.
    enum Shape {
        case offset(offset: MemberPlan, totalCount: MemberPlan?)
        case pageNumber(page: MemberPlan, size: MemberPlan, firstPage: Int64, totalCount: MemberPlan?)
        case token(input: MemberPlan, output: MemberPlan)
    }

    /// What one paginator needs: the members it reads and writes.
    struct Plan {
        var action: Action
        var shape: Shape
        var items: MemberPlan
        /// The list's element type as seen from the service extension.
        var itemType: String
    }

    /// The paginators of a service, and the actions that look paged but get none, with the reason.
    struct Plans {
        var paginators: [Plan] = []
        /// Why an action that takes paging members gets no paginator, by action name.
        var notes: [String: String] = [:]
    }

    static let pageNumberNames = ["PageNumber", "PageNo", "PageIndex", "Page"]
    static let pageSizeNames = ["PageSize", Constants.Wire.limit]
    static let totalNames = [Constants.Wire.totalCount, "Total"]
    static let tokenNames = ["NextToken", "Cursor", "ScrollId"]

    /// The actions of `service` that get a paginator, and what each reads and writes.
    static func plans(service: Service, context: ServiceContext) -> Plans {
        var result = Plans()
        for action in service.actions {
            let input = context.inputMembers(of: action)
            let output = context.outputMembers(of: action)
            func member(_ members: [MemberPlan], _ names: [String], _ type: TypeReference) -> MemberPlan? {
                names.lazy.compactMap { name in
                    members.first { $0.parameter.name == name && $0.parameter.type == type && !$0.isDeprecated }
                }.first
            }
            var shapes: [Shape] = []
            if let offset = member(input, [Constants.Wire.offset], .integer),
                member(input, [Constants.Wire.limit], .integer) != nil
            {
                shapes.append(.offset(offset: offset, totalCount: member(output, [Constants.Wire.totalCount], .integer)))
            }
            if let page = member(input, pageNumberNames, .integer), let size = member(input, pageSizeNames, .integer) {
                let first = page.parameter.constraints.defaultValue.flatMap { Int64($0) } ?? 1
                shapes.append(
                    .pageNumber(page: page, size: size, firstPage: first, totalCount: member(output, totalNames, .integer)))
            }
            for name in tokenNames {
                guard let token = member(input, [name], .string) else { continue }
                if let next = member(output, [name, "Next" + name], .string) {
                    shapes.append(.token(input: token, output: next))
                } else {
                    result.notes[action.name] = "No paginator: the response hands no `\(name)` back."
                }
            }
            guard !shapes.isEmpty else { continue }
            let lists = output.filter { if case .array = $0.parameter.type { !$0.isDeprecated } else { false } }
            guard shapes.count == 1, lists.count == 1, let items = lists.first, case .array(let element) = items.parameter.type
            else {
                result.notes[action.name] =
                    shapes.count > 1
                    ? "No paginator: the action takes members of more than one way of paging."
                    : "No paginator: the response has \(lists.count == 0 ? "no list" : "\(lists.count) lists") to page through."
                continue
            }
            result.notes[action.name] = nil
            let itemType = items.enumeration?.typeName ?? SwiftTypeMapper.swiftType(element, names: context.names)
            result.paginators.append(Plan(action: action, shape: shapes[0], items: items, itemType: itemType))
        }
        return result
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

                    \(Self.iteration(plan.shape)) Use `.pages` for the whole responses.

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
                    for argument in Self.arguments(plan.shape) { call.line("    \(argument),") }
                    call.line("    items: { $0.\(plan.items.name)\(plan.items.isOptional ? " ?? []" : "") },")
                    call.line("    fetch: { try await self.\(method)($0, region: region) }")
                    call.line(")")
                }
            }
        }
    }

    /// How iteration goes, for the doc comment.
    private static func iteration(_ shape: Shape) -> String {
        switch shape {
        case .offset(let offset, let total):
            "Iteration starts at the request's `\(offset.plainName)`, asks for each next page after the items already "
                + "returned, and stops after an empty page\(total.map { " or at `\($0.plainName)`" } ?? "")."
        case .pageNumber(let page, let size, let first, let total):
            "Iteration starts at the request's `\(page.plainName)` (\(first) when it gives none), asks for the next "
                + "number each time, and stops after an empty page, a page shorter than `\(size.plainName)`"
                + "\(total.map { " or at `\($0.plainName)` items" } ?? "")."
        case .token(let input, let output):
            "Iteration starts at the request's `\(input.plainName)`, sends the `\(output.plainName)` each response "
                + "hands back, and stops when a response hands back none, an empty one or the one just sent."
        }
    }

    /// The arguments of the runtime paginator's initializer for `shape`, before `items` and `fetch`.
    private static func arguments(_ shape: Shape) -> [String] {
        func total(_ member: MemberPlan?) -> String {
            "totalCount: { \(member.map { "$0.\($0.name)" } ?? "_ in nil") }"
        }
        switch shape {
        case .offset(let offset, let totalCount):
            return ["offset: { $0.\(offset.name) }", "setOffset: { $0.\(offset.name) = $1 }", total(totalCount)]
        case .pageNumber(let page, let size, let first, let totalCount):
            return [
                "page: { $0.\(page.name) }", "setPage: { $0.\(page.name) = $1 }", "firstPage: \(first)",
                "pageSize: { $0.\(size.name) }", total(totalCount),
            ]
        case .token(let input, let output):
            return [
                "token: { $0.\(input.name) }", "setToken: { $0.\(input.name) = $1 }", "nextToken: { $0.\(output.name) }",
            ]
        }
    }
}
