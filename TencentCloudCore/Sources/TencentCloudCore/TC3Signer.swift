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
        /// The hex SHA-256 of the body (or ``TC3Signer/unsignedPayload``).
        public var payloadHash: String {
            get {
                switch payload {
                case .digest(let digest): Hex.encode(digest)
                case .text(let text): text
                }
            }
            set { payload = .text(newValue) }
        }
        /// The body's hash: its digest, written as hex where it is signed (no string is made for it), or the text
        /// given for it.
        @usableFromInline var payload: PayloadHash
        /// Seconds since 1970.
        public var timestamp: Int
        /// The signing service: the first label of the host (`cvm`).
        public var service: String

        /// Creates an input, hashing `payload`.
        @inlinable
        public init(
            method: String, query: String = "", headers: [(String, String)], payload: some DataProtocol, timestamp: Int,
            service: String
        ) {
            self.init(
                method: method, query: query, headers: headers, payload: .digest(Hex.sha256Digest(payload)),
                timestamp: timestamp, service: service)
        }

        /// Creates an input from the body's hash.
        public init(
            method: String, query: String = "", headers: [(String, String)], payloadHash: String, timestamp: Int, service: String
        ) {
            self.init(
                method: method, query: query, headers: headers, payload: .text(payloadHash), timestamp: timestamp,
                service: service)
        }

        @usableFromInline
        init(method: String, query: String, headers: [(String, String)], payload: PayloadHash, timestamp: Int, service: String) {
            self.method = method
            self.query = query
            self.headers = headers
            self.payload = payload
            self.timestamp = timestamp
            self.service = service
        }
    }

    /// The hash of a request's body, as ``Input`` holds it.
    @usableFromInline
    enum PayloadHash: Sendable {
        /// The SHA-256 of the body.
        case digest(SHA256Digest)
        /// Hex text given for it, or ``TC3Signer/unsignedPayload``.
        case text(String)

        /// How many bytes it takes in the canonical request.
        var count: Int {
            switch self {
            case .digest: 2 * SHA256Digest.byteCount
            case .text(let text): text.utf8.count
            }
        }
    }

    /// Every value the signature is made of.
    ///
    /// The canonical request, the string to sign and the signature are kept as the bytes that were hashed, one
    /// after the other; each value but ``authorization`` is read from them when asked for, since a client sends
    /// only the header.
    public struct Signature: Hashable, Sendable {
        /// The canonical request, the string to sign and the hex signature, one after the other.
        private let text: [UInt8]
        /// Where the string to sign begins in ``text``.
        private let stringToSignStart: Int
        private let signedHeadersRange: Range<Int>
        private let credentialScopeRange: Range<Int>
        /// The `Authorization` header value.
        public let authorization: String

        fileprivate init(
            text: [UInt8], stringToSignStart: Int, signedHeaders: Range<Int>, credentialScope: Range<Int>,
            authorization: String
        ) {
            self.text = text
            self.stringToSignStart = stringToSignStart
            self.signedHeadersRange = signedHeaders
            self.credentialScopeRange = credentialScope
            self.authorization = authorization
        }

        private func string(_ range: Range<Int>) -> String { String(decoding: text[range], as: UTF8.self) }

        /// Method, path, query, headers, signed header names and payload hash, one per line.
        public var canonicalRequest: String { string(0..<stringToSignStart) }
        /// Hex SHA-256 of the canonical request (the last line of the string to sign).
        public var hashedCanonicalRequest: String { string((text.count - 128)..<(text.count - 64)) }
        /// `yyyy-MM-dd/<service>/tc3_request`.
        public var credentialScope: String { string(credentialScopeRange) }
        /// Algorithm, timestamp, credential scope and hashed canonical request, one per line.
        public var stringToSign: String { string(stringToSignStart..<(text.count - 64)) }
        /// The signed header names, sorted and `;`-joined (`content-type;host`).
        public var signedHeaders: String { string(signedHeadersRange) }
        /// Hex HMAC-SHA256 of the string to sign with the derived key.
        public var signature: String { string((text.count - 64)..<text.count) }
    }

    /// The UTC date of `timestamp` as `yyyy-MM-dd`.
    public static func date(of timestamp: Int) -> String {
        CivilDate.text(CivilDate.fromDays(CivilDate.dayAndSecond(of: Int64(timestamp)).day))
    }

    /// The derived signing key: HMAC chain over date, service and `tc3_request`.
    public static func signingKey(secretKey: String, date: String, service: String) -> SymmetricKey {
        SymmetricKey(data: keyChain(secretKey: secretKey, date: date, service: service).signing)
    }

    /// The intermediate keys, hex encoded: SecretDate, SecretService, SecretSigning.
    public static func derivedKeys(secretKey: String, date: String, service: String) -> (
        date: String, service: String, signing: String
    ) {
        let keys = keyChain(secretKey: secretKey, date: date, service: service)
        return (Hex.encode(keys.date), Hex.encode(keys.service), Hex.encode(keys.signing))
    }

    /// SecretDate, SecretService and SecretSigning: each the HMAC of the next value keyed with the one before.
    private static func keyChain(secretKey: String, date: String, service: String) -> (
        date: [UInt8], service: [UInt8], signing: [UInt8]
    ) {
        let secretDate = hmac(key: SymmetricKey(data: Array(("TC3" + secretKey).utf8)), date)
        let secretService = hmac(key: SymmetricKey(data: secretDate), service)
        return (secretDate, secretService, hmac(key: SymmetricKey(data: secretService), "tc3_request"))
    }

    /// Signs `input` with a secret key.
    public static func sign(_ input: Input, secretId: String, secretKey: String) -> Signature {
        let key = signingKey(secretKey: secretKey, date: date(of: input.timestamp), service: input.service)
        return sign(input, secretId: secretId, signingKey: key)
    }

    /// Signs `input` with a secret key whose derived key `cache` keeps for the day (what the client does).
    public static func sign(_ input: Input, secretId: String, secretKey: String, cache: TC3SigningKeyCache) -> Signature {
        let (authenticator, date) = cache.authenticator(
            secretKey: secretKey, timestamp: input.timestamp, service: input.service)
        return sign(input, secretId: secretId, authenticator: authenticator, date: date)
    }

    /// Signs `input` with an already derived signing key.
    public static func sign(_ input: Input, secretId: String, signingKey: SymmetricKey) -> Signature {
        sign(input, secretId: secretId, authenticator: TC3Authenticator(key: signingKey), date: date(of: input.timestamp))
    }

    /// Signs `input` with an HMAC already keyed with the signing key; `date` is the UTC date of its timestamp.
    static func sign(_ input: Input, secretId: String, authenticator: TC3Authenticator, date: String) -> Signature {
        withSignedText(input, authenticator: authenticator, date: date) { text, layout in
            Signature(
                text: Array(text), stringToSignStart: layout.stringToSignStart, signedHeaders: layout.signedHeaders,
                credentialScope: layout.scope, authorization: authorization(secretId: secretId, text: text, layout: layout))
        }
    }

    /// The `Authorization` header of `input`, signed with a secret key whose derived key `cache` keeps for the day:
    /// ``sign(_:secretId:secretKey:cache:)``'s ``Signature/authorization``, without keeping the values it is made
    /// of (what the client sends).
    public static func authorization(
        _ input: Input, secretId: String, secretKey: String, cache: TC3SigningKeyCache
    ) -> String {
        let (authenticator, date) = cache.authenticator(
            secretKey: secretKey, timestamp: input.timestamp, service: input.service)
        return withSignedText(input, authenticator: authenticator, date: date) { text, layout in
            authorization(secretId: secretId, text: text, layout: layout)
        }
    }

    /// Where the values ``withSignedText(_:authenticator:date:_:)`` writes lie in its text.
    private struct Layout {
        /// Where the string to sign begins (the canonical request ends).
        var stringToSignStart: Int
        var signedHeaders: Range<Int>
        var scope: Range<Int>
    }

    /// Writes the canonical request, the string to sign and the hex signature one after the other into memory of
    /// the size they need (on the stack when it is small), each hashed where it lies, and calls `body` with them.
    private static func withSignedText<Result>(
        _ input: Input, authenticator: TC3Authenticator, date: String,
        _ body: (UnsafeBufferPointer<UInt8>, Layout) -> Result
    ) -> Result {
        let headers = canonicalHeaders(input.headers)
        // `name:value\n` for each header, and the names `;`-joined.
        // Headers are read in place by index: iterating the array copied each pair, retaining both strings.
        var headerLines = 0
        var namesCount = 0
        for index in headers.indices {
            namesCount += headers[index].0.utf8.count
            headerLines += headers[index].1.utf8.count
        }
        headerLines += namesCount + 2 * headers.count
        let signedHeadersCount = max(0, namesCount + headers.count - 1)
        let payloadCount = input.payload.count
        let canonicalCount =
            input.method.utf8.count + 3 + input.query.utf8.count + 1 + headerLines + 1 + signedHeadersCount + 1 + payloadCount
        let signedHeadersStart = canonicalCount - payloadCount - 1 - signedHeadersCount
        let scopeStart = canonicalCount + algorithm.utf8.count + 1 + ByteCursor.decimalCount(input.timestamp) + 1
        let scopeEnd = scopeStart + date.utf8.count + 1 + input.service.utf8.count + scopeSuffix.utf8CodeUnitCount
        let total = scopeEnd + 1 + 64 + 64
        let layout = Layout(
            stringToSignStart: canonicalCount,
            signedHeaders: signedHeadersStart..<(signedHeadersStart + signedHeadersCount), scope: scopeStart..<scopeEnd)

        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: total) { buffer in
            var cursor = ByteCursor(buffer)
            // The canonical request.
            cursor.write(input.method)
            cursor.write("\n/\n" as StaticString)
            cursor.write(input.query)
            cursor.write(0x0A)
            for index in headers.indices {
                cursor.write(headers[index].0)
                cursor.write(0x3A)
                cursor.write(headers[index].1)
                cursor.write(0x0A)
            }
            cursor.write(0x0A)
            for index in headers.indices {
                if index > 0 { cursor.write(0x3B) }
                cursor.write(headers[index].0)
            }
            cursor.write(0x0A)
            switch input.payload {
            case .digest(let digest): cursor.writeHex(digest)
            case .text(let text): cursor.write(text)
            }
            // The string to sign.
            cursor.write(algorithm)
            cursor.write(0x0A)
            cursor.writeDecimal(input.timestamp)
            cursor.write(0x0A)
            cursor.write(date)
            cursor.write(0x2F)
            cursor.write(input.service)
            cursor.write(scopeSuffix)
            cursor.write(0x0A)
            let base = UnsafeRawPointer(buffer.baseAddress!)
            cursor.writeHex(TC3Authenticator.digest(UnsafeRawBufferPointer(start: base, count: canonicalCount)))
            // The signature.
            cursor.writeHex(
                authenticator.code(
                    for: UnsafeRawBufferPointer(start: base + canonicalCount, count: cursor.count - canonicalCount)))
            precondition(cursor.count == total, "TC3Signer: the values are shorter than the size computed for them")
            return body(UnsafeBufferPointer(rebasing: buffer[..<total]), layout)
        }
    }

    /// The `Authorization` header, written from slices of the signed text.
    private static func authorization(secretId: String, text: UnsafeBufferPointer<UInt8>, layout: Layout) -> String {
        let authorizationCount =
            algorithm.utf8.count + authorizationCredential.utf8CodeUnitCount + secretId.utf8.count + 1 + layout.scope.count
            + authorizationSignedHeaders.utf8CodeUnitCount + layout.signedHeaders.count
            + authorizationSignature.utf8CodeUnitCount + 64
        return String(unsafeUninitializedCapacity: authorizationCount) { buffer in
            var cursor = ByteCursor(buffer)
            cursor.write(algorithm)
            cursor.write(authorizationCredential)
            cursor.write(secretId)
            cursor.write(0x2F)
            cursor.write(UnsafeBufferPointer(rebasing: text[layout.scope]))
            cursor.write(authorizationSignedHeaders)
            cursor.write(UnsafeBufferPointer(rebasing: text[layout.signedHeaders]))
            cursor.write(authorizationSignature)
            cursor.write(UnsafeBufferPointer(rebasing: text[(text.count - 64)...]))
            return cursor.count
        }
    }

    /// What follows the service in the credential scope.
    private static let scopeSuffix: StaticString = "/tc3_request"
    /// What the `Authorization` header says between its values.
    private static let authorizationCredential: StaticString = " Credential="
    private static let authorizationSignedHeaders: StaticString = ", SignedHeaders="
    private static let authorizationSignature: StaticString = ", Signature="

    /// `headers` with lowercase names and trimmed values, sorted by name; the same array when it is already so
    /// (a client's headers are: that is checked in one pass, names compared as bytes).
    private static func canonicalHeaders(_ headers: [(String, String)]) -> [(String, String)] {
        var isCanonical = true
        for index in headers.indices {
            if needsCanonicalForm(name: headers[index].0, value: headers[index].1)
                || (index > 0 && !precedes(headers[index - 1].0, headers[index].0))
            {
                isCanonical = false
                break
            }
        }
        if isCanonical { return headers }
        var headers = headers
        for index in headers.indices where needsCanonicalForm(name: headers[index].0, value: headers[index].1) {
            headers[index] = (lowercasedASCII(headers[index].0), trimmedSpaces(headers[index].1))
        }
        headers.sort { precedes($0.0, $1.0) }
        return headers
    }

    /// One HMAC-SHA256 for the key chain as for the signature.
    private static func hmac(key: SymmetricKey, _ message: String) -> [UInt8] {
        Array(message.utf8).withUnsafeBytes { Array(TC3Authenticator(key: key).code(for: $0)) }
    }
}

/// Lowercase hex helpers.
@usableFromInline
enum Hex {
    /// The lowercase hex digits, the digit of a nibble at its value.
    static let digits: StaticString = "0123456789abcdef"

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

    /// Writes the lowercase hex of `bytes` into the first `2 * bytes.count` bytes of `buffer`: sixteen bytes at a
    /// time as 32 digits computed side by side in vector registers (a digest is two such runs; little-endian
    /// machines, where the lanes are stored in digit order), the rest from the digit table.
    static func write(_ bytes: UnsafeRawBufferPointer, into buffer: UnsafeMutableRawBufferPointer) {
        precondition(buffer.count >= 2 * bytes.count, "no room for the hex")
        guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return }
        var index = 0
        #if _endian(little)
            while index + 16 <= bytes.count {
                let chunk = (source + index).loadUnaligned(as: SIMD16<UInt8>.self)
                // Each byte's high nibble in the low byte of a 16-bit lane and its low nibble in the high byte: the
                // two digits in little-endian memory order.
                let nibbles =
                    SIMD16<UInt16>(truncatingIfNeeded: chunk &>> 4) | SIMD16<UInt16>(truncatingIfNeeded: chunk & 0x0F) &<< 8
                // `0`–`9` for 0–9, `a`–`f` (0x27 further on) for 10–15.
                let letters = ((nibbles &+ 0x0606) &>> 4) & 0x0101
                let digits = nibbles &+ 0x3030 &+ letters &* 0x27
                (target + 2 * index).storeBytes(of: digits, as: SIMD16<UInt16>.self)
                index += 16
            }
        #endif
        let table = digits.utf8Start
        while index < bytes.count {
            let byte = source.load(fromByteOffset: index, as: UInt8.self)
            target.storeBytes(of: table[Int(byte >> 4)], toByteOffset: 2 * index, as: UInt8.self)
            target.storeBytes(of: table[Int(byte & 0x0F)], toByteOffset: 2 * index + 1, as: UInt8.self)
            index += 1
        }
    }

    /// Lowercase hex of a digest.
    static func encode(_ digest: SHA256Digest) -> String {
        digest.withDigestBytes { encode($0) }
    }

    /// The SHA-256 of `data`.
    ///
    /// Inlinable, so that a caller's contiguous bytes (an array, `Data`) are hashed where they lie rather than
    /// through `DataProtocol`'s regions.
    @inlinable
    static func sha256Digest(_ data: some DataProtocol) -> SHA256Digest {
        data.withContiguousStorageIfAvailable { sha256Digest(UnsafeRawBufferPointer($0)) } ?? sha256Digest(regions: data)
    }

    /// The SHA-256 of bytes that are not contiguous, region by region.
    @usableFromInline
    static func sha256Digest(regions data: some DataProtocol) -> SHA256Digest {
        SHA256.hash(data: data)
    }

    /// The SHA-256 of contiguous bytes.
    @usableFromInline
    static func sha256Digest(_ bytes: UnsafeRawBufferPointer) -> SHA256Digest {
        TC3Authenticator.digest(bytes)
    }
}

/// Whether a header's name has an uppercase letter or its value a leading or trailing space or tab.
private func needsCanonicalForm(name: String, value: String) -> Bool {
    if name.withContiguousUTF8({ $0.contains { $0 >= 0x41 && $0 <= 0x5A } }) { return true }
    return value.withContiguousUTF8 { value in
        guard let first = value.first, let last = value.last else { return false }
        return first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09
    }
}

/// Whether header name `left` sorts before `right`, compared as bytes.
private func precedes(_ left: String, _ right: String) -> Bool {
    left.withContiguousUTF8 { left in right.withContiguousUTF8 { left.lexicographicallyPrecedes($0) } }
}

/// Writes bytes one after another into memory sized for them beforehand.
///
/// The sizes are computed apart from the writing, so every write checks that it stays inside the buffer: a size
/// miscounted stops the program rather than writing past the memory.
private struct ByteCursor {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    /// How many bytes have been written.
    private(set) var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        base = buffer.baseAddress!
        capacity = buffer.count
    }

    private func claim(_ extra: Int) {
        precondition(count + extra <= capacity, "TC3Signer: a value is longer than the size computed for it")
    }

    mutating func write(_ byte: UInt8) {
        claim(1)
        base[count] = byte
        count += 1
    }

    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        claim(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func write(_ text: StaticString) {
        text.withUTF8Buffer { write($0) }
    }

    mutating func write(_ text: String) {
        text.withContiguousUTF8 { write($0) }
    }

    /// How many bytes ``writeDecimal(_:)`` writes for `value`.
    static func decimalCount(_ value: Int) -> Int {
        (value < 0 ? 1 : 0) + DecimalDigits.count(UInt64(value.magnitude))
    }

    /// The decimal digits of `value` as `String(value)` writes them, without making the string.
    mutating func writeDecimal(_ value: Int) {
        let digits = DecimalDigits.count(UInt64(value.magnitude))
        claim((value < 0 ? 1 : 0) + digits)
        if value < 0 { write(0x2D) }
        DecimalDigits.write(UInt64(value.magnitude), digits: digits, to: base + count)
        count += digits
    }

    /// The lowercase hex of a digest or authentication code.
    mutating func writeHex(_ bytes: SHA256Digest) {
        bytes.withDigestBytes { bytes in
            claim(2 * bytes.count)
            Hex.write(bytes, into: UnsafeMutableRawBufferPointer(start: base + count, count: 2 * bytes.count))
            count += 2 * bytes.count
        }
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
