/// A token bucket per action: at most `rate` calls a second on average, bursts up to `rate`.
actor RateLimiter {
    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    private var buckets: [String: Bucket] = [:]
    private let clock = ContinuousClock()

    /// Waits until `action` may be called again under `rate` calls per second.
    func acquire(_ action: String, rate: Int) async throws {
        guard rate > 0 else { return }
        while true {
            let now = clock.now
            var bucket = buckets[action] ?? Bucket(tokens: Double(rate), updated: now)
            let elapsed =
                Double((now - bucket.updated).components.attoseconds) / 1e18 + Double((now - bucket.updated).components.seconds)
            bucket.tokens = min(Double(rate), bucket.tokens + elapsed * Double(rate))
            bucket.updated = now
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                buckets[action] = bucket
                return
            }
            buckets[action] = bucket
            let wait = (1 - bucket.tokens) / Double(rate)
            try await Task.sleep(for: .nanoseconds(Int64(wait * 1e9) + 1))
        }
    }
}
