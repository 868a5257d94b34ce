import DocModel

/// Emits `<Action>Response`: the action's output parameters, `requestId` always among them, and a memberwise
/// initializer (for consumers' tests).
struct ResponseEmitter {
    var action: Action
    var context: ServiceContext

    func emit(into writer: inout CodeWriter) {
        let method = SwiftNaming.methodName(action.name)
        let typeName = Constants.GeneratedType.response(action.name)
        writer.docComment("The output of ``\(context.serviceType)/\(method)(_:region:)``.")
        let body = TypeBodyEmitter(
            members: context.outputMembers(of: action), access: context.access, binding: "let")
        writer.block("\(context.access) struct \(typeName): \(Constants.Conformance.response)") { writer in
            body.emitProperties(into: &writer)
            writer.line()
            body.emitInitializer(into: &writer, summary: "Creates the output of `\(action.name)`, as a test's stub answers with.")
            body.emitCodingKeys(into: &writer)
        }
    }
}
