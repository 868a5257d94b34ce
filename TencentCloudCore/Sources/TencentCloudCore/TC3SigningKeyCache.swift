import Crypto
import NIOConcurrencyHelpers

/// Derived TC3 signing keys, kept per secret key, UTC day and service.
///
/// The key a request is signed with depends only on the secret key, the day of its timestamp and the service,
/// yet deriving it takes three HMAC-SHA256 rounds — as much as the rest of the signature. A client signs every
/// request with a key from this cache; a new day, service or rotated secret derives a new one. The cache holds
/// at most ``capacity`` keys and starts over when it is full.
public final class TC3SigningKeyCache: Sendable {
    private struct Entry: Hashable {
        var secretKey: String
        var day: Int64
        var service: String
    }

    /// How many keys are kept before the cache starts over.
    public let capacity: Int
    /// The key and the HMAC states it makes (kept, so signing skips the key setup); a class, so that a lookup
    /// retains one object.
    private final class Derived: Sendable {
        let key: SymmetricKey
        let authenticator: TC3Authenticator
        /// The UTC date of the key's day, as the signature's credential scope writes it.
        let date: String

        init(key: SymmetricKey, authenticator: TC3Authenticator, date: String) {
            self.key = key
            self.authenticator = authenticator
            self.date = date
        }
    }

    /// The keys, and the one asked for last (most calls ask for it again; comparing beats hashing the secret).
    private struct State {
        var keys: [Entry: Derived] = [:]
        var last: (entry: Entry, derived: Derived)?
    }

    private let state = NIOLockedValueBox(State())

    /// Creates an empty cache holding at most `capacity` keys.
    public init(capacity: Int = 64) {
        self.capacity = max(1, capacity)
    }

    /// The signing key for a request at `timestamp` (seconds since 1970) to `service`.
    public func key(secretKey: String, timestamp: Int, service: String) -> SymmetricKey {
        derived(secretKey: secretKey, timestamp: timestamp, service: service).key
    }

    /// An HMAC-SHA256 keyed with the signing key, ready to authenticate a string to sign, and the date of its
    /// day (made once a day rather than for every request).
    func authenticator(secretKey: String, timestamp: Int, service: String) -> (TC3Authenticator, date: String) {
        let derived = derived(secretKey: secretKey, timestamp: timestamp, service: service)
        return (derived.authenticator, derived.date)
    }

    private func derived(secretKey: String, timestamp: Int, service: String) -> Derived {
        let day = CivilDate.dayAndSecond(of: Int64(timestamp)).day
        let entry = Entry(secretKey: secretKey, day: day, service: service)
        let cached = state.withLockedValue { state -> Derived? in
            // Compared in place: binding the optional pair copied (and retained) all of it.
            if state.last?.entry == entry { return state.last?.derived }
            guard let derived = state.keys[entry] else { return nil }
            state.last = (entry, derived)
            return derived
        }
        if let cached { return cached }
        let date = TC3Signer.date(of: timestamp)
        let key = TC3Signer.signingKey(secretKey: secretKey, date: date, service: service)
        let derived = Derived(key: key, authenticator: TC3Authenticator(key: key), date: date)
        state.withLockedValue { state in
            if state.keys.count >= capacity { state.keys.removeAll(keepingCapacity: true) }
            state.keys[entry] = derived
            state.last = (entry, derived)
        }
        return derived
    }

    /// How many keys the cache holds.
    public var count: Int { state.withLockedValue(\.keys.count) }
}
