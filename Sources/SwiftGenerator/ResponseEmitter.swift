import DocModel

/// Emits `<Action>Response`: the action's output parameters, `requestId` always among them.
struct ResponseEmitter {
    var action: Action
    var context: ServiceContext

    /// The output parameters with `RequestId` added where the page leaves it out.
    static func outputs(of action: Action) -> [Parameter] {
        var output = action.output
        if !output.contains(where: { $0.name == RuntimeNames.requestIdWireName }) {
            output.append(
                Parameter(
                    name: RuntimeNames.requestIdWireName, type: .string, isRequired: nil,
                    description: "The unique ID of the request.", location: action.location))
        }
        return output
    }

    func emit(into writer: inout CodeWriter) {
        let method = SwiftNaming.methodName(action.name)
        let typeName = action.name + "Response"
        writer.docComment("The output of ``\(context.serviceType)/\(method)(_:region:)``.")
        let body = TypeBodyEmitter(
            members: context.outputMembers(of: action), validation: context.validation,
            access: context.access, binding: "let")
        writer.block("\(context.access) struct \(typeName): \(RuntimeNames.responseProtocol)") { writer in
            body.emitProperties(into: &writer)
            body.emitEnumerations(into: &writer)
            body.emitCodingKeys(into: &writer)
        }
    }
}
