import Crypto
import Foundation

/// TC3-HMAC-SHA256, the signature of Tencent Cloud API 3.0, with every intermediate value exposed for tests.
public enum TC3Signer {
    /// The algorithm name in the Authorization header.
    public static let algorithm = "TC3-HMAC-SHA256"
    /// The payload hash of a request whose body is not signed (also sent as `X-TC-Content-SHA256`).
    public static let unsignedPayload = "UNSIGNED-PAYLOAD"

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
        CivilDate.text(CivilDate.fromDays(CivilDate.dayAndSecond(of: Int64(timestamp)).day))
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

    /// Signs `input` with a secret key whose derived key `cache` keeps for the day (what the client does).
    public static func sign(_ input: Input, secretId: String, secretKey: String, cache: TC3SigningKeyCache) -> Signature {
        sign(
            input, secretId: secretId,
            authenticator: cache.authenticator(secretKey: secretKey, timestamp: input.timestamp, service: input.service))
    }

    /// Signs `input` with an already derived signing key.
    public static func sign(_ input: Input, secretId: String, signingKey: SymmetricKey) -> Signature {
        sign(input, secretId: secretId, authenticator: HMAC<SHA256>(key: signingKey))
    }

    /// Signs `input` with an HMAC already keyed with the signing key (copied, so it can be reused).
    ///
    /// Each value is written as bytes into one buffer, which is hashed where it lies; the strings of
    /// ``Signature`` are made from slices of it, once each.
    static func sign(_ input: Input, secretId: String, authenticator: HMAC<SHA256>) -> Signature {
        var headers = input.headers
        for index in headers.indices {
            headers[index] = (lowercasedASCII(headers[index].0), trimmedSpaces(headers[index].1))
        }
        if headers.count > 1, !zip(headers, headers.dropFirst()).allSatisfy({ $0.0 < $1.0 }) {
            headers.sort { $0.0 < $1.0 }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(
            input.method.utf8.count + input.query.utf8.count + input.payloadHash.utf8.count + secretId.utf8.count
                + input.service.utf8.count + headers.reduce(0) { $0 + 2 * $1.0.utf8.count + $1.1.utf8.count + 3 } + 320)

        // The canonical request.
        bytes.append(contentsOf: input.method.utf8)
        bytes.append(contentsOf: [0x0A, 0x2F, 0x0A])
        bytes.append(contentsOf: input.query.utf8)
        bytes.append(0x0A)
        for (name, value) in headers {
            bytes.append(contentsOf: name.utf8)
            bytes.append(0x3A)
            bytes.append(contentsOf: value.utf8)
            bytes.append(0x0A)
        }
        bytes.append(0x0A)
        let signedHeadersStart = bytes.count
        for (index, (name, _)) in headers.enumerated() {
            if index > 0 { bytes.append(0x3B) }
            bytes.append(contentsOf: name.utf8)
        }
        let signedHeadersEnd = bytes.count
        bytes.append(0x0A)
        bytes.append(contentsOf: input.payloadHash.utf8)
        let canonicalEnd = bytes.count

        // The string to sign.
        bytes.append(contentsOf: algorithm.utf8)
        bytes.append(0x0A)
        bytes.append(contentsOf: String(input.timestamp).utf8)
        bytes.append(0x0A)
        let scopeStart = bytes.count
        bytes.append(contentsOf: date(of: input.timestamp).utf8)
        bytes.append(0x2F)
        bytes.append(contentsOf: input.service.utf8)
        bytes.append(contentsOf: "/tc3_request".utf8)
        let scopeEnd = bytes.count
        bytes.append(0x0A)
        let hashStart = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: 64))
        bytes.withUnsafeMutableBytes { buffer in
            let digest = SHA256.hash(data: UnsafeRawBufferPointer(rebasing: buffer[..<canonicalEnd]))
            digest.withUnsafeBytes { Hex.write($0, into: UnsafeMutableRawBufferPointer(rebasing: buffer[hashStart...])) }
        }
        var authenticator = authenticator
        bytes.withUnsafeBytes { authenticator.update(data: UnsafeRawBufferPointer(rebasing: $0[canonicalEnd...])) }
        let signature = Hex.encode(authenticator.finalize())

        let written = bytes
        func text(_ range: Range<Int>) -> String { String(decoding: written[range], as: UTF8.self) }
        let credentialScope = text(scopeStart..<scopeEnd)
        let signedHeaders = text(signedHeadersStart..<signedHeadersEnd)
        var authorization = algorithm
        authorization.reserveCapacity(
            algorithm.utf8.count + secretId.utf8.count + credentialScope.utf8.count + signedHeaders.utf8.count + 110)
        authorization += " Credential="
        authorization += secretId
        authorization += "/"
        authorization += credentialScope
        authorization += ", SignedHeaders="
        authorization += signedHeaders
        authorization += ", Signature="
        authorization += signature
        return Signature(
            canonicalRequest: text(0..<canonicalEnd), hashedCanonicalRequest: text(hashStart..<bytes.count),
            credentialScope: credentialScope, stringToSign: text(canonicalEnd..<bytes.count),
            signedHeaders: signedHeaders, signature: signature, authorization: authorization)
    }

    private static func hmac(key: SymmetricKey, _ message: String) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: Array(message.utf8), using: key))
    }
}

/// Lowercase hex helpers.
enum Hex {
    /// The lowercase hex digit of a nibble.
    private static func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 0x30 + nibble : 0x57 + nibble }

    /// Lowercase hex of `bytes`.
    public static func encode(_ bytes: some Sequence<UInt8>) -> String {
        bytes.withContiguousStorageIfAvailable { encode(UnsafeRawBufferPointer($0)) }
            ?? Array(bytes).withUnsafeBytes { encode($0) }
    }

    /// Lowercase hex of raw bytes, written straight into the string's storage.
    static func encode(_ bytes: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { buffer in
            write(bytes, into: UnsafeMutableRawBufferPointer(buffer))
            return bytes.count * 2
        }
    }

    /// Writes the lowercase hex of `bytes` into the first `2 * bytes.count` bytes of `buffer`.
    static func write(_ bytes: UnsafeRawBufferPointer, into buffer: UnsafeMutableRawBufferPointer) {
        var index = 0
        for byte in bytes {
            buffer[index] = hexDigit(byte >> 4)
            buffer[index + 1] = hexDigit(byte & 0x0F)
            index += 2
        }
    }

    /// Lowercase hex of a message authentication code.
    static func encode(_ code: HashedAuthenticationCode<SHA256>) -> String {
        code.withUnsafeBytes { encode($0) }
    }

    /// Lowercase hex of a digest.
    static func encode(_ digest: SHA256Digest) -> String {
        digest.withUnsafeBytes { encode($0) }
    }

    /// Lowercase hex SHA-256 of `data`.
    public static func sha256(_ data: some DataProtocol) -> String {
        if let digest = data.withContiguousStorageIfAvailable({ SHA256.hash(data: UnsafeRawBufferPointer($0)) }) {
            return encode(digest)
        }
        return encode(SHA256.hash(data: data))
    }
}

/// `name` in lowercase; header names are ASCII, and most are lowercase already.
private func lowercasedASCII(_ name: String) -> String {
    name.utf8.contains { $0 >= 0x41 && $0 <= 0x5A } ? name.lowercased() : name
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
