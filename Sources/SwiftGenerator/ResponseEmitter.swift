import DocModel

/// Emits `<Action>Response`: the action's output parameters, `requestId` always among them, and a memberwise
/// initializer (for consumers' tests).
struct ResponseEmitter {
    var action: Action
    var context: ServiceContext
    /// The action's stream, when it has one: its event type follows the response.
    var streaming: StreamingPlan? = nil

    func emit(into writer: inout CodeWriter) {
        let method = SwiftNaming.methodName(action.name)
        let typeName = Constants.GeneratedType.response(action.name)
        writer.line("/// The output of ``\(context.serviceType)/\(method)(_:region:)``.")
        let body = TypeBodyEmitter(
            members: context.outputMembers(of: action), access: context.access, binding: "let")
        writer.block("\(context.access) struct \(typeName): \(Constants.Conformance.response)") { writer in
            body.emitProperties(into: &writer)
            writer.line()
            body.emitInitializer(into: &writer, summary: "Creates the output of `\(action.name)`, as a test's stub answers with.")
            body.emitCoding(into: &writer)
        }
        guard let streaming else { return }
        writer.line()
        writer.docComment(
            "One event of ``\(context.serviceType)/\(method)\(Constants.GeneratedType.streamMethodSuffix)(_:region:)``: the "
                + "output's members an event carries (the request ID is the stream's).")
        let event = TypeBodyEmitter(members: streaming.eventMembers, access: context.access, binding: "let")
        let eventType = Constants.GeneratedType.event(action.name)
        writer.block("\(context.access) struct \(eventType): \(Constants.Conformance.event)") { writer in
            event.emitProperties(into: &writer)
            if !event.members.isEmpty { writer.line() }
            event.emitInitializer(into: &writer, summary: "Creates an event of `\(action.name)`, as a test's stub streams.")
            event.emitCoding(into: &writer)
        }
    }
}
