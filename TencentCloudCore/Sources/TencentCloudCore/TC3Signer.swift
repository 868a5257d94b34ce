import Crypto
import Foundation

/// TC3-HMAC-SHA256, the signature of Tencent Cloud API 3.0, with every intermediate value exposed for tests.
public enum TC3Signer {
    /// The algorithm name in the Authorization header.
    public static let algorithm = "TC3-HMAC-SHA256"

    /// What is signed.
    public struct Input: Sendable {
        /// `POST` or `GET`.
        public var method: String
        /// The canonical query string (empty for POST).
        public var query: String
        /// Headers to sign as lowercase name and value; sorted by name when signed.
        public var headers: [(String, String)]
        /// The hex SHA-256 of the body.
        public var payloadHash: String
        /// Seconds since 1970.
        public var timestamp: Int
        /// The signing service: the first label of the host (`cvm`).
        public var service: String

        /// Creates an input, hashing `payload`.
        public init(
            method: String, query: String = "", headers: [(String, String)], payload: some DataProtocol, timestamp: Int,
            service: String
        ) {
            self.init(
                method: method, query: query, headers: headers, payloadHash: Hex.sha256(payload), timestamp: timestamp,
                service: service)
        }

        /// Creates an input from the body's hash.
        public init(
            method: String, query: String = "", headers: [(String, String)], payloadHash: String, timestamp: Int, service: String
        ) {
            self.method = method
            self.query = query
            self.headers = headers
            self.payloadHash = payloadHash
            self.timestamp = timestamp
            self.service = service
        }
    }

    /// Every value the signature is made of.
    public struct Signature: Hashable, Sendable {
        /// Method, path, query, headers, signed header names and payload hash, one per line.
        public var canonicalRequest: String
        /// Hex SHA-256 of the canonical request.
        public var hashedCanonicalRequest: String
        /// `yyyy-MM-dd/<service>/tc3_request`.
        public var credentialScope: String
        /// Algorithm, timestamp, credential scope and hashed canonical request, one per line.
        public var stringToSign: String
        /// The signed header names, sorted and `;`-joined (`content-type;host`).
        public var signedHeaders: String
        /// Hex HMAC-SHA256 of the string to sign with the derived key.
        public var signature: String
        /// The `Authorization` header value.
        public var authorization: String
    }

    /// The UTC date of `timestamp` as `yyyy-MM-dd`.
    public static func date(of timestamp: Int) -> String {
        let days = Int64((Double(timestamp) / 86_400).rounded(.down))
        return CivilDate.text(CivilDate.fromDays(days))
    }

    /// The derived signing key: HMAC chain over date, service and `tc3_request`.
    public static func signingKey(secretKey: String, date: String, service: String) -> SymmetricKey {
        let secretDate = hmac(key: SymmetricKey(data: Array(("TC3" + secretKey).utf8)), date)
        let secretService = hmac(key: SymmetricKey(data: secretDate), service)
        return SymmetricKey(data: hmac(key: SymmetricKey(data: secretService), "tc3_request"))
    }

    /// The intermediate keys, hex encoded: SecretDate, SecretService, SecretSigning.
    public static func derivedKeys(secretKey: String, date: String, service: String) -> (
        date: String, service: String, signing: String
    ) {
        let secretDate = hmac(key: SymmetricKey(data: Array(("TC3" + secretKey).utf8)), date)
        let secretService = hmac(key: SymmetricKey(data: secretDate), service)
        let signing = hmac(key: SymmetricKey(data: secretService), "tc3_request")
        return (Hex.encode(secretDate), Hex.encode(secretService), Hex.encode(signing))
    }

    /// Signs `input` with a secret key.
    public static func sign(_ input: Input, secretId: String, secretKey: String) -> Signature {
        let key = signingKey(secretKey: secretKey, date: date(of: input.timestamp), service: input.service)
        return sign(input, secretId: secretId, signingKey: key)
    }

    /// Signs `input` with an already derived signing key.
    public static func sign(_ input: Input, secretId: String, signingKey: SymmetricKey) -> Signature {
        let headers = input.headers
            .map { ($0.0.lowercased(), trimmedSpaces($0.1)) }
            .sorted { $0.0 < $1.0 }
        let canonicalHeaders = headers.map { "\($0.0):\($0.1)\n" }.joined()
        let signedHeaders = headers.map(\.0).joined(separator: ";")
        let canonicalRequest = [input.method, "/", input.query, canonicalHeaders, signedHeaders, input.payloadHash]
            .joined(separator: "\n")
        let hashedCanonicalRequest = Hex.sha256(Array(canonicalRequest.utf8))
        let credentialScope = "\(date(of: input.timestamp))/\(input.service)/tc3_request"
        let stringToSign = [algorithm, String(input.timestamp), credentialScope, hashedCanonicalRequest].joined(separator: "\n")
        let signature = Hex.encode(HMAC<SHA256>.authenticationCode(for: Array(stringToSign.utf8), using: signingKey))
        let authorization =
            "\(algorithm) Credential=\(secretId)/\(credentialScope), SignedHeaders=\(signedHeaders), Signature=\(signature)"
        return Signature(
            canonicalRequest: canonicalRequest, hashedCanonicalRequest: hashedCanonicalRequest,
            credentialScope: credentialScope, stringToSign: stringToSign, signedHeaders: signedHeaders,
            signature: signature, authorization: authorization)
    }

    private static func hmac(key: SymmetricKey, _ message: String) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: Array(message.utf8), using: key))
    }
}

/// Lowercase hex helpers.
public enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    /// Lowercase hex of `bytes`.
    public static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var result: [UInt8] = []
        for byte in bytes {
            result.append(digits[Int(byte >> 4)])
            result.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Lowercase hex SHA-256 of `data`.
    public static func sha256(_ data: some DataProtocol) -> String {
        encode(SHA256.hash(data: data))
    }

}

/// `value` without leading and trailing spaces and tabs (header values are ASCII; this avoids bridging to
/// `NSString`, which dominated signing time).
private func trimmedSpaces(_ value: String) -> String {
    let utf8 = value.utf8
    guard let first = utf8.first, let last = utf8.last, first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09
    else { return value }
    let start = utf8.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? utf8.endIndex
    let end = utf8.lastIndex { $0 != 0x20 && $0 != 0x09 }.map { utf8.index(after: $0) } ?? start
    return start < end ? String(value[start..<end]) : ""
}
