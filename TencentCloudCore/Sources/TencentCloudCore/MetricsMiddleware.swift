import HTTPTypes
import Metrics

/// swift-metrics counters and timers for calls: `tencentcloud_requests_total` (by service, action, outcome),
/// `tencentcloud_request_duration_seconds` and `tencentcloud_retries_total`.
public struct MetricsMiddleware: TencentCloudMiddleware {
    /// Creates the middleware; it reports to the bootstrapped `MetricsSystem`.
    public init() {}

    public func interceptCall(
        _ request: HTTPRequest, body: TransportBody?, context: MiddlewareContext, next: MiddlewareNext
    ) async throws -> (HTTPResponse, TransportBody) {
        let started = ContinuousClock.now
        do {
            let answer = try await next(request, body)
            record(context, outcome: "success", since: started)
            return answer
        } catch {
            record(context, outcome: "failure", since: started)
            throw error
        }
    }

    public func interceptAttempt(
        _ request: HTTPRequest, body: TransportBody?, context: MiddlewareContext, next: MiddlewareNext
    ) async throws -> (HTTPResponse, TransportBody) {
        if let attempt = context.attempt, attempt > 0 {
            Counter(label: "tencentcloud_retries_total", dimensions: dimensions(context)).increment()
        }
        return try await next(request, body)
    }

    private func dimensions(_ context: MiddlewareContext) -> [(String, String)] {
        [("service", context.service.name), ("action", context.action.name)]
    }

    private func record(_ context: MiddlewareContext, outcome: String, since started: ContinuousClock.Instant) {
        let dimensions = dimensions(context) + [("outcome", outcome)]
        Counter(label: "tencentcloud_requests_total", dimensions: dimensions).increment()
        Metrics.Timer(label: "tencentcloud_request_duration_seconds", dimensions: dimensions)
            .recordInterval(since: started)
    }
}

extension Metrics.Timer {
    fileprivate func recordInterval(since started: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - started
        recordNanoseconds(elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
    }
}
