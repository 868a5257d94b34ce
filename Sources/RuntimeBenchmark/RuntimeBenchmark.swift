import Foundation
import TencentCloudCLB
import TencentCloudCore

/// `swift run -c release RuntimeBenchmark [seconds]`: builds, validates, encodes and signs a DeregisterTargets
/// request in a loop and prints operations per second — the same work `Benchmarks/python_sdk_sign.py` times for
/// the official Python SDK — then the cost of each step alone (`ONLY=sign` times only the steps so named, not
/// the whole operation; `ONLY=operation` only the whole operation).
@main
enum RuntimeBenchmark {
    static let secretId = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
    static let secretKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"

    static func main() throws {
        let seconds = CommandLine.arguments.dropFirst().first.flatMap(Double.init) ?? 3
        let encoder = TencentCloudJSONEncoder()
        let signer = TC3SigningKeyCache()
        var checksum = 0
        // `ONLY=<prefix>` times only the steps whose names start with it, each for `seconds` (for a profiler);
        // `ONLY=operation`, only the whole operation.
        let only = ProcessInfo.processInfo.environment["ONLY"]
        if only == nil || only == "operation" {
            let (operations, elapsed) = try measure(seconds: seconds) { index in
                let request = makeRequest()
                try request.validate()
                checksum &+= sign(try encoder.encode(request), at: 1_700_000_000 + index, with: signer).utf8.count
            }
            print(
                String(
                    format: "swift: %d operations in %.2f s = %.0f ops/s (checksum %d)", operations, elapsed,
                    Double(operations) / elapsed, checksum))
        }

        // Each step alone, in microseconds per operation.
        let request = makeRequest()
        let body = try encoder.encode(request)
        let foundation = JSONEncoder()
        foundation.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let steps: [(String, (Int) throws -> Void)] = [
            ("build", { _ in checksum &+= makeRequest().targets.count }),
            ("validate", { _ in try request.validate() }),
            ("encode (TencentCloudJSONEncoder)", { _ in checksum &+= try encoder.encode(request).count }),
            ("encode (Foundation JSONEncoder)", { _ in checksum &+= try foundation.encode(request).count }),
            (
                "derive signing key",
                { index in _ = TC3Signer.signingKey(secretKey: secretKey, date: TC3Signer.date(of: index), service: "clb") }
            ),
            ("sign with cached key", { index in checksum &+= sign(body, at: 1_700_000_000 + index, with: signer).utf8.count }),
        ]
        for (name, step) in steps where only.map({ name.hasPrefix($0) }) ?? true {
            let (count, time) = try measure(seconds: only == nil ? min(seconds, 1) : seconds, step)
            print(
                "  " + name.padding(toLength: 34, withPad: " ", startingAt: 0)
                    + String(format: "%7.2f µs", time / Double(count) * 1e6))
        }
    }

    /// The `Authorization` header of a POST of `body` to CLB at `timestamp`, as the client signs it.
    static func sign(_ body: [UInt8], at timestamp: Int, with cache: TC3SigningKeyCache) -> String {
        TC3Signer.authorization(
            TC3Signer.Input(
                method: "POST",
                headers: [("content-type", "application/json; charset=utf-8"), ("host", "clb.tencentcloudapi.com")],
                payload: body, timestamp: timestamp, service: "clb"),
            secretId: secretId, secretKey: secretKey, cache: cache)
    }

    static func makeRequest() -> CLB.DeregisterTargetsRequest {
        CLB.DeregisterTargetsRequest(
            loadBalancerId: "lb-cuxw2rm0", listenerId: "lbl-d1ubsydq",
            targets: [
                CLB.Target(port: 334, instanceId: "ins-dm4xtz0i"), CLB.Target(port: 335, instanceId: "ins-dm4xtz0j", weight: 10),
            ])
    }

    /// `ITERATIONS=<n>`: each loop runs exactly `n` times instead of for a time, so that an instruction counter
    /// (`valgrind --tool=callgrind`, on a copy stripped of debug information) sees the same work in every run.
    static let iterations = ProcessInfo.processInfo.environment["ITERATIONS"].flatMap(Int.init)

    /// Runs `body` in batches of 1,000 until `seconds` have passed (or ``iterations`` times); returns the count and
    /// the elapsed seconds.
    static func measure(seconds: Double, _ body: (Int) throws -> Void) throws -> (Int, Double) {
        var operations = 0
        let started = ContinuousClock.now
        let deadline = started + .milliseconds(Int(seconds * 1000))
        if let iterations {
            for index in 0..<iterations { try body(index) }
            operations = iterations
        } else {
            while ContinuousClock.now < deadline {
                for _ in 0..<1_000 {
                    try body(operations)
                    operations += 1
                }
            }
        }
        let elapsed = ContinuousClock.now - started
        return (operations, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}
