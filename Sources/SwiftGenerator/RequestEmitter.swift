import DocModel

/// Emits `<Action>Request`: the action's input parameters.
struct RequestEmitter {
    var action: Action
    var context: ServiceContext

    func emit(into writer: inout CodeWriter) {
        let method = SwiftNaming.methodName(action.name)
        let typeName = Constants.GeneratedType.request(action.name)
        writer.line("/// The input of ``\(context.serviceType)/\(method)(_:region:)``.")
        let body = TypeBodyEmitter(
            members: context.inputMembers(of: action), access: context.access)
        writer.block("\(context.access) struct \(typeName): \(Constants.Conformance.request)") { writer in
            body.emitProperties(into: &writer)
            if !body.members.isEmpty { writer.line() }
            body.emitInitializer(into: &writer, summary: "Creates the input of `\(action.name)`.")
            body.emitValidation(into: &writer)
            body.emitCoding(into: &writer)
        }
    }
}
