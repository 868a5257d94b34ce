import Foundation
import LoopbackTestSupport
import Testing

@testable import TencentCloudCore

/// Domain failover and the region circuit breaker, on loopback: host names are mapped to loopback ports through
/// the transport's host overrides, so the Host header and the signature carry the real names.
struct ResilienceTests {
    let read = ActionDescriptor(name: "DescribeThings", region: .required, isReadOnly: true)
    let write = ActionDescriptor(name: "ModifyThing", region: .required)

    /// A loopback address where nothing listens: connections are refused.
    static func refusingURL() async throws -> URL {
        let server = try await LoopbackServer(body: Demo.ok)
        let url = server.url
        try await server.shutdown()
        return url
    }

    static func client(_ overrides: [String: URL], _ change: (inout ClientConfiguration) -> Void = { _ in }) -> TencentCloudClient
    {
        let configuration = Demo.configuration(change)
        return TencentCloudClient(
            credentials: .static(secretId: Demo.secretId, secretKey: Demo.secretKey), configuration: configuration,
            transport: AsyncHTTPClientTransport(configuration: configuration, hostOverrides: overrides))
    }

    static func call(_ client: TencentCloudClient, _ action: ActionDescriptor, service: ServiceConfiguration = Demo.service)
        async throws -> DemoResponse
    {
        try await client.send(
            DemoRequest(Name: "x"), action: action, service: service, options: CallOptions(region: "ap-guangzhou"))
    }

    @Test func aRefusedConnectionMovesTheNextAttemptToTheComCnDomain() async throws {
        let seen = Recorder<RecordedRequest>()
        let server = try await Demo.verifyingServer(recording: seen)
        let client = Self.client([
            "demo.tencentcloudapi.com": try await Self.refusingURL(), "demo.tencentcloudapi.com.cn": server.url,
        ]) { $0.retry.maxAttempts = 1 }
        // A write: failover is not a retry (nothing was sent), so it happens even where a retry would not.
        let response = try await Self.call(client, write)
        #expect(response.requestId == "req-ok", "the signature is valid for the .com.cn host")
        #expect(seen.values.map { $0.header("Host") } == ["demo.tencentcloudapi.com.cn"])
        // Later calls go to the domain that answered, without trying the refused one first.
        _ = try await Self.call(client, write)
        #expect(seen.count == 2)
        try await client.shutdown()
        try await server.shutdown()
    }

    @Test func afterComCnTheCnDomainIsTried() async throws {
        let seen = Recorder<RecordedRequest>()
        let server = try await Demo.verifyingServer(recording: seen)
        let refused = try await Self.refusingURL()
        let client = Self.client([
            "demo.tencentcloudapi.com": refused, "demo.tencentcloudapi.com.cn": refused, "demo.tencentcloudapi.cn": server.url,
        ])
        _ = try await Self.call(client, read)
        #expect(seen.values.map { $0.header("Host") } == ["demo.tencentcloudapi.cn"])
        try await client.shutdown()
        try await server.shutdown()
    }

    @Test func internationalHostsAndDisabledFailoverStayPut() async throws {
        let seen = Recorder<RecordedRequest>()
        let server = try await Demo.verifyingServer(recording: seen)
        let refused = try await Self.refusingURL()
        let intl = ServiceConfiguration(name: "demo", version: "2020-01-01", host: "demo.intl.tencentcloudapi.com")
        let international = Self.client(["demo.intl.tencentcloudapi.com": refused]) { $0.retry.maxAttempts = 1 }
        await #expect(throws: TransportError.self) { try await Self.call(international, write, service: intl) }
        let disabled = Self.client(["demo.tencentcloudapi.com": refused, "demo.tencentcloudapi.com.cn": server.url]) {
            $0.retry.maxAttempts = 1
            $0.domainFailover = false
        }
        await #expect(throws: TransportError.self) { try await Self.call(disabled, write) }
        #expect(seen.count == 0)
        try await international.shutdown()
        try await disabled.shutdown()
        try await server.shutdown()
    }

    @Test func aRefusedConnectionIsAConnectFailureThatWasNotSent() async throws {
        let client = Self.client([:]) { $0.retry.maxAttempts = 1 }
        let refused = try await Self.refusingURL()
        do {
            let _: DemoResponse = try await client.send(
                DemoRequest(), action: write, service: Demo.service, options: CallOptions(region: "r", endpoint: refused))
            Issue.record("a refused connection succeeded")
        } catch let error as TransportError {
            #expect(error.kind == .connect && error.requestWasNotSent)
        }
        try await client.shutdown()
    }

    @Test func candidatesRotateThroughTheThreeDomains() {
        #expect(
            DomainFailover.candidates(for: "cvm.ap-shanghai.tencentcloudapi.com") == [
                "cvm.ap-shanghai.tencentcloudapi.com", "cvm.ap-shanghai.tencentcloudapi.com.cn",
                "cvm.ap-shanghai.tencentcloudapi.cn",
            ])
        #expect(
            DomainFailover.candidates(for: "cvm.tencentcloudapi.cn") == [
                "cvm.tencentcloudapi.cn", "cvm.tencentcloudapi.com", "cvm.tencentcloudapi.com.cn",
            ])
        #expect(DomainFailover.candidates(for: "cvm.intl.tencentcloudapi.com") == ["cvm.intl.tencentcloudapi.com"])
        #expect(DomainFailover.candidates(for: "127.0.0.1:8080") == ["127.0.0.1:8080"])
        #expect(DomainFailover.candidates(for: "tencentcloudapi.com") == ["tencentcloudapi.com"])
    }

    @Test func theFallbackIsRememberedUntilThePrimaryIsDueAgain() {
        let clock = ManualClock()
        let failover = DomainFailover(retryPrimaryAfter: .seconds(60), now: clock.now)
        let host = "cvm.tencentcloudapi.com"
        failover.answered("cvm.tencentcloudapi.com.cn", for: host)
        #expect(failover.order(for: host).first == "cvm.tencentcloudapi.com.cn")
        clock.advance(.seconds(61))
        #expect(failover.order(for: host).first == host)
    }

    @Test func theBreakerOpensAtFiveFailuresAndSeventyFivePercentThenHalfOpens() {
        let clock = ManualClock()
        let breakers = CircuitBreakers(policy: CircuitBreakerPolicy(), now: clock.now)
        let host = "cvm.tencentcloudapi.com"
        breakers.record(host, success: true)
        breakers.record(host, success: true)
        for _ in 0..<5 { breakers.record(host, success: false) }
        #expect(breakers.state(of: host) == .closed, "5 of 7 is 71 %, under 75 %")
        breakers.record(host, success: false)
        #expect(breakers.state(of: host) == .open, "6 of 8 is 75 %")
        #expect(!breakers.allows(host))
        #expect(breakers.backup(for: host) == "cvm.ap-guangzhou.tencentcloudapi.com")
        clock.advance(.seconds(60))
        #expect(breakers.allows(host), "one probe after 60 s")
        #expect(!breakers.allows(host), "only one probe at a time")
        breakers.record(host, success: false)
        #expect(breakers.state(of: host) == .open)
        clock.advance(.seconds(60))
        #expect(breakers.allows(host))
        breakers.record(host, success: true)
        #expect(breakers.state(of: host) == .closed)
    }

    @Test func anOpenBreakerSendsCallsToTheBackupEndpoint() async throws {
        let failing = try await LoopbackServer(status: 502, body: "<html>bad gateway</html>")
        let seen = Recorder<RecordedRequest>()
        let backup = try await Demo.verifyingServer(recording: seen)
        let client = Self.client(["demo.tencentcloudapi.com": failing.url, "demo.ap-guangzhou.tencentcloudapi.com": backup.url]) {
            $0.retry.maxAttempts = 1
            $0.circuitBreaker = CircuitBreakerPolicy()
        }
        for _ in 0..<5 { await #expect(throws: TencentCloudError.self) { try await Self.call(client, read) } }
        let response = try await Self.call(client, read)
        #expect(response.requestId == "req-ok")
        #expect(seen.values.map { $0.header("Host") } == ["demo.ap-guangzhou.tencentcloudapi.com"])
        try await client.shutdown()
        try await failing.shutdown()
        try await backup.shutdown()
    }

    @Test(.timeLimit(.minutes(2))) func aHangingServerIsATimeout() async throws {
        let server = try await LoopbackServer { _ in .respond(status: 200, body: Demo.ok, delay: .seconds(3_600)) }
        let client = Self.client(["demo.tencentcloudapi.com": server.url]) {
            $0.retry.maxAttempts = 1
            $0.requestTimeout = .milliseconds(200)
        }
        do {
            _ = try await Self.call(client, read)
            Issue.record("a hanging server answered")
        } catch let error as TransportError {
            #expect(error.kind == .timeout && !error.requestWasNotSent)
        }
        try await client.shutdown()
        try await server.shutdown()
    }
}

/// A clock tests move by hand.
final class ManualClock: Sendable {
    private let instant = Recorder<Duration>()
    private let start = ContinuousClock.now

    /// The current instant.
    var now: @Sendable () -> ContinuousClock.Instant {
        { [self] in start + instant.values.reduce(.zero, +) }
    }

    /// Moves the clock on by `duration`.
    func advance(_ duration: Duration) { instant.append(duration) }
}
