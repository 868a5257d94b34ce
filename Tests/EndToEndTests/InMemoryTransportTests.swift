import Foundation
import HTTPTypes
import NIOConcurrencyHelpers
import TencentCloudCLB
import TencentCloudCLBTesting
import TencentCloudTesting
import Testing

/// A consumer's unit test, as the README shows it: a generated service over the in-memory transport, no network.
struct InMemoryTransportTests {
    static func clb(_ transport: InMemoryTransport) -> CLB {
        let client = TencentCloudClient(credentials: .static(secretId: "id", secretKey: "key"), transport: transport)
        return CLB(client: client, region: "ap-guangzhou")
    }

    /// The README's example, word for word.
    @Test func deregistersTheOldTarget() async throws {
        let transport = InMemoryTransport()
        transport.answer("DeregisterTargets", with: .json("{}"))
        let client = TencentCloudClient(credentials: .static(secretId: "id", secretKey: "key"), transport: transport)
        let clb = CLB(client: client, region: "ap-guangzhou")

        try await clb.deregisterTargets(loadBalancerId: "lb-1", listenerId: "lbl-1", targets: [CLB.Target(port: 80)])

        let sent = try #require(transport.requests(for: "DeregisterTargets").first)
        #expect(try sent.decode(CLB.DeregisterTargetsRequest.self).loadBalancerId == "lb-1")
    }

    /// The stub of the service's test-support library answers every action with its page's example output.
    @Test func theExampleStubAnswersEachActionWithItsPagesExample() async throws {
        let transport = InMemoryTransport(examples: CLBExamples.outputs)
        let clb = Self.clb(transport)
        let status = try await clb.describeTaskStatus(taskId: "4d1df727-d61c-45bf-936b-cb0368fb2a7d")
        #expect(status.requestId == "9c8e6a51-0b7d-4f3c-a2a4-5e2f1d0c7b36")
        #expect(status.loadBalancerIds == ["lb-cuxw2rm0"])
        let deregistered = try await clb.deregisterTargets(
            loadBalancerId: "lb-1", listenerId: "lbl-1", targets: [CLB.Target(port: 80)])
        #expect(deregistered.requestId == "4d1df727-d61c-45bf-936b-cb0368fb2a7d")
        #expect(Set(CLBExamples.outputs.keys) == ["DeregisterTargets", "DescribeTaskStatus"])
        #expect(transport.requests.map(\.action) == ["DescribeTaskStatus", "DeregisterTargets"])
    }

    @Test func theExampleStubLeavesOtherActionsToTheFallbackAndToLaterAnswers() async throws {
        let transport = InMemoryTransport(
            examples: ["DeregisterTargets": "{}"], fallback: .serviceError(code: "ResourceNotFound"))
        transport.answer("DeregisterTargets", with: .serviceError(code: "InvalidParameter"))
        let clb = Self.clb(transport)
        await #expect(throws: CLB.Error.self) { try await clb.describeTaskStatus(taskId: "t") }
        do {
            _ = try await clb.deregisterTargets(loadBalancerId: "lb-1", listenerId: "lbl-1", targets: [CLB.Target(port: 80)])
            Issue.record("a later answer did not replace the example")
        } catch let error as CLB.Error {
            #expect(error.code.rawValue == "InvalidParameter")
        }
    }

    @Test func recordsTheRequestAndDecodesTheAnswer() async throws {
        let transport = InMemoryTransport()
        transport.answer("DeregisterTargets", with: .json("{}"))
        let response = try await Self.clb(transport).deregisterTargets(
            loadBalancerId: "lb-1", listenerId: "lbl-1", targets: [CLB.Target(port: 80, instanceId: "ins-1")])
        #expect(response.requestId == "in-memory-1")
        let sent = try #require(transport.requests(for: "DeregisterTargets").first)
        #expect(sent.region == "ap-guangzhou")
        #expect(sent.host == "clb.tencentcloudapi.com")
        #expect(sent.headers[.authorization]?.hasPrefix("TC3-HMAC-SHA256 Credential=id/") == true)
        let request = try sent.decode(CLB.DeregisterTargetsRequest.self)
        #expect(request.loadBalancerId == "lb-1" && request.targets.first?.instanceId == "ins-1")
    }

    @Test func aServiceErrorArrivesAsTheServicesTypedError() async throws {
        let transport = InMemoryTransport()
        transport.answer("DeregisterTargets", with: .serviceError(code: "InvalidParameter", message: "bad listener"))
        await #expect(throws: CLB.Error.self) {
            try await Self.clb(transport).deregisterTargets(
                loadBalancerId: "lb-1", listenerId: "x", targets: [CLB.Target(port: 80)])
        }
    }

    @Test func anActionWithoutAnAnswerIsRefusedAndNothingIsGuessed() async throws {
        let transport = InMemoryTransport()
        do {
            _ = try await Self.clb(transport).describeTaskStatus(taskId: "t")
            Issue.record("an unanswered action succeeded")
        } catch let error as CLB.Error {
            #expect(error.code.rawValue == "InvalidAction")
        }
    }

    @Test func aTransportFailureIsRetriedForAReadOnlyAction() async throws {
        let transport = InMemoryTransport()
        let calls = Counter()
        transport.answer(
            "DescribeTaskStatus",
            with: .handler { _ in
                calls.increment() == 1
                    ? .failure(TransportError(.connectionLost, host: "clb.tencentcloudapi.com", underlying: CancellationError()))
                    : .json(#"{"Status": 0}"#)
            })
        let client = TencentCloudClient(
            credentials: .static(secretId: "id", secretKey: "key"),
            configuration: {
                var c = ClientConfiguration(); c.retry = RetryPolicy(baseDelay: .milliseconds(1)); return c
            }(),
            transport: transport)
        let response = try await CLB(client: client, region: "ap-guangzhou").describeTaskStatus(taskId: "t")
        #expect(response.status == 0)
        #expect(transport.requests.count == 2)
    }

    @Test func perCallOptionsReachTheWire() async throws {
        let transport = InMemoryTransport()
        transport.answer("DescribeTaskStatus", with: .json(#"{"Status": 0}"#))
        let clb = Self.clb(transport).with {
            $0.language = .english
            $0.requestClient = "billing-job,2.1"
            $0.headers[HTTPField.Name("X-Trace-Note")!] = "nightly"
        }
        _ = try await clb.describeTaskStatus(taskId: "t", region: "ap-shanghai")
        let sent = try #require(transport.requests.first)
        #expect(sent.region == "ap-shanghai")
        #expect(sent.headers[.tcLanguage] == "en-US")
        #expect(sent.headers[.tcRequestClient] == "\(RequestClient.library): billing-job,2.1")
        #expect(sent.headers[HTTPField.Name("X-Trace-Note")!] == "nightly")
        #expect(clb.region == "ap-guangzhou", "with(_:) changes a copy's options, the per-call region wins once")
    }

    @Test(.timeLimit(.minutes(2))) func aDelayLongerThanTheCallsTimeoutIsATimeout() async throws {
        let transport = InMemoryTransport()
        transport.answer("DescribeTaskStatus", with: .delayed(.seconds(3_600), .json(#"{"Status": 0}"#)))
        let clb = Self.clb(transport).with { $0.timeout = .milliseconds(20) }
        do {
            _ = try await clb.describeTaskStatus(taskId: "t")
            Issue.record("an hour-long answer arrived within a 20 ms timeout")
        } catch let error as TransportError {
            #expect(error.kind == .timeout)
        }
        #expect(transport.requests.count == 3, "a read-only action is retried after a timeout, up to the policy's 3 attempts")
    }

    @Test(.timeLimit(.minutes(2))) func aDelayedAnswerIsCancelled() async throws {
        let transport = InMemoryTransport()
        transport.answer("DescribeTaskStatus", with: .delayed(.seconds(3_600), .json(#"{"Status": 0}"#)))
        let task = Task { try await Self.clb(transport).describeTaskStatus(taskId: "t") }
        try await Task.sleep(for: .milliseconds(100))
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
    }
}

/// A counter the answer handlers share.
final class Counter: Sendable {
    private let value = NIOLockedValueBox(0)
    /// Adds one and returns the new count.
    func increment() -> Int {
        value.withLockedValue {
            $0 += 1
            return $0
        }
    }
}
