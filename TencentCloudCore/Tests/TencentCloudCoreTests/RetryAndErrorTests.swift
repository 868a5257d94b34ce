import AsyncHTTPClient
import Foundation
import LoopbackTestSupport
import Testing

@testable import TencentCloudCore

/// Retries never repeat an unsafe request; errors are clear; cancellation is immediate.
struct RetryAndErrorTests {
    let write = ActionDescriptor(name: "ModifyThing", region: .required)
    let read = ActionDescriptor(name: "DescribeThings", region: .required, isReadOnly: true)
    let tokened = ActionDescriptor(name: "CreateThing", region: .required, hasClientToken: true)

    @Test func throttlingIsRetriedEvenForWrites() async throws {
        let seen = Recorder<Int>()
        let server = try await LoopbackServer { _ in
            seen.append(1)
            return .respond(status: 200, body: seen.count < 3 ? Demo.throttled : Demo.ok)
        }
        let response = try await Demo.call(Demo.client(), server, action: write)
        #expect(response.requestId == "req-ok")
        #expect(server.requestCount == 3)
        try await server.shutdown()
    }

    @Test func throttlingGivesUpAfterMaxAttempts() async throws {
        let server = try await LoopbackServer(body: Demo.throttled)
        await #expect(throws: TencentCloudError.service(code: "RequestLimitExceeded", message: "slow down", requestId: "req-t")) {
            try await Demo.call(Demo.client(), server, action: write)
        }
        #expect(server.requestCount == 3)
        try await server.shutdown()
    }

    @Test func subCodeOfThrottlingCounts() {
        #expect(
            TencentCloudError.service(code: "RequestLimitExceeded.UinLimitExceeded", message: "", requestId: nil).isThrottling)
        #expect(!TencentCloudError.service(code: "LimitExceeded", message: "", requestId: nil).isThrottling)
    }

    /// Unsafe unless the descriptor says otherwise: the runtime does not guess from the name (a `Describe…`
    /// name without `isReadOnly` is not repeated either).
    @Test func connectionResetIsRetriedForAnActionItsPageCallsIdempotent() async throws {
        let server = try await LoopbackServer { _ in .reset }
        let action = ActionDescriptor(name: "EnableTemplate", region: .required, isIdempotent: true)
        await #expect(throws: (any Error).self) { try await Demo.call(Demo.client(), server, action: action) }
        #expect(server.requestCount == 3, "every attempt of the policy is made")
        try await server.shutdown()
    }

    @Test(arguments: ["ModifyThing", "DescribeThings"])
    func connectionResetIsNotRetriedForAnUnsafeWrite(name: String) async throws {
        let server = try await LoopbackServer { _ in .reset }
        let action = ActionDescriptor(name: name, region: .required)
        await #expect(throws: (any Error).self) { try await Demo.call(Demo.client(), server, action: action) }
        #expect(server.requestCount == 1)
        try await server.shutdown()
    }

    @Test func connectionResetIsRetriedForAReadAndWithAClientToken() async throws {
        for action in [read, tokened] {
            let bodies = Recorder<Data>()
            let server = try await LoopbackServer { request in
                bodies.append(request.body)
                return bodies.count == 1 ? .reset : .respond(status: 200, body: Demo.ok)
            }
            _ = try await Demo.call(Demo.client(), server, action: action)
            #expect(server.requestCount == 2, "\(action.name)")
            if action.hasClientToken {
                let tokens = bodies.values.map {
                    (try? JSONSerialization.jsonObject(with: $0) as? [String: Any])?["ClientToken"] as? String
                }
                #expect(tokens[0] != nil && tokens[0] == tokens[1])
            }
            try await server.shutdown()
        }
    }

    @Test func callerClientTokenIsKept() async throws {
        let bodies = Recorder<Data>()
        let server = try await LoopbackServer { request in
            bodies.append(request.body)
            return .respond(status: 200, body: Demo.ok)
        }
        _ = try await Demo.call(Demo.client(), server, action: tokened, request: DemoRequest(ClientToken: "mine"))
        #expect(String(decoding: bodies.values[0], as: UTF8.self).contains(#""ClientToken":"mine""#))
        try await server.shutdown()
    }

    @Test func serverErrorsAreClearAndRetriedOnlyWhenSafe() async throws {
        let server = try await LoopbackServer(status: 502, body: "<html><body>Bad Gateway</body></html>")
        do {
            _ = try await Demo.call(Demo.client(), server, action: write)
            Issue.record("no error")
        } catch TencentCloudError.invalidResponse(let status, _, let excerpt) {
            #expect(status == 502 && excerpt.contains("Bad Gateway"))
        }
        #expect(server.requestCount == 1)
        _ = try? await Demo.call(Demo.client(), server, action: read)
        #expect(server.requestCount == 4)
        try await server.shutdown()
    }

    @Test("Bad bodies", arguments: ["", "{\"Response\":{\"Count\":", "not json", "{\"Other\":1}"])
    func badBodies(body: String) async throws {
        let server = try await LoopbackServer(body: body)
        await #expect(throws: TencentCloudError.self) { try await Demo.call(Demo.client(), server, action: write) }
        try await server.shutdown()
    }

    /// The server would take an hour per attempt: only the 200 ms timeout can end the two attempts within the
    /// test's time limit, however loaded the machine.
    @Test(.timeLimit(.minutes(2))) func slowAnswerTimesOutAndAReadIsRetried() async throws {
        let server = try await LoopbackServer { _ in .respond(status: 200, body: Demo.ok, delay: .seconds(3_600)) }
        let client = Demo.client(
            Demo.configuration {
                $0.requestTimeout = .milliseconds(200); $0.retry.maxAttempts = 2
            })
        await #expect(throws: (any Error).self) { try await Demo.call(client, server, action: read) }
        #expect(server.requestCount == 2)
        try await server.shutdown()
    }

    /// The server and the request timeout would each take an hour: only cancellation can end the call within the
    /// test's time limit, however loaded the machine (no wall-clock bound to miss).
    @Test(.timeLimit(.minutes(2))) func cancellationIsHonouredImmediately() async throws {
        let server = try await LoopbackServer { _ in .respond(status: 200, body: Demo.ok, delay: .seconds(3_600)) }
        let client = Demo.client(Demo.configuration { $0.requestTimeout = .seconds(3_600) })
        let task = Task { try await Demo.call(client, server, action: read) }
        try await Task.sleep(for: .milliseconds(200))
        task.cancel()
        let error = await #expect(throws: (any Error).self) { try await task.value }
        #expect(error.map(Self.isCancellation) == true, "\(String(describing: error))")
        #expect(server.requestCount <= 1, "no retry after cancellation")
        try await server.shutdown()
    }

    /// Whether `error` is how a cancelled call ends: Swift's `CancellationError`, or the HTTP client's own.
    static func isCancellation(_ error: any Error) -> Bool {
        error is CancellationError || (error as? HTTPClientError) == .cancelled
    }

    @Test func tooLargeRequestsAreRefusedBeforeSending() async throws {
        let server = try await LoopbackServer(body: Demo.ok)
        let big = DemoRequest(Name: String(repeating: "x", count: ClientConfiguration.maximumBodyBytes + 1))
        await #expect(
            throws: TencentCloudError.requestTooLarge(
                size: ClientConfiguration.maximumBodyBytes + 12, limit: ClientConfiguration.maximumBodyBytes)
        ) {
            try await Demo.call(Demo.client(), server, action: write, request: big)
        }
        let getClient = Demo.client(Demo.configuration { $0.method = .get })
        await #expect(throws: TencentCloudError.self) {
            try await Demo.call(
                getClient, server, action: read, request: DemoRequest(Name: String(repeating: "y", count: 40_000)))
        }
        #expect(server.requestCount == 0)
        try await server.shutdown()
    }
}
