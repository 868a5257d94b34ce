import Foundation
import TencentCloudCLB

/// `swift run -c release RuntimeBenchmark [seconds]`: builds, validates, encodes and signs a DeregisterTargets
/// request in a loop and prints operations per second — the same work `Benchmarks/python_sdk_sign.py` times for
/// the official Python SDK.
@main
enum RuntimeBenchmark {
    static func main() throws {
        let seconds = CommandLine.arguments.dropFirst().first.flatMap(Double.init) ?? 3
        let encoder = JSONEncoder()
        var operations = 0
        var checksum = 0
        let started = ContinuousClock.now
        let deadline = started + .milliseconds(Int(seconds * 1000))
        while ContinuousClock.now < deadline {
            for _ in 0..<1_000 {
                let request = DeregisterTargetsRequest(
                    loadBalancerId: "lb-cuxw2rm0", listenerId: "lbl-d1ubsydq",
                    targets: [
                        Target(port: 334, instanceId: "ins-dm4xtz0i"), Target(port: 335, instanceId: "ins-dm4xtz0j", weight: 10),
                    ])
                try request.validate()
                let body = try encoder.encode(request)
                let signature = TC3Signer.sign(
                    TC3Signer.Input(
                        method: "POST",
                        headers: [("content-type", "application/json; charset=utf-8"), ("host", "clb.tencentcloudapi.com")],
                        payload: body, timestamp: 1_700_000_000 + operations, service: "clb"),
                    secretId: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", secretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE")
                checksum &+= signature.authorization.utf8.count
                operations += 1
            }
        }
        let elapsed = ContinuousClock.now - started
        let total = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(
            String(
                format: "swift: %d operations in %.2f s = %.0f ops/s (checksum %d)", operations, total,
                Double(operations) / total, checksum))
    }
}
