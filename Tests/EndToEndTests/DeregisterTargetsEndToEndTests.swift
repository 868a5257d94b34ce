import DocModel
import DocParser
import Foundation
import LoopbackTestSupport
import TencentCloudCLB
import Testing

/// The generated `CLB.deregisterTargets` against a loopback server that checks the signature and the body,
/// and answers with the page's output example.
struct DeregisterTargetsEndToEndTests {
    static let secretId = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
    static let secretKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"

    /// The seed page's output example, read by the parser.
    static func pageOutputExample() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let path = "specs/clb/2018-03-17/DeregisterTargets.md"
        let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        let action = try #require(PageParser.parse(PageSource(path: path, text: text)).0.action)
        return try #require(action.examples.first?.output)
    }

    /// Recomputes the Authorization header from what arrived, as the real API does.
    static func expectedAuthorization(for request: RecordedRequest) -> String? {
        guard let timestamp = request.header("X-TC-Timestamp").flatMap(Int.init),
            let contentType = request.header("Content-Type"), let host = request.header("Host")
        else { return nil }
        let input = TC3Signer.Input(
            method: request.method, headers: [("content-type", contentType), ("host", host)],
            payload: Array(request.body), timestamp: timestamp, service: "clb")
        return TC3Signer.sign(input, secretId: secretId, secretKey: secretKey).authorization
    }

    @Test func signedRequestDecodesThePageExample() async throws {
        let example = try Self.pageOutputExample()
        let server = try await LoopbackServer { request in
            guard request.method == "POST", request.uri == "/",
                let authorization = request.header("Authorization"),
                authorization == Self.expectedAuthorization(for: request),
                request.header("X-TC-Action") == "DeregisterTargets",
                request.header("X-TC-Version") == "2018-03-17",
                request.header("X-TC-Region") == "ap-guangzhou",
                let body = try? JSONSerialization.jsonObject(with: request.body) as? NSDictionary,
                body == [
                    "LoadBalancerId": "lb-cuxw2rm0", "ListenerId": "lbl-d1ubsydq",
                    "Targets": [["Port": 334, "InstanceId": "ins-dm4xtz0i"]],
                ] as NSDictionary
            else {
                return .respond(
                    status: 401,
                    body:
                        #"{"Response":{"Error":{"Code":"AuthFailure","Message":"rejected by the test server"},"RequestId":"x"}}"#)
            }
            return .respond(status: 200, body: example)
        }

        let client = TencentCloudClient(credentials: .static(secretId: Self.secretId, secretKey: Self.secretKey))
        let clb = CLB(client: client, region: "ap-guangzhou", endpoint: server.url)
        let response = try await clb.deregisterTargets(
            loadBalancerId: "lb-cuxw2rm0", listenerId: "lbl-d1ubsydq",
            targets: [CLB.Target(port: 334, instanceId: "ins-dm4xtz0i")])
        #expect(response.requestId == "4d1df727-d61c-45bf-936b-cb0368fb2a7d")
        try await server.shutdown()
    }

    @Test func serviceErrorIsThrownWithCodeMessageAndRequestId() async throws {
        let server = try await LoopbackServer(
            body: #"{"Response":{"Error":{"Code":"InvalidParameter","Message":"ListenerId is wrong"},"RequestId":"req-9"}}"#)
        let clb = CLB(
            client: TencentCloudClient(credentials: .static(secretId: "id", secretKey: "key")), region: "ap-guangzhou",
            endpoint: server.url)
        await #expect(
            throws: CLB.Error(code: .invalidParameter, message: "ListenerId is wrong", requestId: "req-9")
        ) {
            try await clb.deregisterTargets(loadBalancerId: "lb-1", listenerId: "lbl-1", targets: [CLB.Target(port: 80)])
        }
        try await server.shutdown()
    }

    @Test func invalidRequestIsRefusedBeforeSending() async throws {
        let clb = CLB(
            client: TencentCloudClient(credentials: .static(secretId: "id", secretKey: "key")), region: "ap-guangzhou",
            endpoint: URL(string: "http://127.0.0.1:9")!)
        do {
            try await clb.deregisterTargets(
                loadBalancerId: "lb-1", listenerId: "lbl-1", targets: [CLB.Target(port: 80), CLB.Target(port: 81, weight: 101)])
            Issue.record("an invalid request was sent")
        } catch let error as ValidationError {
            #expect(error.problems.map(\.path) == ["targets[1].weight"])
        }
        await #expect(throws: ValidationError.self) {
            try await clb.deregisterTargets(loadBalancerId: "lb-1", listenerId: "lbl-1", targets: [])
        }
    }

    @Test func regionIsRequiredWhereThePageSaysSo() async {
        let clb = CLB(
            client: TencentCloudClient(credentials: .static(secretId: "id", secretKey: "key")),
            endpoint: URL(string: "http://127.0.0.1:9")!)
        await #expect(throws: TencentCloudError.missingRegion(action: "DeregisterTargets")) {
            try await clb.deregisterTargets(loadBalancerId: "lb-1", listenerId: "lbl-1", targets: [CLB.Target(port: 80)])
        }
    }

    @Test func describeTaskStatusDecodesNullableFields() async throws {
        let server = try await LoopbackServer(body: #"{"Response":{"Status":2,"LoadBalancerIds":null,"RequestId":"req-1"}}"#)
        let clb = CLB(
            client: TencentCloudClient(credentials: .static(secretId: "id", secretKey: "key")), region: "ap-guangzhou",
            endpoint: server.url)
        let response = try await clb.describeTaskStatus(taskId: "task-1")
        #expect(response.status == 2 && response.loadBalancerIds == nil && response.message == nil)
        try await server.shutdown()
    }
}
