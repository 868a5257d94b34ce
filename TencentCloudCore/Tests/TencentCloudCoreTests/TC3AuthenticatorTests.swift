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

/// What the signer makes of its input besides hashing: canonical headers, the timestamp's digits, and the
/// `Authorization` header the client sends, written without keeping the values it is made of.
struct TC3SignerInputTests {
    static let key = SymmetricKey(data: Array("signing".utf8))

    /// Headers as a caller may give them (names in any case, values padded with spaces or tabs, in any order) sign
    /// as their canonical form, which the canonical request lists sorted by name.
    @Test func headersAreSignedInCanonicalForm() {
        var generator = Xoshiro(seed: (0x4EAD, 0x9E37_79B9_7F4A_7C15, 0xBF58_476D_1CE4_E5B9, 0x94D0_49BB_1331_11EB))
        let names = ["content-type", "host", "x-tc-action", "a", "x-tc-region-long-name"]
        let pads = ["", " ", "\t", "  \t"]
        for _ in 0..<300 {
            let chosen = names.filter { _ in Bool.random(using: &generator) }
            let given = chosen.shuffled(using: &generator).map { name in
                let cased = String(name.map { Bool.random(using: &generator) ? Character($0.uppercased()) : $0 })
                let value = "v-\(name)"
                return (
                    cased, pads.randomElement(using: &generator)! + value + pads.randomElement(using: &generator)!
                )
            }
            let canonical = chosen.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).map { ($0, "v-\($0)") }
            func input(_ headers: [(String, String)]) -> TC3Signer.Input {
                TC3Signer.Input(method: "POST", headers: headers, payload: [UInt8](), timestamp: 1_700_000_000, service: "cvm")
            }
            let signed = TC3Signer.sign(input(given), secretId: "id", signingKey: Self.key)
            #expect(signed == TC3Signer.sign(input(canonical), secretId: "id", signingKey: Self.key), "\(given)")
            let lines = canonical.map { "\($0.0):\($0.1)\n" }.joined()
            #expect(signed.canonicalRequest.hasPrefix("POST\n/\n\n" + lines + "\n"))
            #expect(signed.signedHeaders == canonical.map(\.0).joined(separator: ";"))
        }
    }

    /// The timestamp is written as `String(timestamp)` would write it, whatever its number of digits or sign.
    @Test(arguments: [0, 1, 9, 10, 99, 100, 999_999_999, 1_000_000_000, 1_700_000_000, 99_999_999_999, -1, -10, -86_401])
    func timestampDigits(timestamp: Int) {
        let input = TC3Signer.Input(
            method: "POST", headers: [("host", "cvm.tencentcloudapi.com")], payload: [UInt8](), timestamp: timestamp,
            service: "cvm")
        let lines = TC3Signer.sign(input, secretId: "id", signingKey: Self.key).stringToSign.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.dropFirst().first.map(String.init) == String(timestamp))
    }

    /// `authorization(_:secretId:secretKey:cache:)`, what the client sends, is the header `sign` reports, for
    /// bodies, queries and secrets of many lengths.
    @Test func authorizationIsTheSignaturesHeader() {
        var generator = Xoshiro(seed: (0xA17, 0x9E37_79B9_7F4A_7C15, 0xBF58_476D_1CE4_E5B9, 0x94D0_49BB_1331_11EB))
        let cache = TC3SigningKeyCache()
        for index in 0..<200 {
            let body = TC3AuthenticatorTests.bytes(Int.random(in: 0...3000, using: &generator), using: &generator)
            let query = index % 3 == 0 ? "" : String(repeating: "Limit=10&", count: Int.random(in: 1...200, using: &generator))
            let secretId = "AKID" + String(repeating: "x", count: Int.random(in: 0...80, using: &generator))
            let secretKey = String(repeating: "k", count: Int.random(in: 1...80, using: &generator))
            let input = TC3Signer.Input(
                method: index % 2 == 0 ? "POST" : "GET", query: query,
                headers: [("content-type", "application/json"), ("host", "cvm.tencentcloudapi.com")], payload: body,
                timestamp: Int.random(in: 0...4_000_000_000, using: &generator), service: index % 4 < 2 ? "cvm" : "clb")
            #expect(
                TC3Signer.authorization(input, secretId: secretId, secretKey: secretKey, cache: cache)
                    == TC3Signer.sign(input, secretId: secretId, secretKey: secretKey).authorization)
        }
    }
}
