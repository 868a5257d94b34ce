import NIOConcurrencyHelpers

/// The opt-in region circuit breaker of the official Go and Python SDKs: when calls to a host keep failing it
/// opens, and calls go to a backup endpoint until it half-opens and one call probes the host again.
public struct CircuitBreakerPolicy: Sendable, Hashable {
    /// Failures in the window before the breaker may open.
    public var minimumFailures: Int
    /// The share of failed calls in the window at which it opens.
    public var failureRatio: Double
    /// The window failures are counted in; the counts start again after it.
    public var window: Duration
    /// How long the breaker stays open before one call probes the host again.
    public var openDuration: Duration
    /// The endpoint calls go to while the breaker is open: the service's name and a dot are put in front
    /// (`ap-guangzhou.tencentcloudapi.com` → `clb.ap-guangzhou.tencentcloudapi.com`).
    public var backupEndpoint: String

    /// The official thresholds: open at ≥ 5 failures and ≥ 75 % failed calls in 5 minutes, half-open after 60 s,
    /// backup `ap-guangzhou.tencentcloudapi.com`.
    public init(
        minimumFailures: Int = 5, failureRatio: Double = 0.75, window: Duration = .seconds(300),
        openDuration: Duration = .seconds(60), backupEndpoint: String = "ap-guangzhou.tencentcloudapi.com"
    ) {
        self.minimumFailures = minimumFailures
        self.failureRatio = failureRatio
        self.window = window
        self.openDuration = openDuration
        self.backupEndpoint = backupEndpoint
    }
}

/// One breaker per host, with the policy's state machine: closed → open → half-open → closed or open.
final class CircuitBreakers: Sendable {
    enum State: Hashable, Sendable {
        case closed
        case open
        case halfOpen
    }

    private struct Breaker {
        var state = State.closed
        var windowStart: ContinuousClock.Instant
        var calls = 0
        var failures = 0
        var openedAt: ContinuousClock.Instant?
        var probing = false
    }

    let policy: CircuitBreakerPolicy
    private let now: @Sendable () -> ContinuousClock.Instant
    private let breakers = NIOLockedValueBox<[String: Breaker]>([:])

    init(policy: CircuitBreakerPolicy, now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }) {
        self.policy = policy
        self.now = now
    }

    /// Whether a call to `host` may go there now (closed, or the one probe of a half-open breaker); `false` sends
    /// it to the backup.
    func allows(_ host: String) -> Bool {
        let instant = now()
        return breakers.withLockedValue { breakers in
            var breaker = breakers[host] ?? Breaker(windowStart: instant)
            defer { breakers[host] = breaker }
            switch breaker.state {
            case .closed:
                return true
            case .open:
                guard let openedAt = breaker.openedAt, instant - openedAt >= policy.openDuration else { return false }
                breaker.state = .halfOpen
                breaker.probing = true
                return true
            case .halfOpen:
                if breaker.probing { return false }
                breaker.probing = true
                return true
            }
        }
    }

    /// Records how a call to `host` ended.
    func record(_ host: String, success: Bool) {
        let instant = now()
        breakers.withLockedValue { breakers in
            var breaker = breakers[host] ?? Breaker(windowStart: instant)
            defer { breakers[host] = breaker }
            switch breaker.state {
            case .halfOpen:
                breaker.probing = false
                if success {
                    breaker = Breaker(windowStart: instant)
                } else {
                    breaker.state = .open
                    breaker.openedAt = instant
                }
            case .open:
                return
            case .closed:
                if instant - breaker.windowStart >= policy.window {
                    breaker = Breaker(windowStart: instant)
                }
                breaker.calls += 1
                if !success { breaker.failures += 1 }
                if breaker.failures >= policy.minimumFailures
                    && Double(breaker.failures) >= policy.failureRatio * Double(breaker.calls)
                {
                    breaker.state = .open
                    breaker.openedAt = instant
                }
            }
        }
    }

    /// The breaker's state for `host`.
    func state(of host: String) -> State {
        breakers.withLockedValue { $0[host]?.state ?? .closed }
    }

    /// The backup host for `host`: its first label under the policy's backup endpoint.
    func backup(for host: String) -> String {
        let label = host.split(separator: ".", maxSplits: 1).first.map(String.init) ?? host
        return "\(label).\(policy.backupEndpoint)"
    }
}
