import DocModel

/// Emits `<Action>Request`: the action's input parameters.
struct RequestEmitter {
    var action: Action
    var context: ServiceContext
    var source: String

    func emit() -> String {
        var writer = CodeWriter()
        FileHeader.emit(into: &writer, source: source, imports: ["import \(RuntimeNames.coreModule)"])
        let method = SwiftNaming.methodName(action.name)
        writer.docComment("The input of ``\(context.serviceType)/\(method)(_:region:)``.")
        let body = TypeBodyEmitter(members: context.members(action.input), validation: context.validation, access: context.access)
        writer.block("\(context.access) struct \(action.name)Request: \(RuntimeNames.requestProtocol)") { writer in
            body.emitProperties(into: &writer)
            if !body.members.isEmpty { writer.line() }
            body.emitInitializer(into: &writer, summary: "Creates the input of `\(action.name)`.")
            body.emitValidation(into: &writer)
            body.emitCodingKeys(into: &writer)
        }
        return writer.source
    }
}
