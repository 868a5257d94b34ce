import DocModel
import DocParser
import Foundation
import Testing

@testable import SwiftGenerator

/// The translate step's decisions, asserted on the plan of the seed's service (specs/clb), not on emitted text.
struct ServicePlanTests {
    static func plan() async throws -> ServicePlan {
        let folder = SeedGoldenTests.root.appendingPathComponent("specs/clb/2018-03-17")
        let pages = try ["DeregisterTargets.md", "DescribeTaskStatus.md", "数据结构.md"].map {
            PageSource(
                path: "specs/clb/2018-03-17/\($0)",
                text: try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
        let service = try #require(await ModelBuilder.build(pages).model.services.first)
        let module = try #require(ModuleName.plan([service]).first?.1)
        return ServicePlan(service: service, module: module, access: .public)
    }

    @Test func waitingForTasksIsPlannedFromTheStatusOutcomes() async throws {
        let waiter = try #require(try await Self.plan().waiter)
        #expect(waiter.statusAction.name == "DescribeTaskStatus")
        #expect(waiter.taskId.parameter.name == "TaskId")
        #expect(waiter.succeeded == ["0"])
        #expect(waiter.failed == ["1"])
        // DeregisterTargets is asynchronous and returns no TaskId: its request id names the task.
        #expect(waiter.waitingActions.map(\.action.name) == ["DeregisterTargets"])
        #expect(waiter.waitingActions.first.map { $0.taskId == nil } == true)
    }

    @Test func everyResponseHasARequestIdAndRequestsTheirRules() async throws {
        let plan = try await Self.plan()
        for action in plan.service.actions {
            #expect(plan.context.outputMembers(of: action).contains { $0.parameter.name == "RequestId" }, "\(action.name)")
        }
        let deregister = try #require(plan.service.actions.first { $0.name == "DeregisterTargets" })
        let targets = try #require(plan.context.inputMembers(of: deregister).first { $0.parameter.name == "Targets" })
        #expect(targets.rules.contains(.nonEmpty))
        #expect(targets.rules.contains(.nested))
    }

    @Test func examplesThatFitBecomeTestCases() async throws {
        let plan = try await Self.plan()
        #expect(plan.paginators.paginators.isEmpty && plan.paginators.notes.isEmpty)
        #expect(plan.examples.map(\.action.name) == ["DeregisterTargets", "DescribeTaskStatus"])
        #expect(
            plan.examples.first?.query?.map(\.0) == ["LoadBalancerId", "ListenerId", "Targets.0.InstanceId", "Targets.0.Port"])
        #expect(plan.diagnostics.isEmpty)
    }
}
