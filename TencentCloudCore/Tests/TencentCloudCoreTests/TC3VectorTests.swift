import Crypto
import Foundation
import Testing

@testable import TencentCloudCore

/// The official TC3-HMAC-SHA256 vectors in `../shared/vectors/tc3.json`, with every intermediate value.
@Suite(.enabled(if: SharedVectors.isAvailable, "../shared/vectors/tc3.json is missing: TC3 vector tests skipped"))
struct TC3VectorTests {
    @Test func vectorFileIsRead() {
        #expect(SharedVectors.tc3().count >= 10)
    }

    @Test("Every TC3 vector: canonical request, hashes, derived keys, signature, Authorization", arguments: SharedVectors.tc3())
    func vector(_ vector: SharedVectors.Vector) throws {
        let input: TC3Signer.Input
        if let payload = vector.payload {
            input = TC3Signer.Input(
                method: vector.method, query: vector.query, headers: vector.headers, payload: Array(payload.utf8),
                timestamp: vector.timestamp, service: vector.service)
        } else {
            input = TC3Signer.Input(
                method: vector.method, query: vector.query, headers: vector.headers,
                payloadHash: try #require(vector.payloadHash), timestamp: vector.timestamp, service: vector.service)
        }
        let signature: TC3Signer.Signature
        if let secretKey = vector.secretKey {
            signature = TC3Signer.sign(input, secretId: vector.secretId, secretKey: secretKey)
            // The client's path: the key from a cache, asked twice so the second answer is the cached one.
            let cache = TC3SigningKeyCache()
            for _ in 0..<2 {
                #expect(
                    TC3Signer.sign(input, secretId: vector.secretId, secretKey: secretKey, cache: cache) == signature,
                    "\(vector.id)")
            }
            #expect(cache.count == 1)
            let keys = TC3Signer.derivedKeys(
                secretKey: secretKey, date: TC3Signer.date(of: vector.timestamp), service: vector.service)
            if let expected = vector.computed["secret_date"] { #expect(keys.date == expected, "\(vector.id)") }
            if let expected = vector.computed["secret_service"] { #expect(keys.service == expected, "\(vector.id)") }
            if let expected = vector.computed["secret_signing"] { #expect(keys.signing == expected, "\(vector.id)") }
        } else {
            let signing = try #require(vector.secretSigning.flatMap(Self.bytes(hex:)), "\(vector.id) has no key")
            signature = TC3Signer.sign(input, secretId: vector.secretId, signingKey: SymmetricKey(data: signing))
        }
        let produced: [String: String] = [
            "payload_hash": input.payloadHash,
            "canonical_request": signature.canonicalRequest,
            "hashed_canonical_request": signature.hashedCanonicalRequest,
            "credential_scope": signature.credentialScope,
            "string_to_sign": signature.stringToSign,
            "signed_headers": signature.signedHeaders,
            "signature": signature.signature,
            "authorization": signature.authorization,
        ]
        for (key, expected) in vector.computed.merging(vector.expect, uniquingKeysWith: { $1 }) {
            guard let value = produced[key] else { continue }
            #expect(value == expected, "\(vector.id): \(key)")
        }
        #expect(signature.signature == vector.expect["signature"], "\(vector.id)")
    }

    static func bytes(hex: String) -> [UInt8]? {
        let characters = Array(hex.utf8)
        guard characters.count % 2 == 0 else { return nil }
        return stride(from: 0, to: characters.count, by: 2).compactMap {
            UInt8(String(decoding: characters[$0..<$0 + 2], as: UTF8.self), radix: 16)
        }
    }
}
