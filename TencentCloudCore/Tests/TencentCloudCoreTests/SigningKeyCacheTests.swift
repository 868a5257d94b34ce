import Crypto
import Testing

@testable import TencentCloudCore

/// `TC3SigningKeyCache` hands out the key `TC3Signer.signingKey` derives, per secret, UTC day and service.
struct SigningKeyCacheTests {
    static let secret = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"

    static func derived(_ secret: String, _ timestamp: Int, _ service: String) -> SymmetricKey {
        TC3Signer.signingKey(secretKey: secret, date: TC3Signer.date(of: timestamp), service: service)
    }

    @Test func sameDayServiceAndSecretShareOneKey() {
        let cache = TC3SigningKeyCache()
        let morning = 1_700_006_400  // 2023-11-15 00:00:00 UTC
        let first = cache.key(secretKey: Self.secret, timestamp: morning, service: "clb")
        let evening = cache.key(secretKey: Self.secret, timestamp: morning + 86_399, service: "clb")
        #expect(first == Self.derived(Self.secret, morning, "clb"))
        #expect(evening == first)
        #expect(cache.count == 1)
    }

    @Test func newDayServiceOrSecretDerivesAnotherKey() {
        let cache = TC3SigningKeyCache()
        let day = 1_700_006_400
        let keys = [
            cache.key(secretKey: Self.secret, timestamp: day, service: "clb"),
            cache.key(secretKey: Self.secret, timestamp: day + 86_400, service: "clb"),
            cache.key(secretKey: Self.secret, timestamp: day, service: "cvm"),
            cache.key(secretKey: Self.secret + "rotated", timestamp: day, service: "clb"),
        ]
        #expect(keys[1] == Self.derived(Self.secret, day + 86_400, "clb"))
        #expect(keys[2] == Self.derived(Self.secret, day, "cvm"))
        #expect(keys[3] == Self.derived(Self.secret + "rotated", day, "clb"))
        #expect(Set(keys.map { Array($0.withUnsafeBytes { Array($0) }) }).count == 4)
        #expect(cache.count == 4)
    }

    @Test func beforeNineteenSeventyTheDayStillRoundsDown() {
        let cache = TC3SigningKeyCache()
        // One second before 1970-01-01 belongs to 1969-12-31, like the credential scope.
        #expect(cache.key(secretKey: Self.secret, timestamp: -1, service: "clb") == Self.derived(Self.secret, -1, "clb"))
        #expect(cache.key(secretKey: Self.secret, timestamp: 0, service: "clb") == Self.derived(Self.secret, 0, "clb"))
        #expect(cache.count == 2)
    }

    @Test func aFullCacheStartsOver() {
        let cache = TC3SigningKeyCache(capacity: 3)
        for day in 0..<10 {
            let timestamp = day * 86_400
            #expect(
                cache.key(secretKey: Self.secret, timestamp: timestamp, service: "clb")
                    == Self.derived(Self.secret, timestamp, "clb"))
            #expect(cache.count <= 3)
        }
    }
}
