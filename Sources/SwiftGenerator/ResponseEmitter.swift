import DocModel

/// Emits `<Action>Response`: the action's output parameters, `requestId` always among them.
struct ResponseEmitter {
    var action: Action
    var context: ServiceContext
    var source: String

    func emit() -> String {
        var writer = CodeWriter()
        FileHeader.emit(into: &writer, source: source, imports: ["import \(RuntimeNames.coreModule)"])
        let method = SwiftNaming.methodName(action.name)
        var output = action.output
        if !output.contains(where: { $0.name == RuntimeNames.requestIdWireName }) {
            output.append(
                Parameter(
                    name: RuntimeNames.requestIdWireName, type: .string, isRequired: nil,
                    description: "The unique ID of the request.", location: action.location))
        }
        writer.docComment("The output of ``\(context.serviceType)/\(method)(_:region:)``.")
        let body = TypeBodyEmitter(
            members: context.members(output), validation: context.validation, access: context.access, binding: "let")
        writer.block("\(context.access) struct \(action.name)Response: \(RuntimeNames.responseProtocol)") { writer in
            body.emitProperties(into: &writer)
            body.emitCodingKeys(into: &writer)
        }
        return writer.source
    }
}
