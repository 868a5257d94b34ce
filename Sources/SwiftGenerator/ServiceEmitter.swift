import DocModel

/// Emits the service type (`CLB`): configuration, client and call options.
struct ServiceEmitter {
    var service: Service
    var context: ServiceContext

    func emit(into writer: inout CodeWriter) {
        let typeName = context.serviceType
        let access = context.access
        writer.docComment(
            """
            The Tencent Cloud `\(service.name)` API, version \(service.version).

            Each action is a method taking its request value or the \
            request's members as arguments, and `region:`, the region of that one call (the service's region when \
            `nil`); it returns the action's response. Requests are validated, signed with TC3-HMAC-SHA256 and sent to \
            `https://\(service.host)` unless a region or endpoint says otherwise.
            """)
        writer.block("\(access) struct \(typeName): \(Constants.Conformance.service)") { writer in
            writer.line("/// The service's name, API version and default host.")
            let configuration = [service.name, service.version, service.host].map(StringLiteral.quoted)
            writer.line(
                "\(access) static let configuration = \(Constants.RuntimeType.serviceConfiguration)(name: \(configuration[0]), version: \(configuration[1]), host: \(configuration[2]))"
            )
            writer.line()
            writer.line(
                "/// The error thrown for every `Response.Error` the server returns: ``\(Constants.GeneratedType.serviceError)``."
            )
            writer.line(
                "\(access) typealias \(Constants.GeneratedType.serviceErrorAlias) = \(Constants.GeneratedType.serviceError)")
            writer.line()
            writer.line("/// The client that signs and sends requests.")
            writer.line("\(access) let client: \(Constants.RuntimeType.client)")
            writer.line()
            writer.line(
                "/// The options every call of this value uses (region, endpoint, timeout, language, headers, middleware).")
            writer.line("\(access) let options: \(Constants.RuntimeType.callOptions)")
            writer.line()
            writer.docComment(
                """
                Creates the service with `options`; ``with(_:)`` derives a copy with some changed.

                - Parameters:
                  - client: The client that signs and sends requests.
                  - options: The options of its calls.
                """)
            writer.block("\(access) init(client: \(Constants.RuntimeType.client), options: \(Constants.RuntimeType.callOptions))")
            {
                body in
                body.line("self.client = client")
                body.line("self.options = options")
            }
            writer.line()
            writer.docComment(
                """
                Creates the service.

                - Parameters:
                  - client: The client that signs and sends requests.
                  - region: The default region, such as `ap-guangzhou`.
                  - endpoint: A URL that replaces `https://\(service.host)`.
                """)
            writer.block("\(access) init(client: \(Constants.RuntimeType.client), region: String? = nil, endpoint: URL? = nil)") {
                body in
                body.line(
                    "self.init(client: client, options: \(Constants.RuntimeType.callOptions)(region: region, endpoint: endpoint))"
                )
            }
        }
    }
}
