import Foundation
import Logging
import LoopbackTestSupport
import Metrics
import MetricsTestKit
import Testing

@testable import TencentCloudCore

/// Headers, GET signing, proxy, endpoints, rate limiting, logs, metrics and load, against a loopback server.
struct TransportTests {
    let read = ActionDescriptor(name: "DescribeThings", region: .required, isReadOnly: true)

    @Test func postCarriesEveryHeaderAndAValidSignature() async throws {
        let seen = Recorder<RecordedRequest>()
        let server = try await Demo.verifyingServer(recording: seen)
        let client = Demo.client(
            Demo.configuration {
                $0.language = .english; $0.retry.maxAttempts = 1
            }, token: Demo.token)
        _ = try await Demo.call(client, server, action: read)
        let request = try #require(seen.values.first)
        #expect(request.header("X-TC-Language") == "en-US")
        #expect(request.header("X-TC-RequestClient") == RequestClient.library)
        #expect(request.header("X-TC-Token") == Demo.token)
        #expect(request.header("X-TC-Region") == "ap-guangzhou")
        #expect(request.header("X-TC-Action") == "DescribeThings" && request.header("X-TC-Version") == "2020-01-01")
        try await server.shutdown()
    }

    @Test func getSendsTheFlattenedQueryAndSignsIt() async throws {
        let seen = Recorder<RecordedRequest>()
        let server = try await Demo.verifyingServer(recording: seen)
        let client = Demo.client(
            Demo.configuration {
                $0.method = .get; $0.retry.maxAttempts = 1
            })
        _ = try await Demo.call(client, server, action: read, request: DemoRequest(Name: "a b", Items: ["x", "中"]))
        let request = try #require(seen.values.first)
        #expect(request.method == "GET")
        #expect(request.uri == "/?Items.0=x&Items.1=%E4%B8%AD&Name=a+b")
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded")
        try await server.shutdown()
    }

    @Test func queryEncodingFlattensNestedValues() throws {
        struct Filter: Encodable { var Name: String; var Values: [String] }
        struct Query: Encodable { var Filters: [Filter]; var Limit: Int; var On: Bool }
        let items = try QueryEncoding.items(of: Query(Filters: [Filter(Name: "zone", Values: ["a", "b"])], Limit: 10, On: true))
        #expect(
            items.map { "\($0.0)=\($0.1)" } == [
                "Filters.0.Name=zone", "Filters.0.Values.0=a", "Filters.0.Values.1=b", "Limit=10", "On=true",
            ])
    }

    @Test func proxyWithAuthenticationConfiguresTheHTTPClient() throws {
        var configuration = ClientConfiguration()
        configuration.proxy = ClientConfiguration.Proxy(host: "proxy.local", port: 3128, username: "user", password: "pass")
        configuration.connectTimeout = .seconds(3)
        let http = configuration.httpClientConfiguration()
        let proxy = try #require(http.proxy)
        #expect(proxy.host == "proxy.local" && proxy.port == 3128)
        #expect(proxy.authorization == .basic(username: "user", password: "pass"))
        #expect(http.timeout.connect == .seconds(3))
    }

    @Test func clientNotShutDownDoesNotCrash() async throws {
        let server = try await LoopbackServer(body: Demo.ok)
        do {
            let client = Demo.client(Demo.configuration { $0.connectTimeout = .seconds(2) })
            _ = try await Demo.call(client, server, action: read)
        }
        try await Task.sleep(for: .milliseconds(100))
        try await server.shutdown()
    }

    @Test func endpointStyles() throws {
        let service = Demo.service
        #expect(try Endpoint.url(for: service, region: "ap-guangzhou", override: nil).host == "demo.tencentcloudapi.com")
        #expect(
            try Endpoint.url(for: service, region: "ap-guangzhou", override: nil, style: .regional).host
                == "demo.ap-guangzhou.tencentcloudapi.com")
        #expect(
            try Endpoint.url(for: service, region: "ap-guangzhou", override: nil, style: .international).host
                == "demo.intl.tencentcloudapi.com")
        #expect(
            try Endpoint.url(for: service, region: "ap-shanghai-fsi", override: nil, style: .international).host
                == "demo.ap-shanghai-fsi.tencentcloudapi.com")
        #expect(
            try Endpoint.url(for: service, region: nil, override: URL(string: "http://10.0.0.1:81")!).absoluteString
                == "http://10.0.0.1:81")
    }

    @Test func rateLimitSpacesCallsOfOneAction() async throws {
        let server = try await LoopbackServer(body: Demo.ok)
        let limited = ActionDescriptor(name: "DescribeThings", region: .required, rateLimit: 5, isReadOnly: true)
        let client = Demo.client(Demo.configuration { $0.rateLimiting = true })
        let started = ContinuousClock.now
        for _ in 0..<10 { _ = try await Demo.call(client, server, action: limited) }
        // A bucket of 5 a second: the first 5 go at once, the next 5 need about a second.
        #expect(ContinuousClock.now - started >= .milliseconds(800))
        try await server.shutdown()
    }

    @Test func logsCarryContextButNeverSecrets() async throws {
        let records = Recorder<String>()
        var logger = Logger(label: "test") { _ in CapturingLogHandler(records: records) }
        logger.logLevel = .trace
        let seen = Recorder<Int>()
        let server = try await LoopbackServer { _ in
            seen.append(1)
            return .respond(status: 200, body: seen.count == 1 ? Demo.throttled : Demo.ok)
        }
        let client = TencentCloudClient(
            credentials: .static(secretId: Demo.secretId, secretKey: Demo.secretKey, token: Demo.token),
            configuration: Demo.configuration(), logger: logger)
        _ = try await Demo.call(client, server, action: read)
        let text = records.values.joined(separator: "\n")
        #expect(text.contains("DescribeThings") && text.contains("req-ok") && text.contains("retries"))
        for secret in [Demo.secretKey, Demo.token, "Signature=", "TC3-HMAC-SHA256", "Authorization"] {
            #expect(!text.contains(secret), "\(secret) was logged")
        }
        try await server.shutdown()
    }

    @Test func metricsCountRequestsAndRetries() async throws {
        let metrics = TestMetricsBootstrap.shared
        let server = try await LoopbackServer(body: Demo.ok)
        let action = ActionDescriptor(name: "DescribeMetricsThings", region: .required, isReadOnly: true)
        _ = try await Demo.call(Demo.client(), server, action: action)
        let counter = try metrics.expectCounter(
            "tencentcloud_requests_total", [("service", "demo"), ("action", "DescribeMetricsThings"), ("outcome", "success")])
        #expect(counter.totalValue == 1)
        try await server.shutdown()
    }

    @Test func thousandConcurrentRequestsThroughOneClient() async throws {
        let server = try await LoopbackServer(threads: 2) { request in
            .respond(status: 200, body: Demo.signatureIsValid(request) ? Demo.ok : Demo.throttled)
        }
        let client = Demo.client(
            Demo.configuration {
                $0.connectTimeout = .seconds(5); $0.retry.maxAttempts = 1
            })
        let failures = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<1_000 {
                group.addTask { (try? await Demo.call(client, server, action: read))?.requestId != "req-ok" }
            }
            return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(failures == 0)
        #expect(server.requestCount == 1_000)
        try await client.shutdown()
        for _ in 0..<50 where server.openConnections > 0 { try await Task.sleep(for: .milliseconds(20)) }
        #expect(server.openConnections == 0)
        try await server.shutdown()
    }
}

/// Keeps every log line with its metadata.
struct CapturingLogHandler: LogHandler {
    let records: Recorder<String>
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        records.append("\(event.level) \(event.message) \(all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })")
    }
}

/// swift-metrics can be bootstrapped once per process.
enum TestMetricsBootstrap {
    static let shared: TestMetrics = {
        let metrics = TestMetrics()
        MetricsSystem.bootstrap(metrics)
        return metrics
    }()
}

/// The `text/event-stream` parser, on the WHATWG rules, fed in chunks split anywhere.
struct ServerSentEventParserTests {
    static let body =
        "data: {\"A\":1}\n\n: a comment\r\nevent: delta\r\ndata: first\r\ndata:second\r\nid: 7\r\n\r\ndata: [DONE]\rretry: 10\r\r"

    static func events(_ chunks: [[UInt8]]) -> [ServerSentEvent] {
        var parser = ServerSentEventParser()
        var events = chunks.flatMap { parser.feed($0) }
        if let last = parser.finish() { events.append(last) }
        return events
    }

    static let expected = [
        ServerSentEvent(data: #"{"A":1}"#), ServerSentEvent(event: "delta", data: "first\nsecond", id: "7"),
        ServerSentEvent(data: "[DONE]", id: "7"),
    ]

    @Test func linesEndAtLFCRLFOrCRAndABlankLineEndsAnEvent() {
        #expect(Self.events([Array(Self.body.utf8)]) == Self.expected)
    }

    @Test func everySplitOfTheBodyGivesTheSameEvents() {
        let bytes = Array(Self.body.utf8)
        for cut in 0...bytes.count {
            #expect(Self.events([Array(bytes[..<cut]), Array(bytes[cut...])]) == Self.expected, "split at \(cut)")
        }
        #expect(Self.events(bytes.map { [$0] }) == Self.expected, "one byte at a time")
    }

    @Test func aLastEventWithoutItsBlankLineStillArrives() {
        #expect(Self.events([Array("data: x".utf8)]) == [ServerSentEvent(data: "x")])
        #expect(Self.events([Array("event: ping\n\n".utf8)]).isEmpty, "an event without data is not dispatched")
    }
}
