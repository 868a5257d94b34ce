import Foundation
import HTTPTypes
import InMemoryTracing
import LoopbackTestSupport
import TencentCloudTesting
import Testing
import Tracing

@testable import TencentCloudCore

/// The middleware chain, tracing through it, and the signing modes and headers, over the in-memory transport
/// (and loopback where the signature is checked by a server).
struct MiddlewareTests {
    let read = ActionDescriptor(name: "DescribeThings", region: .required, isReadOnly: true)

    /// Records the order it runs in and adds a header at the call level.
    struct Marker: TencentCloudMiddleware {
        let name: String
        let log: Recorder<String>

        func interceptCall(
            _ request: HTTPRequest, body: TransportBody?, context: MiddlewareContext, next: MiddlewareNext
        ) async throws -> (HTTPResponse, TransportBody) {
            log.append("\(name) call")
            var request = request
            request.headerFields[HTTPField.Name("X-\(name)")!] = "1"
            let answer = try await next(request, body)
            log.append("\(name) call done after \(context.progress.attempts) attempts")
            return answer
        }

        func interceptAttempt(
            _ request: HTTPRequest, body: TransportBody?, context: MiddlewareContext, next: MiddlewareNext
        ) async throws -> (HTTPResponse, TransportBody) {
            log.append("\(name) attempt \(context.attempt ?? -1)")
            return try await next(request, body)
        }
    }

    static func client(
        _ transport: InMemoryTransport, _ change: (inout ClientConfiguration) -> Void = { _ in }
    ) -> TencentCloudClient {
        TencentCloudClient(
            credentials: .static(secretId: Demo.secretId, secretKey: Demo.secretKey), configuration: Demo.configuration(change),
            transport: transport)
    }

    /// Answers DescribeThings with throttling once, then with success.
    static func throttleOnce(_ transport: InMemoryTransport) {
        let answers = Recorder<Int>()
        transport.answer(
            "DescribeThings",
            with: .handler { _ in
                answers.append(1)
                return answers.count == 1 ? .serviceError(code: "RequestLimitExceeded") : .json(#"{"Count": 1}"#)
            })
    }

    func call(_ client: TencentCloudClient, options: CallOptions = CallOptions(region: "ap-guangzhou")) async throws
        -> DemoResponse
    {
        try await client.send(DemoRequest(Name: "x"), action: read, service: Demo.service, options: options)
    }

    @Test func middlewareRunsInOrderAroundTheCallAndEachAttempt() async throws {
        let transport = InMemoryTransport()
        Self.throttleOnce(transport)
        let log = Recorder<String>()
        let client = Self.client(transport) { $0.middleware = [Marker(name: "A", log: log), Marker(name: "B", log: log)] }
        _ = try await call(client, options: CallOptions(region: "ap-guangzhou", middleware: [Marker(name: "C", log: log)]))
        #expect(
            log.values == [
                "A call", "B call", "C call", "A attempt 0", "B attempt 0", "C attempt 0", "A attempt 1", "B attempt 1",
                "C attempt 1", "C call done after 2 attempts", "B call done after 2 attempts", "A call done after 2 attempts",
            ])
        let sent = try #require(transport.requests.last)
        #expect(sent.headers[HTTPField.Name("X-A")!] == "1" && sent.headers[HTTPField.Name("X-C")!] == "1")
    }

    /// Answers a call by itself and turns a service error into another error.
    struct Stub: TencentCloudMiddleware {
        struct Refused: Error {}
        func interceptCall(
            _ request: HTTPRequest, body: TransportBody?, context: MiddlewareContext, next: MiddlewareNext
        ) async throws -> (HTTPResponse, TransportBody) {
            if request.headerFields[.tcAction] == "DescribeCached" {
                return (HTTPResponse(status: .ok), TransportBody(#"{"Response":{"Count":7,"RequestId":"cached"}}"#))
            }
            do {
                return try await next(request, body)
            } catch TencentCloudError.service(let code, _, _) where code == "AuthFailure" {
                throw Refused()
            }
        }
    }

    @Test func middlewareCanAnswerAndChangeTheError() async throws {
        let transport = InMemoryTransport(fallback: .serviceError(code: "AuthFailure"))
        let client = Self.client(transport) { $0.middleware = [Stub()] }
        let cached: DemoResponse = try await client.send(
            DemoRequest(), action: ActionDescriptor(name: "DescribeCached", region: .optional), service: Demo.service)
        #expect(cached.Count == 7 && transport.requests.isEmpty)
        await #expect(throws: Stub.Refused.self) { try await call(client) }
    }

    @Test func aSpanPerCallWithAChildSpanPerAttempt() async throws {
        let tracer = InMemoryTracer()
        let transport = InMemoryTransport()
        Self.throttleOnce(transport)
        let client = Self.client(transport) { $0.middleware = [TracingMiddleware(tracer: tracer)] }
        _ = try await call(client)
        let spans = tracer.finishedSpans
        let call = try #require(spans.first { $0.operationName == "demo.DescribeThings" })
        #expect(call.kind == .client && call.parentSpanID == nil)
        #expect(call.attributes["rpc.system"]?.toSpanAttribute() == "tencentcloud")
        #expect(call.attributes["rpc.service"]?.toSpanAttribute() == "demo")
        #expect(call.attributes["rpc.method"]?.toSpanAttribute() == "DescribeThings")
        #expect(call.attributes["cloud.region"]?.toSpanAttribute() == "ap-guangzhou")
        #expect(call.attributes["tencentcloud.request_id"]?.toSpanAttribute() == "in-memory-2")
        #expect(call.attributes["tencentcloud.retry_count"]?.toSpanAttribute() == 1)
        #expect(call.attributes["http.response.status_code"]?.toSpanAttribute() == 200)
        let attempts = spans.filter { $0.parentSpanID == call.spanID }
        #expect(attempts.count == 2 && attempts.allSatisfy { $0.operationName == "POST" && $0.traceID == call.traceID })
        #expect(attempts.first?.errors.count == 1, "the throttled attempt records its error")
        // Each attempt carries its own span's context to the server.
        let sent = transport.requests.map { $0.headers[HTTPField.Name(InMemoryTracer.spanIDKey)!] }
        #expect(sent == attempts.map(\.spanID) && sent.allSatisfy { $0 != nil })
        #expect(transport.requests.allSatisfy { $0.headers[HTTPField.Name(InMemoryTracer.traceIDKey)!] == call.traceID })
    }

    @Test func aFailedCallRecordsItsErrorOnTheSpan() async throws {
        let tracer = InMemoryTracer()
        let transport = InMemoryTransport(fallback: .serviceError(code: "ResourceNotFound", message: "gone"))
        let client = Self.client(transport) { $0.middleware = [TracingMiddleware(tracer: tracer)] }
        await #expect(throws: TencentCloudError.self) { try await call(client) }
        let span = try #require(tracer.finishedSpans.first { $0.operationName == "demo.DescribeThings" })
        #expect(span.errors.count == 1)
        #expect(span.attributes["tencentcloud.retry_count"]?.toSpanAttribute() == 0)
    }

    @Test func requestClientCarriesTheCallersPartAndRefusesBadOnes() async throws {
        #expect(try RequestClient.value(user: nil) == RequestClient.library)
        #expect(try RequestClient.value(user: "app-1_x, y;z.") == RequestClient.library + ": app-1_x, y;z.")
        #expect(throws: TencentCloudError.self) { try RequestClient.value(user: "new\nline") }
        #expect(throws: TencentCloudError.self) { try RequestClient.value(user: String(repeating: "a", count: 129)) }
        let transport = InMemoryTransport(fallback: .json("{}"))
        let client = Self.client(transport) { $0.requestClient = "ops-bot" }
        _ = try await call(client)
        _ = try await call(client, options: CallOptions(region: "r", requestClient: "nightly"))
        #expect(
            transport.requests.map { $0.headers[.tcRequestClient] } == [
                RequestClient.library + ": ops-bot", RequestClient.library + ": nightly",
            ])
        await #expect(throws: TencentCloudError.self) {
            try await call(client, options: CallOptions(region: "r", requestClient: "bad/char"))
        }
        #expect(transport.requests.count == 2, "a bad request client is refused before sending")
    }

    @Test func unsignedPayloadIsSignedAsTheServerChecksIt() async throws {
        let seen = Recorder<RecordedRequest>()
        let server = try await LoopbackServer { request in
            seen.append(request)
            return .respond(status: 200, body: Demo.ok)
        }
        let client = Demo.client(Demo.configuration { $0.payloadSigning = .unsigned })
        _ = try await Demo.call(client, server, action: read)
        let request = try #require(seen.values.first)
        #expect(request.header("X-TC-Content-SHA256") == "UNSIGNED-PAYLOAD")
        let authorization = try #require(request.header("Authorization"))
        let input = TC3Signer.Input(
            method: "POST",
            headers: [("content-type", request.header("Content-Type") ?? ""), ("host", request.header("Host") ?? "")],
            payloadHash: "UNSIGNED-PAYLOAD", timestamp: Int(request.header("X-TC-Timestamp") ?? "") ?? 0, service: "demo")
        #expect(TC3Signer.sign(input, secretId: Demo.secretId, secretKey: Demo.secretKey).authorization == authorization)
        try await server.shutdown()
    }

    @Test func skipSigningSendsNoSignatureAndNoToken() async throws {
        let transport = InMemoryTransport(fallback: .json("{}"))
        let client = TencentCloudClient(
            credentials: .static(secretId: "id", secretKey: "key", token: "secret-token"), transport: transport)
        let action = ActionDescriptor(name: "AssumeRoleWithWebIdentity", region: .required, signing: .skip)
        let _: DemoResponse = try await client.send(
            DemoRequest(), action: action, service: Demo.service, options: CallOptions(region: "ap-guangzhou"))
        let sent = try #require(transport.requests.first)
        #expect(sent.headers[.authorization] == "SKIP")
        #expect(sent.headers[.tcToken] == nil && sent.headers[.tcTimestamp] != nil)
    }

    @Test func perCallTimeoutLanguageAndHeadersOverTheClients() async throws {
        let transport = InMemoryTransport(fallback: .json("{}"))
        let client = Self.client(transport) { $0.language = .chinese }
        _ = try await call(client)
        var headers = HTTPFields()
        headers[HTTPField.Name("X-Extra")!] = "yes"
        _ = try await call(client, options: CallOptions(region: "r", language: .english, headers: headers))
        #expect(transport.requests.map { $0.headers[.tcLanguage] } == ["zh-CN", "en-US"])
        #expect(transport.requests.last?.headers[HTTPField.Name("X-Extra")!] == "yes")
    }
}
