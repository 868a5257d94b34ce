import DocModel

/// Emits the module's DocC catalog page: an overview and every generated symbol, grouped.
struct CatalogEmitter {
    var service: Service
    var module: String
    var context: ServiceContext
    /// The streaming actions (``ServicePlan/streams``), in the service's order.
    var streams: [StreamingPlan] = []

    func emit(into writer: inout CodeWriter) {
        let serviceType = context.serviceType
        let head: [SourceLine] = [
            "# ``\(module)``",
            "",
            "The Tencent Cloud `\(service.name)` API, version \(service.version), generated from its doc pages.",
            "",
            "## Overview",
            "",
            "``\(serviceType)`` pairs a `TencentCloudClient` with a region; each action is a method on it, taking",
            "either its request type or the request's members as arguments. Requests are validated against what the",
            "doc pages state before they are signed and sent to `https://\(service.host)`.",
            "",
            "```swift",
            "import \(module)",
            "",
            "let client = TencentCloudClient(credentials: .environment)",
            "let service = \(serviceType)(client: client, region: \"ap-guangzhou\")",
            "```",
            "",
            "## Topics",
            "",
            "### Service",
            "",
            "- ``\(serviceType)``",
            "- ``\(serviceType)/\(Constants.GeneratedType.serviceError)``",
        ]
        for line in head { writer.line(line) }
        /// A group's heading, a blank line either side.
        func topic(_ heading: SourceLine) {
            writer.line()
            writer.line(heading)
            writer.line()
        }
        if !service.actions.isEmpty {
            topic("### Actions")
            for action in service.actions {
                writer.line("- ``\(serviceType)/\(SwiftNaming.lowerCamelCase(action.name))(_:region:)``")
            }
            topic("### Requests and responses")
            for action in service.actions {
                writer.line("- ``\(serviceType)/\(Constants.GeneratedType.request(action.name))``")
                writer.line("- ``\(serviceType)/\(Constants.GeneratedType.response(action.name))``")
            }
        }
        if !streams.isEmpty {
            topic("### Streaming")
            for plan in streams {
                let method = SwiftNaming.methodName(plan.action.name)
                writer.line("- ``\(serviceType)/\(method)\(Constants.GeneratedType.streamMethodSuffix)(_:region:)``")
                writer.line("- ``\(serviceType)/\(Constants.GeneratedType.event(plan.action.name))``")
            }
        }
        if !service.structs.isEmpty {
            topic("### Data structures")
            for definition in service.structs { writer.line("- ``\(serviceType)/\(context.names.swiftName(definition.name))``") }
        }
        if !context.enumerations.all.isEmpty {
            topic("### Enumerations")
            for enumeration in context.enumerations.all { writer.line("- ``\(serviceType)/\(enumeration.typeName)``") }
        }
    }
}
