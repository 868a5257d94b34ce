import DocModel

/// Emits the module's DocC catalog page: an overview and every generated symbol, grouped.
struct CatalogEmitter {
    var service: Service
    var module: String
    var context: ServiceContext
    /// The streaming actions (``ServicePlan/streams``), in the service's order.
    var streams: [StreamingPlan] = []

    func emit() -> String {
        let serviceType = context.serviceType
        var lines = [
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
        if !service.actions.isEmpty {
            lines += ["", "### Actions", ""]
            lines += service.actions.map { "- ``\(serviceType)/\(SwiftNaming.lowerCamelCase($0.name))(_:region:)``" }
            lines += ["", "### Requests and responses", ""]
            lines += service.actions.flatMap {
                [
                    "- ``\(serviceType)/\(Constants.GeneratedType.request($0.name))``",
                    "- ``\(serviceType)/\(Constants.GeneratedType.response($0.name))``",
                ]
            }
        }
        if !streams.isEmpty {
            lines += ["", "### Streaming", ""]
            lines += streams.flatMap { plan in
                [
                    "- ``\(serviceType)/\(SwiftNaming.methodName(plan.action.name))\(Constants.GeneratedType.streamMethodSuffix)(_:region:)``",
                    "- ``\(serviceType)/\(Constants.GeneratedType.event(plan.action.name))``",
                ]
            }
        }
        if !service.structs.isEmpty {
            lines += ["", "### Data structures", ""]
            lines += service.structs.map { "- ``\(serviceType)/\(context.names.swiftName($0.name))``" }
        }
        if !context.enumerations.all.isEmpty {
            lines += ["", "### Enumerations", ""]
            lines += context.enumerations.all.map { "- ``\(serviceType)/\($0.typeName)``" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
