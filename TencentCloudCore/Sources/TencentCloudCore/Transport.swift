import HTTPTypes

/// What carries a signed request to Tencent Cloud and brings the answer back, the seam between the client and
/// the network (like swift-openapi-runtime's `ClientTransport`).
///
/// The default is ``AsyncHTTPClientTransport``; tests plug in an in-memory one (`TencentCloudTesting`), and any
/// other HTTP stack can be used by conforming to this protocol. A transport sends exactly what it is given and
/// never retries: retries, failover and middleware are the client's.
public protocol TencentCloudTransport: Sendable {
    /// Sends `request` with `body` and returns the response head and its body, which may still be arriving.
    ///
    /// - Parameters:
    ///   - request: Method, scheme, authority, path (with the query) and headers, already signed.
    ///   - body: The request body, if any.
    ///   - timeout: How long the whole exchange, connecting included, may take.
    /// - Throws: ``TransportError`` when the exchange fails (its ``TransportError/Kind`` tells whether the request
    ///   can have reached the server), or `CancellationError`.
    func send(_ request: HTTPRequest, body: TransportBody?, timeout: Duration) async throws -> (HTTPResponse, TransportBody)
}

/// A failure of the exchange itself: no HTTP answer arrived.
public struct TransportError: Error, Sendable, CustomStringConvertible {
    /// How far the exchange got.
    public enum Kind: String, Sendable, Hashable {
        /// The host name did not resolve; nothing was sent.
        case nameResolution
        /// No connection could be made (refused, unreachable, connect timeout); nothing was sent.
        case connect
        /// The TLS handshake failed; nothing was sent.
        case tls
        /// The exchange took longer than its timeout; the server may have acted on the request.
        case timeout
        /// The connection closed or reset before the whole answer arrived; the server may have acted.
        case connectionLost
        /// Anything else.
        case other
    }

    /// How far the exchange got.
    public var kind: Kind
    /// The host the request was for.
    public var host: String
    /// The transport's own error.
    public var underlying: any Error

    /// Creates a transport error.
    public init(_ kind: Kind, host: String, underlying: any Error) {
        self.kind = kind
        self.host = host
        self.underlying = underlying
    }

    /// Whether the request cannot have reached the server, so sending it elsewhere or again is always safe.
    public var requestWasNotSent: Bool { kind == .nameResolution || kind == .connect || kind == .tls }

    public var description: String { "\(kind.rawValue) failure for \(host): \(underlying)" }
}

/// A request or response body: bytes in memory, or a stream of chunks read once.
public struct TransportBody: AsyncSequence, Sendable {
    /// One chunk of the body.
    public typealias Element = ArraySlice<UInt8>

    private enum Storage: Sendable {
        case bytes([UInt8])
        case stream(AsyncThrowingStream<ArraySlice<UInt8>, any Error>)
    }

    private let storage: Storage
    /// The body's length in bytes when it is known before reading.
    public let length: Int?

    /// A body of bytes in memory.
    public init(_ bytes: [UInt8]) {
        storage = .bytes(bytes)
        length = bytes.count
    }

    /// A body of UTF-8 text.
    public init(_ text: String) {
        self.init(Array(text.utf8))
    }

    /// A body read from `stream`, once.
    public init(stream: AsyncThrowingStream<ArraySlice<UInt8>, any Error>, length: Int? = nil) {
        storage = .stream(stream)
        self.length = length
    }

    /// The bytes, when the body is in memory.
    public var bytes: [UInt8]? {
        if case .bytes(let bytes) = storage { bytes } else { nil }
    }

    /// Reads the whole body.
    ///
    /// - Throws: ``TencentCloudError/invalidResponse(status:reason:bodyExcerpt:)`` when it is longer than `limit`,
    ///   or the stream's error.
    public func collect(upTo limit: Int) async throws -> [UInt8] {
        if let bytes { return try Self.checked(bytes, limit: limit) }
        var collected: [UInt8] = []
        for try await chunk in self {
            collected += chunk
            _ = try Self.checked(collected, limit: limit)
        }
        return collected
    }

    private static func checked(_ bytes: [UInt8], limit: Int) throws -> [UInt8] {
        guard bytes.count <= limit else {
            throw TencentCloudError.invalidResponse(status: 0, reason: "body longer than \(limit) bytes", bodyExcerpt: "")
        }
        return bytes
    }

    /// Iterates over the body's chunks.
    public struct AsyncIterator: AsyncIteratorProtocol {
        fileprivate var bytes: [UInt8]?
        fileprivate var stream: AsyncThrowingStream<ArraySlice<UInt8>, any Error>.AsyncIterator?

        /// The next chunk, or `nil` at the end; throws `CancellationError` when the reading task is cancelled (a
        /// stream would end early instead, and look like a short body).
        public mutating func next() async throws -> ArraySlice<UInt8>? {
            if let bytes {
                self.bytes = nil
                return bytes.isEmpty ? nil : bytes[...]
            }
            guard let chunk = try await stream?.next() else {
                try Task.checkCancellation()
                return nil
            }
            return chunk
        }
    }

    /// Starts reading the body.
    public func makeAsyncIterator() -> AsyncIterator {
        switch storage {
        case .bytes(let bytes): AsyncIterator(bytes: bytes, stream: nil)
        case .stream(let stream): AsyncIterator(bytes: nil, stream: stream.makeAsyncIterator())
        }
    }
}

/// The Tencent Cloud API's common headers, spelled once (for the client, transports and middleware).
extension HTTPField.Name {
    /// `X-TC-Action`: the action's name.
    public static let tcAction = HTTPField.Name("X-TC-Action")!
    /// `X-TC-Version`: the API version.
    public static let tcVersion = HTTPField.Name("X-TC-Version")!
    /// `X-TC-Timestamp`: seconds since 1970 when the attempt was signed.
    public static let tcTimestamp = HTTPField.Name("X-TC-Timestamp")!
    /// `X-TC-Region`: the region, for actions that take one.
    public static let tcRegion = HTTPField.Name("X-TC-Region")!
    /// `X-TC-Token`: the session token of temporary credentials.
    public static let tcToken = HTTPField.Name("X-TC-Token")!
    /// `X-TC-Language`: the language of messages (`zh-CN`, `en-US`).
    public static let tcLanguage = HTTPField.Name("X-TC-Language")!
    /// `X-TC-RequestClient`: the SDK and the caller's part.
    public static let tcRequestClient = HTTPField.Name("X-TC-RequestClient")!
    /// `X-TC-Content-SHA256`: `UNSIGNED-PAYLOAD` when the body is not signed.
    public static let tcContentSHA256 = HTTPField.Name("X-TC-Content-SHA256")!
    /// `X-TC-RequestId`: the request's ID, in the answer of a streaming action (whose events carry none).
    public static let tcRequestId = HTTPField.Name("X-TC-RequestId")!
}
