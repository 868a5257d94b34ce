import Foundation
import LoopbackTestSupport
import NIOConcurrencyHelpers

@testable import TencentCloudCore

/// A request and response for runtime tests that need no generated module.
struct DemoRequest: TencentCloudRequest {
    var Name: String?
    var Items: [String]?
    var ClientToken: String?
    func encodeMembers(to container: TencentCloudMemberEncoder) throws {
        try container.encodeIfPresent(ClientToken, forKey: "ClientToken")
        try container.encodeIfPresent(Items, forKey: "Items")
        try container.encodeIfPresent(Name, forKey: "Name")
    }
}

struct DemoResponse: TencentCloudResponse {
    var RequestId: String
    var Count: Int64?
    var requestId: String { RequestId }
    func encodeMembers(to container: TencentCloudMemberEncoder) throws {
        try container.encodeIfPresent(Count, forKey: "Count")
        try container.encode(RequestId, forKey: "RequestId")
    }
}

enum Demo {
    static let service = ServiceConfiguration(name: "demo", version: "2020-01-01", host: "demo.tencentcloudapi.com")
    static let secretId = "AKIDDEMO0000000000000000000000000000"
    static let secretKey = "demo-secret-key-never-logged"
    static let token = "demo-session-token-never-logged"
    static let ok = #"{"Response":{"Count":1,"RequestId":"req-ok"}}"#
    static let throttled = #"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"slow down"},"RequestId":"req-t"}}"#

    static func configuration(_ change: (inout ClientConfiguration) -> Void = { _ in }) -> ClientConfiguration {
        var configuration = ClientConfiguration()
        configuration.retry = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(5), maxDelay: .milliseconds(20))
        change(&configuration)
        return configuration
    }

    static func client(_ configuration: ClientConfiguration = configuration(), token: String? = nil) -> TencentCloudClient {
        TencentCloudClient(
            credentials: .static(secretId: secretId, secretKey: secretKey, token: token), configuration: configuration)
    }

    static func call(
        _ client: TencentCloudClient, _ server: LoopbackServer, action: ActionDescriptor,
        request: DemoRequest = DemoRequest(Name: "x")
    ) async throws -> DemoResponse {
        try await client.send(
            request, action: action, service: service, options: CallOptions(region: "ap-guangzhou", endpoint: server.url))
    }

    /// A server that records every request and answers `ok` when its signature is valid, a throttling error otherwise.
    static func verifyingServer(recording seen: Recorder<RecordedRequest>) async throws -> LoopbackServer {
        try await LoopbackServer { request in
            seen.append(request)
            return .respond(status: 200, body: signatureIsValid(request) ? ok : throttled)
        }
    }

    /// Whether the request's Authorization is what the API would compute from what arrived.
    static func signatureIsValid(_ request: RecordedRequest, secretKey: String = secretKey, service: String = "demo") -> Bool {
        guard let timestamp = request.header("X-TC-Timestamp").flatMap(Int.init),
            let contentType = request.header("Content-Type"),
            let host = request.header("Host"), let authorization = request.header("Authorization"),
            let secretId = authorization.split(separator: "=").dropFirst().first?.split(separator: "/").first
        else { return false }
        let query = request.uri.split(separator: "?", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
        let input = TC3Signer.Input(
            method: request.method, query: query, headers: [("content-type", contentType), ("host", host)],
            payload: Array(request.body), timestamp: timestamp, service: service)
        return TC3Signer.sign(input, secretId: String(secretId), secretKey: secretKey).authorization == authorization
    }
}

/// A thread-safe list the responder closures append to.
final class Recorder<Value: Sendable>: Sendable {
    private let box = NIOLockedValueBox<[Value]>([])
    func append(_ value: Value) { box.withLockedValue { $0.append(value) } }
    var values: [Value] { box.withLockedValue { $0 } }
    var count: Int { box.withLockedValue { $0.count } }
}
