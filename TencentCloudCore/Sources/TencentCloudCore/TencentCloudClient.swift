import AsyncHTTPClient
import Foundation
import Logging
import Metrics
import NIOCore
import NIOFoundationCompat

/// Signs and sends requests for every generated service.
///
/// One client can be shared by many services and concurrent calls. Without a proxy or a custom connect
/// timeout it uses AsyncHTTPClient's shared, connection-pooling `HTTPClient`, which needs no shutdown; with
/// them it owns an `HTTPClient`, and ``shutdown()`` must be called when done.
public final class TencentCloudClient: Sendable {
    /// The library's name and version, sent as `X-TC-RequestClient`.
    public static let requestClient = "TencentCloudDocGen-Swift/0.1.0"

    /// Where credentials come from.
    public let credentials: Credentials
    /// How requests are sent.
    public let configuration: ClientConfiguration
    /// The HTTP client requests go through.
    public let httpClient: HTTPClient
    /// Where the client logs requests; secrets and signatures are never logged.
    public let logger: Logger

    private let ownsHTTPClient: Bool
    private let rateLimiter = RateLimiter()
    /// Signing keys derived once per secret, day and service.
    private let signingKeys = TC3SigningKeyCache()

    /// The largest response body read.
    static let maximumResponseBytes = 64 * 1024 * 1024

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - credentials: Where credentials come from.
    ///   - configuration: Method, endpoints, timeouts, proxy, retries, rate limiting.
    ///   - httpClient: An HTTP client the caller owns; by default the shared client, or one of the client's
    ///     own when the configuration needs a proxy or a connect timeout.
    ///   - logger: Where requests are logged.
    public init(
        credentials: Credentials,
        configuration: ClientConfiguration = ClientConfiguration(),
        httpClient: HTTPClient? = nil,
        logger: Logger = Logger(label: "TencentCloud")
    ) {
        self.credentials = credentials
        self.configuration = configuration
        self.logger = logger
        if let httpClient {
            self.httpClient = httpClient
            ownsHTTPClient = false
        } else if configuration.proxy == nil && configuration.connectTimeout == ClientConfiguration().connectTimeout {
            self.httpClient = .shared
            ownsHTTPClient = false
        } else {
            self.httpClient = HTTPClient(
                eventLoopGroupProvider: .singleton, configuration: configuration.httpClientConfiguration())
            ownsHTTPClient = true
        }
    }

    deinit {
        // A client that owns its HTTP client and was not shut down still releases it cleanly.
        if ownsHTTPClient {
            let httpClient = httpClient
            Task { try? await httpClient.shutdown() }
        }
    }

    /// Shuts down the HTTP client if this client created it; a no-op otherwise.
    public func shutdown() async throws {
        if ownsHTTPClient {
            do {
                try await httpClient.shutdown()
            } catch let error as HTTPClientError where error == .alreadyShutdown {
                return
            }
        }
    }

    /// Validates, signs and sends `request`, retrying throttled and (where safe) failed attempts, then decodes
    /// `Response` or throws the service's error.
    public func send<Request: Encodable & TencentCloudValidatable, Response: Decodable>(
        _ request: Request,
        action: ActionDescriptor,
        service: ServiceConfiguration,
        region: String?,
        endpoint: URL?
    ) async throws -> Response {
        try request.validate()
        if action.region == .required && (region ?? "").isEmpty {
            throw TencentCloudError.missingRegion(action: action.name)
        }
        let prepared = try RequestPreparation.prepare(
            request, action: action, service: service, region: region, endpoint: endpoint, configuration: configuration)
        let started = ContinuousClock.now
        var attempt = 0
        var metadata: Logger.Metadata = ["action": "\(action.name)", "service": "\(service.name)"]
        if let region { metadata["region"] = "\(region)" }
        while true {
            try Task.checkCancellation()
            if configuration.rateLimiting, let rate = action.rateLimit {
                try await rateLimiter.acquire("\(service.name).\(action.name)", rate: rate)
            }
            do {
                let (response, requestId) = try await attemptOnce(prepared, action: action, service: service, as: Response.self)
                metadata["requestId"] = requestId.map { "\($0)" }
                metadata["retries"] = "\(attempt)"
                metadata["latency"] = "\(ContinuousClock.now - started)"
                logger.debug("Tencent Cloud call succeeded", metadata: metadata)
                RequestMetrics.record(service: service.name, action: action.name, outcome: "success", since: started)
                return response
            } catch let error
                where RetryDecision.shouldRetry(error, action: action) && attempt + 1 < configuration.retry.maxAttempts
            {
                let delay = configuration.retry.delay(beforeRetry: attempt)
                attempt += 1
                var retryMetadata = metadata
                retryMetadata["attempt"] = "\(attempt)"
                retryMetadata["error"] = "\(RetryDecision.summary(of: error))"
                logger.warning("Tencent Cloud call will be retried", metadata: retryMetadata)
                RequestMetrics.recordRetry(service: service.name, action: action.name)
                try await Task.sleep(for: delay)
            } catch {
                metadata["retries"] = "\(attempt)"
                metadata["error"] = "\(RetryDecision.summary(of: error))"
                logger.debug("Tencent Cloud call failed", metadata: metadata)
                RequestMetrics.record(service: service.name, action: action.name, outcome: "failure", since: started)
                throw error
            }
        }
    }

    /// One signed attempt: fresh credentials and timestamp, then the HTTP exchange and decoding.
    private func attemptOnce<Response: Decodable>(
        _ prepared: PreparedRequest, action: ActionDescriptor, service: ServiceConfiguration, as: Response.Type
    ) async throws -> (Response, String?) {
        let credential = try await credentials.provider.credential()
        let timestamp = Int(Date().timeIntervalSince1970)
        let signature = TC3Signer.sign(
            TC3Signer.Input(
                method: prepared.method.rawValue, query: prepared.query,
                headers: [("content-type", prepared.contentType), ("host", prepared.host)],
                payload: prepared.body, timestamp: timestamp, service: service.name),
            secretId: credential.secretId, secretKey: credential.secretKey, cache: signingKeys)

        var httpRequest = HTTPClientRequest(url: prepared.url)
        httpRequest.method = prepared.method == .get ? .GET : .POST
        httpRequest.headers.add(name: "Authorization", value: signature.authorization)
        httpRequest.headers.add(name: "Content-Type", value: prepared.contentType)
        httpRequest.headers.add(name: "Host", value: prepared.host)
        httpRequest.headers.add(name: "X-TC-Action", value: action.name)
        httpRequest.headers.add(name: "X-TC-Version", value: service.version)
        httpRequest.headers.add(name: "X-TC-Timestamp", value: String(timestamp))
        httpRequest.headers.add(name: "X-TC-RequestClient", value: Self.requestClient)
        if let region = prepared.region { httpRequest.headers.add(name: "X-TC-Region", value: region) }
        if let token = credential.token { httpRequest.headers.add(name: "X-TC-Token", value: token) }
        if let language = configuration.language { httpRequest.headers.add(name: "X-TC-Language", value: language) }
        if prepared.method == .post { httpRequest.body = .bytes(ByteBuffer(bytes: prepared.body)) }

        let response = try await httpClient.execute(httpRequest, timeout: configuration.requestTimeout)
        let bytes = try await response.body.collect(upTo: Self.maximumResponseBytes)
        let data = Data(buffer: bytes)
        return try ResponseDecoder.decodeWithRequestId(Response.self, status: Int(response.status.code), body: data)
    }
}
