import NIOConcurrencyHelpers

/// Domain failover, as the official SDKs do it: when a request to `*.tencentcloudapi.com` cannot be sent (the name
/// does not resolve, the connection is refused or times out, TLS fails), the next attempt goes to the same host
/// under `tencentcloudapi.com.cn`, then `tencentcloudapi.cn`, at once and without counting as a retry (nothing
/// reached the server). International hosts (`*.intl.tencentcloudapi.com`) and endpoints the caller set are never
/// moved.
///
/// The state is per host: after a failover, later calls for the same host go to the domain that answered until
/// ``retryPrimaryAfter`` has passed, then the primary domain is tried again.
final class DomainFailover: Sendable {
    /// The domains in the order they are tried; a host under one of them moves to the next ones in turn.
    static let domains = ["tencentcloudapi.com", "tencentcloudapi.com.cn", "tencentcloudapi.cn"]
    /// How long calls stay on a fallback domain before the primary is tried again.
    let retryPrimaryAfter: Duration
    private let now: @Sendable () -> ContinuousClock.Instant
    private let preferred = NIOLockedValueBox<[String: (host: String, since: ContinuousClock.Instant)]>([:])

    init(retryPrimaryAfter: Duration = .seconds(60), now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }) {
        self.retryPrimaryAfter = retryPrimaryAfter
        self.now = now
    }

    /// The hosts to try for `host`, the one to start with first: `host` itself, then the other domains.
    static func candidates(for host: String) -> [String] {
        let (name, port) = split(host)
        guard !name.hasSuffix(".intl.tencentcloudapi.com"),
            let index = domains.indices.reversed().first(where: { name.hasSuffix("." + domains[$0]) })
        else { return [host] }
        let label = name.dropLast(domains[index].count + 1)
        guard !label.isEmpty else { return [host] }
        return (0..<domains.count).map { offset in
            "\(label).\(domains[(index + offset) % domains.count])" + port
        }
    }

    /// The hosts to try for `host` in this call: the one that answered last first, while it is fresh.
    func order(for host: String) -> [String] {
        let candidates = Self.candidates(for: host)
        guard candidates.count > 1 else { return candidates }
        let instant = now()
        let remembered: String? = preferred.withLockedValue { preferred in
            guard let entry = preferred[host] else { return nil }
            if instant - entry.since >= retryPrimaryAfter {
                preferred[host] = nil
                return nil
            }
            return entry.host
        }
        guard let remembered, let index = candidates.firstIndex(of: remembered) else { return candidates }
        return Array(candidates[index...] + candidates[..<index])
    }

    /// Records that `answered` answered a request meant for `host`.
    func answered(_ answered: String, for host: String) {
        let instant = now()
        preferred.withLockedValue { preferred in
            if answered == host {
                preferred[host] = nil
            } else if preferred[host]?.host != answered {
                preferred[host] = (answered, instant)
            }
        }
    }

    private static func split(_ host: String) -> (name: String, port: String) {
        guard let colon = host.lastIndex(of: ":"), !host.hasSuffix("]") else { return (host, "") }
        return (String(host[..<colon]), String(host[colon...]))
    }
}
