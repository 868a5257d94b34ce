import Foundation

/// A request encoded once, before any attempt: where it goes and what it carries.
struct PreparedRequest: Sendable {
    var method: ClientConfiguration.Method
    /// `https`, or the scheme of an endpoint set by the caller.
    var scheme: String
    /// The Host header: the host, with the port when it is not the scheme's default.
    var host: String
    /// `/`, or an endpoint's path, with the GET query.
    var path: String
    var body: [UInt8]
    var contentType: String
    var region: String?
}

/// Encodes a request for the wire: POST JSON or GET query, a `ClientToken` where the action takes one, the
/// endpoint, and the size limits.
enum RequestPreparation {
    static func prepare(
        _ request: some Encodable, action: ActionDescriptor, service: ServiceConfiguration, region: String?, endpoint: URL?,
        configuration: ClientConfiguration
    ) throws -> PreparedRequest {
        let base = try Endpoint.url(for: service, region: region, override: endpoint, style: configuration.endpointStyle)
        guard let host = Endpoint.hostHeader(of: base) else {
            throw TencentCloudError.invalidRequest("endpoint \(base) has no host")
        }
        let scheme = base.scheme ?? "https"
        let path = Endpoint.path(of: base)
        let sentRegion = action.region == .notNeeded ? nil : region.flatMap { $0.isEmpty ? nil : $0 }
        switch configuration.method {
        case .post:
            var body = try jsonBody(request)
            if action.hasClientToken {
                body = try addingClientToken(to: body)
            }
            guard body.count <= ClientConfiguration.maximumBodyBytes else {
                throw TencentCloudError.requestTooLarge(size: body.count, limit: ClientConfiguration.maximumBodyBytes)
            }
            return PreparedRequest(
                method: .post, scheme: scheme, host: host, path: path, body: body,
                contentType: "application/json; charset=utf-8", region: sentRegion)
        case .get:
            var items = try QueryEncoding.items(of: request)
            if action.hasClientToken && !items.contains(where: { $0.0 == "ClientToken" }) {
                items.append(("ClientToken", UUID().uuidString))
            }
            let query = QueryEncoding.formEncoded(items)
            guard query.utf8.count <= ClientConfiguration.maximumQueryBytes else {
                throw TencentCloudError.requestTooLarge(size: query.utf8.count, limit: ClientConfiguration.maximumQueryBytes)
            }
            return PreparedRequest(
                method: .get, scheme: scheme, host: host, path: path + "?" + query, body: [],
                contentType: "application/x-www-form-urlencoded", region: sentRegion)
        }
    }

    /// The JSON body of `request`; a generated request (a ``TencentCloudValue``) has its members written straight
    /// into it.
    static func jsonBody(_ request: some Encodable) throws -> [UInt8] {
        func objectBody(_ value: some TencentCloudValue) throws -> [UInt8] { try TencentCloudJSONEncoder().encode(value) }
        if let value = request as? any TencentCloudValue { return try objectBody(value) }
        return try TencentCloudJSONEncoder().encode(request)
    }

    /// The body with a fresh `ClientToken` when it has none; the same body is then sent on every retry.
    static func addingClientToken(to body: [UInt8]) throws -> [UInt8] {
        guard var object = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any], object["ClientToken"] == nil
        else {
            return body
        }
        object["ClientToken"] = UUID().uuidString
        return Array(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
    }
}
