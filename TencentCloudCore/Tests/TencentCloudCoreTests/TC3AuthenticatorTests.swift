import Crypto
import Foundation
import PropertyBased
import Testing

@testable import TencentCloudCore

/// `TC3Authenticator`, the signer's HMAC-SHA256 over `SHA256` states, gives swift-crypto's `HMAC<SHA256>` codes.
struct TC3AuthenticatorTests {
    static func bytes(_ count: Int, using generator: inout Xoshiro) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    /// Keys shorter than, as long as and longer than SHA-256's 64-byte block; messages of 0 to 300 bytes, across
    /// block boundaries; one authenticator used for several messages (its states are never consumed).
    @Test func randomKeysAndMessagesGiveHMACsCodes() {
        var generator = Xoshiro(seed: (0x7C3A, 0x9E37_79B9_7F4A_7C15, 0xBF58_476D_1CE4_E5B9, 0x94D0_49BB_1331_11EB))
        let keyLengths = [0, 1, 31, 32, 63, 64, 65, 127, 200]
        for keyLength in keyLengths {
            let key = SymmetricKey(data: Self.bytes(keyLength, using: &generator))
            let authenticator = TC3Authenticator(key: key)
            for _ in 0..<40 {
                let message = Self.bytes(Int.random(in: 0...300, using: &generator), using: &generator)
                let ours = message.withUnsafeBytes { authenticator.code(for: $0) }
                let theirs = HMAC<SHA256>.authenticationCode(for: message, using: key)
                #expect(Array(ours) == Array(theirs), "key of \(keyLength) bytes, message of \(message.count)")
            }
        }
    }

    /// Hex of every byte value, and of random bytes of 0 to 40 (whole words and the bytes after them), is
    /// lowercase two digits per byte, as `%02x` writes it.
    @Test func hexIsTwoLowercaseDigitsPerByte() {
        func expected(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
        let every = (0...255).map(UInt8.init)
        #expect(Hex.encode(every) == expected(every))
        var generator = Xoshiro(seed: (0x4E8, 0x9E37_79B9_7F4A_7C15, 0xBF58_476D_1CE4_E5B9, 0x94D0_49BB_1331_11EB))
        for count in 0...40 {
            for _ in 0..<20 {
                let bytes = Self.bytes(count, using: &generator)
                #expect(Hex.encode(bytes) == expected(bytes))
            }
        }
    }

    /// RFC 4231's test case 2 (a short key) and 6 (a key longer than the block).
    @Test func rfc4231Vectors() {
        let cases: [(key: [UInt8], message: String, code: String)] = [
            (
                Array("Jefe".utf8), "what do ya want for nothing?",
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
            ),
            (
                [UInt8](repeating: 0xAA, count: 131), "Test Using Larger Than Block-Size Key - Hash Key First",
                "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
            ),
        ]
        for (key, message, code) in cases {
            let authenticator = TC3Authenticator(key: SymmetricKey(data: key))
            #expect(Hex.encode(Array(message.utf8).withUnsafeBytes { authenticator.code(for: $0) }) == code)
        }
    }

    /// A digest's bytes read from its memory are swift-crypto's bytes, and the layout check holds here (where it
    /// fails, swift-crypto's method is used, so the bytes are right either way).
    @Test func digestBytesAreSwiftCryptosBytes() {
        #expect(SHA256Digest.hasPlainLayout)
        var generator = Xoshiro(seed: (0xD16E, 0x9E37_79B9_7F4A_7C15, 0xBF58_476D_1CE4_E5B9, 0x94D0_49BB_1331_11EB))
        for count in [0, 1, 64, 300] {
            let digest = SHA256.hash(data: Self.bytes(count, using: &generator))
            #expect(digest.withDigestBytes { Array($0) } == Array(digest))
        }
    }

    /// An input made from the body signs as one made from the body's hex hash, and reports that hash.
    @Test func inputFromBodyIsInputFromItsHash() {
        let body = Array(#"{"Limit":10}"#.utf8)
        let headers = [("content-type", "application/json"), ("host", "cvm.tencentcloudapi.com")]
        let hashed = TC3Signer.Input(method: "POST", headers: headers, payload: body, timestamp: 1_700_000_000, service: "cvm")
        let hash = Array(SHA256.hash(data: body)).map { String(format: "%02x", $0) }.joined()
        let given = TC3Signer.Input(
            method: "POST", headers: headers, payloadHash: hash, timestamp: 1_700_000_000, service: "cvm")
        #expect(hashed.payloadHash == hash)
        let key = SymmetricKey(data: Array("key".utf8))
        #expect(TC3Signer.sign(hashed, secretId: "id", signingKey: key) == TC3Signer.sign(given, secretId: "id", signingKey: key))
        var changed = hashed
        changed.payloadHash = TC3Signer.unsignedPayload
        #expect(TC3Signer.sign(changed, secretId: "id", signingKey: key).canonicalRequest.hasSuffix("\nUNSIGNED-PAYLOAD"))
    }

    @Test func digestIsSHA256() {
        var generator = Xoshiro(seed: (0x5A256, 0x9E37_79B9_7F4A_7C15, 0xBF58_476D_1CE4_E5B9, 0x94D0_49BB_1331_11EB))
        for count in [0, 1, 55, 56, 63, 64, 65, 1000] {
            let bytes = Self.bytes(count, using: &generator)
            #expect(Array(bytes.withUnsafeBytes { TC3Authenticator.digest($0) }) == Array(SHA256.hash(data: bytes)))
        }
    }
}
