import AsyncHTTPClient
import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// The default transport: AsyncHTTPClient, pooled connections, proxy and connect timeout.
///
/// Without a proxy or a custom connect timeout it uses one `HTTPClient` shared by the process, which needs no
/// shutdown; with them it owns one, and ``shutdown()`` must be called when done (a transport that is released
/// without it still shuts its client down). Either way a refused connection fails the attempt at once, so the
/// client's failover and retries decide what happens next.
public final class AsyncHTTPClientTransport: TencentCloudTransport {
    /// The HTTP client requests go through.
    public let httpClient: HTTPClient
    /// Base URLs to connect to instead of a host (`demo.tencentcloudapi.com` → `http://127.0.0.1:8080`); the Host
    /// header and the signature keep the original host. For tests and split-horizon networks.
    public let hostOverrides: [String: URL]
    private let ownsHTTPClient: Bool

    /// Creates a transport over `httpClient`, which the caller owns.
    public init(httpClient: HTTPClient, hostOverrides: [String: URL] = [:]) {
        self.httpClient = httpClient
        self.hostOverrides = hostOverrides
        ownsHTTPClient = false
    }

    /// Creates a transport for `configuration`: the shared client, or one of its own for a proxy or a connect
    /// timeout other than the default.
    public init(configuration: ClientConfiguration = ClientConfiguration(), hostOverrides: [String: URL] = [:]) {
        self.hostOverrides = hostOverrides
        if configuration.proxy == nil && configuration.connectTimeout == ClientConfiguration().connectTimeout {
            httpClient = sharedHTTPClient
            ownsHTTPClient = false
        } else {
            httpClient = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration.httpClientConfiguration())
            ownsHTTPClient = true
        }
    }

    deinit {
        if ownsHTTPClient {
            let httpClient = httpClient
            Task { try? await httpClient.shutdown() }
        }
    }

    /// Shuts down the HTTP client if this transport created it; a no-op otherwise.
    public func shutdown() async throws {
        guard ownsHTTPClient else { return }
        do {
            try await httpClient.shutdown()
        } catch let error as HTTPClientError where error == .alreadyShutdown {
            return
        }
    }

    public func send(_ request: HTTPRequest, body: TransportBody?, timeout: Duration) async throws -> (
        HTTPResponse, TransportBody
    ) {
        let authority = request.authority ?? ""
        let base = hostOverrides[authority].map {
            $0.absoluteString.hasSuffix("/") ? String($0.absoluteString.dropLast()) : $0.absoluteString
        }
        var outgoing = HTTPClientRequest(url: (base ?? "\(request.scheme ?? "https")://\(authority)") + (request.path ?? "/"))
        outgoing.method = NIOHTTP1.HTTPMethod(rawValue: request.method.rawValue)
        outgoing.headers.add(name: "Host", value: authority)
        for field in request.headerFields {
            outgoing.headers.add(name: field.name.rawName, value: field.value)
        }
        if let body {
            if let bytes = body.bytes {
                outgoing.body = .bytes(ByteBuffer(bytes: bytes))
            } else {
                outgoing.body = .stream(
                    body.map { ByteBuffer(bytes: $0) }, length: body.length.map { .known(Int64($0)) } ?? .unknown)
            }
        }
        let response: HTTPClientResponse
        do {
            response = try await httpClient.execute(outgoing, timeout: TimeAmount(timeout))
        } catch {
            throw Self.classify(error, host: authority)
        }
        var fields = HTTPFields()
        for header in response.headers {
            if let name = HTTPField.Name(header.name) { fields.append(HTTPField(name: name, value: header.value)) }
        }
        let head = HTTPResponse(status: .init(code: Int(response.status.code)), headerFields: fields)
        let chunks = ChunkReader(response.body.makeAsyncIterator(), host: authority)
        let length = response.headers.first(name: "Content-Length").flatMap(Int.init)
        return (head, TransportBody(stream: AsyncThrowingStream(unfolding: { try await chunks.next() }), length: length))
    }

    /// Reads the response body for the stream, which calls it from one task at a time.
    private final class ChunkReader: @unchecked Sendable {
        private var iterator: HTTPClientResponse.Body.AsyncIterator
        private let host: String

        init(_ iterator: HTTPClientResponse.Body.AsyncIterator, host: String) {
            self.iterator = iterator
            self.host = host
        }

        func next() async throws -> ArraySlice<UInt8>? {
            do {
                return try await iterator.next().map { Array($0.readableBytesView)[...] }
            } catch {
                throw AsyncHTTPClientTransport.classify(error, host: host)
            }
        }
    }

    /// AsyncHTTPClient's and SwiftNIO's errors as ``TransportError``, by how far the exchange got.
    static func classify(_ error: any Error, host: String) -> any Error {
        switch error {
        case is CancellationError, is TransportError:
            return error
        case let error as HTTPClientError:
            switch error {
            case .cancelled: return CancellationError()
            case .connectTimeout, .getConnectionFromPoolTimeout, .httpProxyHandshakeTimeout, .socksHandshakeTimeout:
                return TransportError(.connect, host: host, underlying: error)
            case .tlsHandshakeTimeout: return TransportError(.tls, host: host, underlying: error)
            case .deadlineExceeded, .readTimeout, .writeTimeout: return TransportError(.timeout, host: host, underlying: error)
            case .remoteConnectionClosed: return TransportError(.connectionLost, host: host, underlying: error)
            default: return TransportError(.other, host: host, underlying: error)
            }
        case let error as NIOConnectionError:
            let resolved = error.dnsAError == nil || error.dnsAAAAError == nil
            return TransportError(resolved ? .connect : .nameResolution, host: host, underlying: error)
        case is SocketAddressError:
            return TransportError(.nameResolution, host: host, underlying: error)
        case let error as ChannelError:
            if case .connectTimeout = error { return TransportError(.connect, host: host, underlying: error) }
            return TransportError(.connectionLost, host: host, underlying: error)
        case is NIOSSLError, is BoringSSLError:
            return TransportError(.tls, host: host, underlying: error)
        case let error as IOError:
            switch error.errnoCode {
            case ECONNREFUSED, ENETUNREACH, EHOSTUNREACH, EADDRNOTAVAIL:
                return TransportError(.connect, host: host, underlying: error)
            default:
                return TransportError(.connectionLost, host: host, underlying: error)
            }
        default:
            return TransportError(.other, host: host, underlying: error)
        }
    }
}

/// The process's shared client, for transports of the default configuration; never shut down.
private let sharedHTTPClient = HTTPClient(
    eventLoopGroupProvider: .singleton, configuration: ClientConfiguration().httpClientConfiguration())

extension TimeAmount {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
