import DocModel

/// Emits the service type (`CLB`): configuration, client, region and endpoint.
struct ServiceEmitter {
    var service: Service
    var context: ServiceContext

    func emit(into writer: inout CodeWriter) {
        let typeName = context.serviceType
        let access = context.access
        writer.docComment(
            """
            The Tencent Cloud `\(service.name)` API, version \(service.version).

            Each action is a method; requests are validated, signed with TC3-HMAC-SHA256 and sent to \
            `https://\(service.host)` unless a region or endpoint says otherwise.
            """)
        writer.block("\(access) struct \(typeName): \(Constants.Conformance.service)") { writer in
            writer.line("/// The service's name, API version and default host.")
            let configuration = [service.name, service.version, service.host].map(StringLiteral.quoted)
            writer.line(
                "\(access) static let configuration = \(Constants.RuntimeType.serviceConfiguration)(name: \(configuration[0]), version: \(configuration[1]), host: \(configuration[2]))"
            )
            writer.line()
            writer.line("/// The error thrown for every `Response.Error` the server returns.")
            writer.line("\(access) typealias ServiceError = \(context.errorType)")
            writer.line()
            writer.line("/// The client that signs and sends requests.")
            writer.line("\(access) let client: \(Constants.RuntimeType.client)")
            writer.line()
            writer.line("/// The region requests go to unless a call names another.")
            writer.line("\(access) let region: String?")
            writer.line()
            writer.line("/// A URL that replaces the service's host (a proxy or a test server).")
            writer.line("\(access) let endpoint: URL?")
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
                body.line("self.client = client")
                body.line("self.region = region")
                body.line("self.endpoint = endpoint")
            }
        }
    }
}
