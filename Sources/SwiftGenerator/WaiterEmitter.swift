import DocModel

/// Emits `waitForTask` for a service that documents `DescribeTaskStatus`, and `<action>AndWait` for each of its
/// actions the pages call asynchronous (异步接口).
///
/// The task's state is read from the output's `Status` values by the outcome the parser read from their
/// descriptions (``AllowedValue/Outcome``): a success ends well, a failure ends badly, anything else is running.
struct WaiterEmitter {
    let context: ServiceContext
    /// What polling needs (``ServicePlan/waiter``); `nil` when the service cannot wait for tasks.
    let plan: Plan?

    /// What polling needs.
    struct Plan {
        var statusAction: Action
        var taskId: MemberPlan
        var status: MemberPlan
        var message: MemberPlan?
        var succeeded: [String]
        var failed: [String]
        /// The asynchronous actions that get `<action>AndWait`, each with the response member naming its task
        /// (`nil`: the request id names it).
        var waitingActions: [(action: Action, taskId: MemberPlan?)] = []
    }

    /// What waiting for `service`'s tasks needs, or `nil` when its pages do not allow it.
    static func plan(service: Service, context: ServiceContext) -> Plan? {
        guard let action = service.actions.first(where: { $0.name == Constants.Wire.taskStatusAction }) else { return nil }
        let input = context.inputMembers(of: action)
        let output = context.outputMembers(of: action)
        guard let taskId = input.first(where: { $0.parameter.name == Constants.Wire.taskId && !$0.isDeprecated }),
            taskId.parameter.type == .string || taskId.parameter.type == .integer,
            !input.contains(where: { !$0.isOptionalArgument && $0.parameter.name != Constants.Wire.taskId }),
            let status = output.first(where: { $0.parameter.name == Constants.Wire.status && !$0.isDeprecated }),
            status.parameter.type == .integer || status.enumeration != nil
        else { return nil }
        var succeeded: [String] = []
        var failed: [String] = []
        for value in status.parameter.constraints.allowedValues {
            let literal = status.parameter.type == .integer ? value.value : StringLiteral.quoted(value.value)
            if status.parameter.type == .integer, Int64(value.value) == nil { return nil }
            switch value.outcome {
            case .failure: failed.append(literal)
            case .success: succeeded.append(literal)
            case nil: break
            }
        }
        guard !succeeded.isEmpty, !failed.isEmpty else { return nil }
        let message = output.first {
            ["Message", "ErrorMsg", "ErrMsg", "Reason"].contains($0.parameter.name) && $0.parameter.type == .string
                && !$0.isDeprecated && $0.enumeration == nil
        }
        var plan = Plan(
            statusAction: action, taskId: taskId, status: status, message: message, succeeded: succeeded, failed: failed)
        for action in service.actions where action.isAsync {
            let output = context.outputMembers(of: action)
            if let member = output.first(where: { $0.parameter.name == Constants.Wire.taskId }),
                member.parameter.type == taskId.parameter.type, !member.isOptional, !member.isDeprecated
            {
                plan.waitingActions.append((action, member))
            } else if taskId.parameter.type == .string {
                plan.waitingActions.append((action, nil))
            }
        }
        return plan
    }

    var hasWaiters: Bool { plan != nil }

    func emit(into writer: inout CodeWriter) {
        guard let plan else { return }
        let access = context.access
        let idType = plan.taskId.baseType
        let statusMethod = SwiftNaming.methodName(plan.statusAction.name)
        writer.block("extension \(context.serviceType)") { body in
            body.line("// MARK: Tasks")
            body.line()
            body.docComment(
                """
                Waits until the asynchronous task `taskId` ends, polling ``\(statusMethod)(_:region:)`` with backoff.

                - Parameters:
                  - taskId: The task, as the asynchronous action returned it.
                  - region: The region for these calls; the service's region when `nil`.
                  - waiter: How often and how long to poll.
                - Throws: `TaskWaitError.failed` with the task's message when it fails, `TaskWaitError.timedOut` when \
                it is still running after the waiter's timeout, `CancellationError` when the calling task is cancelled.
                """)
            body.block(
                "\(access) func waitForTask(_ taskId: \(idType), region: String? = nil, waiter: \(Constants.RuntimeType.taskWaiter) = \(Constants.RuntimeType.taskWaiter)()) async throws"
            ) { function in
                function.block("try await waiter.wait(taskId: String(taskId))") { poll in
                    let request =
                        "\(Constants.GeneratedType.request(plan.statusAction.name))(\(SwiftNaming.argumentLabel(plan.taskId.plainName)): taskId)"
                    poll.line("let response = try await self.\(statusMethod)(\(request), region: region)")
                    let subject =
                        plan.status.enumeration == nil
                        ? "response.\(plan.status.name)"
                        : "response.\(plan.status.name)\(plan.status.isOptional ? "?" : "").rawValue"
                    let optional = plan.status.isOptional ? "?" : ""
                    let message = plan.message.map { "response.\($0.name)\($0.isOptional ? " ?? \"\"" : "")" } ?? "\"\""
                    poll.line("switch \(subject) {")
                    poll.line(
                        "case \(plan.succeeded.map { $0 + optional }.joined(separator: ", ")): return .\(Constants.TaskState.succeeded)"
                    )
                    poll.line(
                        "case \(plan.failed.map { $0 + optional }.joined(separator: ", ")): return .\(Constants.TaskState.failed)(message: \(message))"
                    )
                    poll.line("default: return .\(Constants.TaskState.running)")
                    poll.line("}")
                }
            }
            for (action, member) in plan.waitingActions {
                let taskId = member.map { "response.\($0.name)" } ?? "response.requestId"
                let method = SwiftNaming.methodName(action.name)
                body.line()
                body.line("// MARK: \(action.name)")
                body.line()
                body.docComment(
                    """
                    Calls ``\(method)(_:region:)`` and waits until the task it starts ends.

                    - Parameters:
                      - request: The action's input.
                      - region: The region for these calls; the service's region when `nil`.
                      - waiter: How often and how long to poll.
                    - Returns: The action's output, once its task has succeeded.
                    """)
                body.line("@discardableResult")
                body.block(
                    "\(access) func \(method)AndWait(_ request: \(Constants.GeneratedType.request(action.name)), region: String? = nil, waiter: \(Constants.RuntimeType.taskWaiter) = \(Constants.RuntimeType.taskWaiter)()) async throws -> \(Constants.GeneratedType.response(action.name))"
                ) { function in
                    function.line("let response = try await self.\(method)(request, region: region)")
                    function.line("try await self.waitForTask(\(taskId), region: region, waiter: waiter)")
                    function.line("return response")
                }
            }
        }
    }
}
