import Foundation
import HTTPTypes
import NIOConcurrencyHelpers
import TencentCloudCore

/// A transport that never touches the network: it records every request and answers each action as told, so code
/// that calls a generated service can be unit-tested.
///
/// ```swift
/// let transport = InMemoryTransport()
/// transport.answer("DescribeLoadBalancers", with: .json(#"{"TotalCount": 0, "LoadBalancerSet": []}"#))
/// let client = TencentCloudClient(credentials: .static(secretId: "id", secretKey: "key"), transport: transport)
/// let clb = CLB(client: client, region: "ap-guangzhou")
/// let response = try await clb.describeLoadBalancers()
/// #expect(transport.requests.map(\.action) == ["DescribeLoadBalancers"])
/// ```
///
/// Requests pass through the client as they would on the wire (validation, signing, retries, middleware), so the
/// answer a test gives is decoded by the real response types.
public final class InMemoryTransport: TencentCloudTransport {
    /// How an action is answered.
    public enum Answer: Sendable {
        /// The members of the `Response` object, as JSON text (`{"TotalCount": 0}`); a `RequestId` is added when
        /// there is none.
        case json(String)
        /// A value encoded as the `Response` object; a `RequestId` is added when there is none.
        case response(any Encodable & Sendable)
        /// The service's error: `{"Response": {"Error": {"Code": …, "Message": …}}}`.
        case serviceError(code: String, message: String = "")
        /// An HTTP answer as it is: status, content type and body.
        case http(status: Int, contentType: String = "application/json", body: String)
        /// The exchange fails with `error` (a `TransportError` to test failover and retries).
        case failure(any Error)
        /// The answer, after `delay`; a delay longer than the call's timeout ends in a `TransportError` of kind
        /// `timeout` when the timeout has passed, and cancellation ends the wait at once.
        indirect case delayed(Duration, Answer)
        /// The answer `handler` chooses for the request.
        case handler(@Sendable (RecordedRequest) async throws -> Answer)
    }

    /// A request as the transport received it.
    public struct RecordedRequest: Sendable {
        /// The whole request head, signed.
        public var head: HTTPRequest
        /// The body bytes (empty for GET).
        public var body: [UInt8]

        /// The action (`X-TC-Action`).
        public var action: String { head.headerFields[.tcAction] ?? "" }
        /// The region (`X-TC-Region`), if any.
        public var region: String? { head.headerFields[.tcRegion] }
        /// The host the request went to.
        public var host: String { head.authority ?? "" }
        /// The headers.
        public var headers: HTTPFields { head.headerFields }
        /// The body as text.
        public var bodyText: String { String(decoding: body, as: UTF8.self) }

        /// The JSON body decoded as `type` (a generated request type, say).
        public func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
            try JSONDecoder().decode(Value.self, from: Data(body))
        }
    }

    private struct State {
        var answers: [String: Answer] = [:]
        var requests: [RecordedRequest] = []
    }

    private let state = NIOLockedValueBox(State())
    private let fallback: Answer

    /// Creates a transport that answers each action in `examples` with its JSON (the members of the `Response`
    /// object), and every other action with `fallback` (by default the error `InvalidAction`).
    ///
    /// A generated service's test-support library holds its pages' example outputs in this form, so a test can
    /// answer every action of a service the way its documentation shows:
    ///
    /// ```swift
    /// import TencentCloudCLBTesting
    ///
    /// let transport = InMemoryTransport(examples: CLBExamples.outputs)
    /// ```
    ///
    /// Answers are per action: to stub two services with an action of the same name, merge their outputs in the
    /// order you want, or answer that action with ``answer(_:with:)``.
    public init(
        examples: [String: String] = [:],
        fallback: Answer = .serviceError(code: "InvalidAction", message: "no answer set for this action")
    ) {
        self.fallback = fallback
        state.withLockedValue { $0.answers = examples.mapValues(Answer.json) }
    }

    /// Answers every later request for `action` with `answer`.
    public func answer(_ action: String, with answer: Answer) {
        state.withLockedValue { $0.answers[action] = answer }
    }

    /// Every request received, in order.
    public var requests: [RecordedRequest] { state.withLockedValue { $0.requests } }

    /// The requests received for `action`, in order.
    public func requests(for action: String) -> [RecordedRequest] { requests.filter { $0.action == action } }

    public func send(_ request: HTTPRequest, body: TransportBody?, timeout: Duration) async throws -> (
        HTTPResponse, TransportBody
    ) {
        let recorded = RecordedRequest(head: request, body: try await body?.collect(upTo: Int.max) ?? [])
        let answer = state.withLockedValue { state in
            state.requests.append(recorded)
            return state.answers[recorded.action] ?? fallback
        }
        return try await respond(answer, to: recorded, requestNumber: requests.count, timeout: timeout)
    }

    private func respond(_ answer: Answer, to request: RecordedRequest, requestNumber: Int, timeout: Duration) async throws -> (
        HTTPResponse, TransportBody
    ) {
        let requestId = "in-memory-\(requestNumber)"
        switch answer {
        case .json(let text):
            return try Self.ok(Self.envelope(try JSONSerialization.jsonObject(with: Data(text.utf8)), requestId: requestId))
        case .response(let value):
            let data = try JSONEncoder().encode(value)
            return try Self.ok(Self.envelope(try JSONSerialization.jsonObject(with: data), requestId: requestId))
        case .serviceError(let code, let message):
            let error: [String: Any] = ["Error": ["Code": code, "Message": message], "RequestId": requestId]
            return try Self.ok(["Response": error])
        case .http(let status, let contentType, let body):
            var fields = HTTPFields()
            fields[.contentType] = contentType
            return (HTTPResponse(status: .init(code: status), headerFields: fields), TransportBody(body))
        case .failure(let error):
            throw error
        case .delayed(let delay, let answer):
            if delay > timeout {
                try await Task.sleep(for: timeout)
                throw TransportError(.timeout, host: request.host, underlying: CancellationError())
            }
            try await Task.sleep(for: delay)
            return try await respond(answer, to: request, requestNumber: requestNumber, timeout: timeout - delay)
        case .handler(let handler):
            return try await respond(try await handler(request), to: request, requestNumber: requestNumber, timeout: timeout)
        }
    }

    private static func envelope(_ members: Any, requestId: String) throws -> [String: Any] {
        guard var object = members as? [String: Any] else {
            throw TencentCloudError.invalidRequest("an in-memory answer must be a JSON object")
        }
        if object["RequestId"] == nil { object["RequestId"] = requestId }
        return ["Response": object]
    }

    private static func ok(_ object: [String: Any]) throws -> (HTTPResponse, TransportBody) {
        var fields = HTTPFields()
        fields[.contentType] = "application/json"
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return (HTTPResponse(status: .ok, headerFields: fields), TransportBody(Array(data)))
    }
}
