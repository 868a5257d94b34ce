import Metrics

/// swift-metrics counters and timers for calls: `tencentcloud_requests_total` (by service, action, outcome),
/// `tencentcloud_request_duration_seconds` and `tencentcloud_retries_total`.
enum RequestMetrics {
    static func record(service: String, action: String, outcome: String, since started: ContinuousClock.Instant) {
        let dimensions = [("service", service), ("action", action), ("outcome", outcome)]
        Counter(label: "tencentcloud_requests_total", dimensions: dimensions).increment()
        let elapsed = ContinuousClock.now - started
        let nanoseconds = elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
        Metrics.Timer(label: "tencentcloud_request_duration_seconds", dimensions: dimensions).recordNanoseconds(nanoseconds)
    }

    static func recordRetry(service: String, action: String) {
        Counter(label: "tencentcloud_retries_total", dimensions: [("service", service), ("action", action)]).increment()
    }
}
