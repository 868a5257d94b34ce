import Foundation

/// A credential with the time it stops working.
public struct ExpiringCredential: Sendable, Hashable {
    /// The temporary credential.
    public var credential: Credential
    /// When it expires.
    public var expiration: Date

    /// Creates an expiring credential.
    public init(credential: Credential, expiration: Date) {
        self.credential = credential
        self.expiration = expiration
    }
}

/// Caches temporary credentials and fetches new ones shortly before they expire. Concurrent requests share
/// one fetch: while a refresh is running, every caller waits for it instead of starting another.
public actor RefreshingCredentialProvider: CredentialProvider {
    private let fetch: @Sendable () async throws -> ExpiringCredential
    private let refreshMargin: TimeInterval
    private let now: @Sendable () -> Date
    private var cached: ExpiringCredential?
    private var refreshing: Task<ExpiringCredential, any Error>?
    /// How many times credentials were fetched (for tests and diagnostics).
    public private(set) var fetchCount = 0

    /// Creates a provider that calls `fetch` when it has no credential or the one it has expires within
    /// `refreshMargin` seconds.
    public init(
        refreshMargin: TimeInterval = 300, now: @escaping @Sendable () -> Date = { Date() },
        fetch: @escaping @Sendable () async throws -> ExpiringCredential
    ) {
        self.fetch = fetch
        self.refreshMargin = refreshMargin
        self.now = now
    }

    public func credential() async throws -> Credential {
        if let cached, cached.expiration.timeIntervalSince(now()) > refreshMargin { return cached.credential }
        if let refreshing { return try await refreshing.value.credential }
        fetchCount += 1
        let task = Task { try await fetch() }
        refreshing = task
        defer { refreshing = nil }
        let fresh = try await task.value
        cached = fresh
        return fresh.credential
    }
}
