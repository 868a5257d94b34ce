import Foundation
import LoopbackTestSupport
import NIOConcurrencyHelpers
import TencentCloudCLB
import Testing

/// The generated waiter and typed errors of `TencentCloudCLB` against a loopback server.
struct GeneratedFeatureEndToEndTests {
    /// Polls quickly; the timeout only guards against a hang (the tests run on loaded machines).
    static let fastWaiter = TaskWaiter(initialDelay: .milliseconds(5), maximumDelay: .milliseconds(20), timeout: .seconds(120))

    static func clb(_ server: LoopbackServer) -> CLB {
        CLB(
            client: TencentCloudClient(credentials: .static(secretId: "id", secretKey: "key")), region: "ap-guangzhou",
            endpoint: server.url)
    }

    /// A server that answers DeregisterTargets once, then DescribeTaskStatus with `statuses` in turn.
    static func taskServer(statuses: [Int], message: String = "") async throws -> (LoopbackServer, NIOLockedValueBox<[String]>) {
        let seen = NIOLockedValueBox<[String]>([])
        let server = try await LoopbackServer { request in
            let action = request.header("X-TC-Action") ?? ""
            let polls = seen.withLockedValue { calls -> Int in
                calls.append(action + ":" + String(decoding: request.body, as: UTF8.self))
                return calls.filter { $0.hasPrefix("DescribeTaskStatus") }.count
            }
            if action == "DeregisterTargets" { return .respond(status: 200, body: #"{"Response":{"RequestId":"task-7"}}"#) }
            let status = statuses[min(polls, statuses.count) - 1]
            return .respond(
                status: 200, body: #"{"Response":{"Status":\#(status),"Message":"\#(message)","RequestId":"poll-\#(polls)"}}"#)
        }
        return (server, seen)
    }

    @Test func andWaitPollsTheTaskUntilItSucceeds() async throws {
        let (server, seen) = try await Self.taskServer(statuses: [2, 2, 0])
        let response = try await Self.clb(server).deregisterTargetsAndWait(
            CLB.DeregisterTargetsRequest(loadBalancerId: "lb-1", listenerId: "lbl-1", targets: [CLB.Target(port: 80)]),
            waiter: Self.fastWaiter)
        #expect(response.requestId == "task-7")
        let calls = seen.withLockedValue { $0 }
        #expect(calls.count == 4)
        #expect(calls.dropFirst().allSatisfy { $0 == #"DescribeTaskStatus:{"TaskId":"task-7"}"# })
        try await server.shutdown()
    }

    @Test func aFailedTaskThrowsItsMessage() async throws {
        let (server, _) = try await Self.taskServer(statuses: [2, 1], message: "backend busy")
        await #expect(throws: TaskWaitError.failed(taskId: "task-9", message: "backend busy")) {
            try await Self.clb(server).waitForTask("task-9", waiter: Self.fastWaiter)
        }
        try await server.shutdown()
    }

    @Test func aTaskStillRunningTimesOut() async throws {
        let (server, _) = try await Self.taskServer(statuses: [2])
        let waiter = TaskWaiter(initialDelay: .milliseconds(5), maximumDelay: .milliseconds(10), timeout: .milliseconds(60))
        await #expect(throws: TaskWaitError.timedOut(taskId: "t", after: .milliseconds(60))) {
            try await Self.clb(server).waitForTask("t", waiter: waiter)
        }
        try await server.shutdown()
    }

    /// Cancelled during its first sleep, an hour long: only cancellation can end the wait within the test's time
    /// limit, however loaded the machine.
    @Test(.timeLimit(.minutes(2))) func cancellationStopsWaiting() async throws {
        let (server, _) = try await Self.taskServer(statuses: [2])
        let clb = Self.clb(server)
        let task = Task {
            try await clb.waitForTask("t", waiter: TaskWaiter(initialDelay: .seconds(3_600), timeout: .seconds(7_200)))
        }
        try await Task.sleep(for: .milliseconds(200))
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        try await server.shutdown()
    }

    @Test func unknownErrorCodesStayRepresentable() async throws {
        let server = try await LoopbackServer(
            body: #"{"Response":{"Error":{"Code":"FailedOperation.NewThing","Message":"later"},"RequestId":"r"}}"#)
        do {
            try await Self.clb(server).deregisterTargets(loadBalancerId: "lb", listenerId: "l", targets: [CLB.Target(port: 1)])
            Issue.record("no error thrown")
        } catch let error as CLB.Error {
            #expect(error.code.rawValue == "FailedOperation.NewThing")
            #expect(!error.code.isKnown)
            #expect(error.isFamily(.failedOperation))
            #expect(error.requestId == "r")
        }
        #expect(CLB.Error.Code.knownValues.contains(.authFailureSignatureExpire))
        #expect(CLB.Error.Code.knownValues.contains(.invalidParameterValue))
        try await server.shutdown()
    }

    @Test func aFieldOfTheWrongKindFailsNamingItsPath() async throws {
        let server = try await LoopbackServer(
            body: #"{"Response":{"Status":0,"LoadBalancerIds":["lb-1", 2],"RequestId":"r"}}"#)
        do {
            _ = try await Self.clb(server).describeTaskStatus(taskId: "t")
            Issue.record("a malformed response decoded")
        } catch TencentCloudError.invalidResponse(let status, let reason, _) {
            #expect(status == 200)
            #expect(reason.hasPrefix("Response.LoadBalancerIds[1]:"), "\(reason)")
        }
        try await server.shutdown()
    }
}
