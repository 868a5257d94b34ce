import AsyncHTTPClient
import Foundation
import NIOCore

/// How a ``TencentCloudClient`` sends requests.
public struct ClientConfiguration: Sendable {
    /// The HTTP method requests use.
    public enum Method: String, Sendable {
        /// JSON body (the default; up to 10 MB).
        case post = "POST"
        /// Flattened query (`Targets.0.Port=334`; up to 32 KB).
        case get = "GET"
    }

    /// Which host a request goes to when no endpoint URL is given.
    public enum EndpointStyle: Sendable, Hashable {
        /// The page's host (`clb.tencentcloudapi.com`); financial regions use their own host.
        case `default`
        /// The region's host (`clb.ap-guangzhou.tencentcloudapi.com`).
        case regional
        /// The international site (`clb.intl.tencentcloudapi.com`).
        case international
    }

    /// An HTTP proxy, optionally with basic authentication.
    public struct Proxy: Sendable, Hashable {
        /// The proxy's host.
        public var host: String
        /// The proxy's port.
        public var port: Int
        /// The user name for basic authentication, if the proxy needs it.
        public var username: String?
        /// The password for basic authentication.
        public var password: String?

        /// Creates a proxy setting.
        public init(host: String, port: Int, username: String? = nil, password: String? = nil) {
            self.host = host
            self.port = port
            self.username = username
            self.password = password
        }
    }

    /// How the request body enters the signature.
    public enum PayloadSigning: Sendable, Hashable {
        /// The body's SHA-256 is signed (the default).
        case signed
        /// The body is not hashed: `X-TC-Content-SHA256: UNSIGNED-PAYLOAD`, for large bodies.
        case unsigned
    }

    /// The HTTP method.
    public var method: Method = .post
    /// Which host requests go to.
    public var endpointStyle: EndpointStyle = .default
    /// How long to wait for a connection.
    public var connectTimeout: Duration = .seconds(10)
    /// How long one attempt may take, connection included; ``CallOptions/timeout`` overrides it per call.
    public var requestTimeout: Duration = .seconds(60)
    /// A proxy for every request.
    public var proxy: Proxy?
    /// The language of error messages, sent as `X-TC-Language`; the service's default when `nil`.
    public var language: Language?
    /// The caller's part of `X-TC-RequestClient` (see ``RequestClient/value(user:)``).
    public var requestClient: String?
    /// What a value the doc page does not list does to a request: sent with a warning by default (see
    /// ``ValidationPolicy`` for why); other problems always stop it.
    public var validation: ValidationPolicy = .default
    /// Retries of throttled and failed requests.
    public var retry: RetryPolicy = RetryPolicy()
    /// Whether to keep each action under its documented rate limit (默认接口请求频率限制) on the client side.
    public var rateLimiting = false
    /// How the body is signed.
    public var payloadSigning: PayloadSigning = .signed
    /// Whether a request that cannot be sent to `*.tencentcloudapi.com` moves to `*.tencentcloudapi.com.cn` and then
    /// `*.tencentcloudapi.cn` (on by default; never for international hosts or endpoints set by the caller).
    public var domainFailover = true
    /// How long calls for a host stay on the fallback domain that answered before the primary is tried again.
    public var failoverRetryPrimaryAfter: Duration = .seconds(60)
    /// The region circuit breaker, off unless set (``CircuitBreakerPolicy/init(minimumFailures:failureRatio:window:openDuration:backupEndpoint:)``
    /// has the official thresholds).
    public var circuitBreaker: CircuitBreakerPolicy?
    /// The middleware around every call and attempt, the first outermost: by default tracing, logging and
    /// metrics. Add yours, or replace the list.
    public var middleware: [any TencentCloudMiddleware] = Self.defaultMiddleware

    /// The middleware a configuration starts with: a span per call and per attempt, logs, and metrics.
    public static var defaultMiddleware: [any TencentCloudMiddleware] {
        [TracingMiddleware(), LoggingMiddleware(), MetricsMiddleware()]
    }

    /// The default configuration.
    public init() {}

    /// The AsyncHTTPClient configuration of a client this library creates: connect timeout and proxy. A failed
    /// connection fails the attempt at once (AsyncHTTPClient's own retry of connection establishment is off), so
    /// the client can fail over to another domain and retry under its own policy.
    public func httpClientConfiguration() -> HTTPClient.Configuration {
        var http = HTTPClient.Configuration()
        http.timeout.connect = TimeAmount(connectTimeout)
        http.connectionPool.retryConnectionEstablishment = false
        if let proxy {
            let authorization = proxy.username.map {
                HTTPClient.Authorization.basic(username: $0, password: proxy.password ?? "")
            }
            http.proxy = .server(host: proxy.host, port: proxy.port, authorization: authorization)
        }
        return http
    }

    /// The largest GET query: 32 KB.
    public static let maximumQueryBytes = 32 * 1024
    /// The largest POST body: 10 MB.
    public static let maximumBodyBytes = 10 * 1024 * 1024
}

/// Jittered exponential backoff for throttled requests and transport failures.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included; 1 turns retries off.
    public var maxAttempts: Int
    /// The delay cap of the first retry.
    public var baseDelay: Duration
    /// The largest delay.
    public var maxDelay: Duration

    /// Creates a policy.
    public init(maxAttempts: Int = 3, baseDelay: Duration = .milliseconds(200), maxDelay: Duration = .seconds(10)) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// A random delay in `0...min(maxDelay, baseDelay × 2^retry)` ("full jitter") before retry `retry` (0-based).
    public func delay(beforeRetry retry: Int) -> Duration {
        let cap = min(maxDelay, baseDelay * (1 << min(retry, 20)))
        let nanoseconds = cap.components.seconds * 1_000_000_000 + cap.components.attoseconds / 1_000_000_000
        return .nanoseconds(Int64.random(in: 0...max(0, nanoseconds)))
    }
}
