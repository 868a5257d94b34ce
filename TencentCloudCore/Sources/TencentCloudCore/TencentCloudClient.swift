import AsyncHTTPClient
import Foundation
import HTTPTypes
import Logging

/// Signs and sends requests for every generated service.
///
/// One client can be shared by many services and concurrent calls. A call runs the configured middleware around
/// the whole call and around each attempt, signs every attempt anew, retries throttled and (where the action's
/// facts say it is safe) failed attempts, moves to a fallback domain when a request cannot be sent, and hands
/// the bytes to a ``TencentCloudTransport`` (AsyncHTTPClient by default).
public final class TencentCloudClient: Sendable {
    /// Where credentials come from.
    public let credentials: Credentials
    /// How requests are sent.
    public let configuration: ClientConfiguration
    /// What carries requests.
    public let transport: any TencentCloudTransport
    /// Where the client logs requests; secrets and signatures are never logged.
    public let logger: Logger

    private let ownedTransport: AsyncHTTPClientTransport?
    private let rateLimiter = RateLimiter()
    /// Signing keys derived once per secret, day and service.
    private let signingKeys = TC3SigningKeyCache()
    private let failover: DomainFailover
    private let breakers: CircuitBreakers?

    /// The largest response body read.
    static let maximumResponseBytes = 64 * 1024 * 1024

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - credentials: Where credentials come from.
    ///   - configuration: Method, endpoints, timeouts, proxy, retries, middleware, resilience.
    ///   - transport: What carries requests; by default an ``AsyncHTTPClientTransport`` for the configuration.
    ///   - logger: Where requests are logged.
    public init(
        credentials: Credentials, configuration: ClientConfiguration = ClientConfiguration(),
        transport: (any TencentCloudTransport)? = nil, logger: Logger = Logger(label: "TencentCloud")
    ) {
        self.credentials = credentials
        self.configuration = configuration
        self.logger = logger
        if let transport {
            self.transport = transport
            ownedTransport = nil
        } else {
            let owned = AsyncHTTPClientTransport(configuration: configuration)
            self.transport = owned
            ownedTransport = owned
        }
        failover = DomainFailover(retryPrimaryAfter: configuration.failoverRetryPrimaryAfter)
        breakers = configuration.circuitBreaker.map { CircuitBreakers(policy: $0) }
    }

    /// Creates a client over an AsyncHTTPClient `HTTPClient` the caller owns.
    public convenience init(
        credentials: Credentials, configuration: ClientConfiguration = ClientConfiguration(), httpClient: HTTPClient,
        logger: Logger = Logger(label: "TencentCloud")
    ) {
        self.init(
            credentials: credentials, configuration: configuration, transport: AsyncHTTPClientTransport(httpClient: httpClient),
            logger: logger)
    }

    /// Shuts down the HTTP client if this client's default transport created one; a no-op otherwise.
    public func shutdown() async throws {
        try await ownedTransport?.shutdown()
    }

    /// Validates, signs and sends `request` and decodes `Response`, or throws the service's error as
    /// ``TencentCloudError/service(code:message:requestId:)``.
    public func send<Request: Encodable & TencentCloudValidatable, Response: Decodable>(
        _ request: Request, action: ActionDescriptor, service: ServiceConfiguration, options: CallOptions = CallOptions()
    ) async throws -> Response {
        let (head, body) = try await exchange(request, action: action, service: service, options: options)
        let bytes = try await body.collect(upTo: Self.maximumResponseBytes)
        return try ResponseDecoder.output(Response.self, status: head.status.code, body: bytes)
    }

    /// Validates, signs and sends `request` and returns the answer as it arrives: a JSON answer is checked for
    /// `Response.Error` first; any other (such as `text/event-stream`) is handed over unread.
    public func exchange<Request: Encodable & TencentCloudValidatable>(
        _ request: Request, action: ActionDescriptor, service: ServiceConfiguration, options: CallOptions = CallOptions()
    ) async throws -> (HTTPResponse, TransportBody) {
        let unlisted = try request.validate(policy: configuration.validation)
        if !unlisted.isEmpty {
            (options.logger ?? logger).warning(
                "sending a value the docs do not list",
                metadata: [
                    "action": "\(action.name)", "problems": "\(unlisted.map(\.description).joined(separator: "; "))",
                ])
        }
        let region = options.region.flatMap { $0.isEmpty ? nil : $0 }
        if action.region == .required && region == nil {
            throw TencentCloudError.missingRegion(action: action.name)
        }
        let prepared = try RequestPreparation.prepare(
            request, action: action, service: service, region: region, endpoint: options.endpoint,
            configuration: configuration)
        var head = HTTPRequest(
            method: prepared.method == .get ? .get : .post, scheme: prepared.scheme, authority: prepared.host,
            path: prepared.path)
        head.headerFields[.contentType] = prepared.contentType
        head.headerFields[.tcAction] = action.name
        head.headerFields[.tcVersion] = service.version
        head.headerFields[.tcRequestClient] = try RequestClient.value(user: options.requestClient ?? configuration.requestClient)
        if let region = prepared.region { head.headerFields[.tcRegion] = region }
        if let language = options.language ?? configuration.language { head.headerFields[.tcLanguage] = language.rawValue }
        head.headerFields.append(contentsOf: options.headers)

        let context = MiddlewareContext(
            service: service, action: action, region: prepared.region, attempt: nil, logger: options.logger ?? logger,
            progress: CallProgress())
        let middleware = configuration.middleware + options.middleware
        let attempts = Attempts(
            client: self, action: action, service: service, context: context, middleware: middleware,
            timeout: options.timeout ?? configuration.requestTimeout, movable: options.endpoint == nil)
        return try await MiddlewareChain.run(
            middleware, attempt: false, request: head, body: prepared.method == .post ? TransportBody(prepared.body) : nil,
            context: context, last: attempts.run)
    }

    /// The attempts of one call: retries, failover and the circuit breaker around signed exchanges.
    private struct Attempts: Sendable {
        let client: TencentCloudClient
        let action: ActionDescriptor
        let service: ServiceConfiguration
        let context: MiddlewareContext
        let middleware: [any TencentCloudMiddleware]
        let timeout: Duration
        /// Whether the host may change (no endpoint was set by the caller).
        let movable: Bool

        func run(_ request: HTTPRequest, _ body: TransportBody?) async throws -> (HTTPResponse, TransportBody) {
            let configuration = client.configuration
            let payload = body?.bytes ?? []
            let primary = request.authority ?? ""
            var attempt = 0
            var retries = 0
            var hosts = movable && configuration.domainFailover ? client.failover.order(for: primary) : [primary]
            while true {
                try Task.checkCancellation()
                if configuration.rateLimiting, let rate = action.rateLimit {
                    try await client.rateLimiter.acquire("\(service.name).\(action.name)", rate: rate)
                }
                let host = route(hosts[0])
                do {
                    let answer = try await once(request, payload: payload, host: host, attempt: attempt)
                    client.breakers?.record(hosts[0], success: true)
                    // Only a domain of the failover ring is remembered (not the circuit breaker's backup).
                    if host == hosts[0] && (host != primary || attempt > 0) { client.failover.answered(host, for: primary) }
                    return answer
                } catch {
                    client.breakers?.record(hosts[0], success: !Self.countsAgainstHost(error))
                    attempt += 1
                    if let error = error as? TransportError, error.requestWasNotSent, hosts.count > 1 {
                        hosts.removeFirst()
                        continue
                    }
                    guard RetryDecision.shouldRetry(error, action: action), retries + 1 < configuration.retry.maxAttempts
                    else { throw error }
                    try await Task.sleep(for: configuration.retry.delay(beforeRetry: retries))
                    retries += 1
                }
            }
        }

        /// The host an attempt goes to: `host`, or the backup while the host's circuit breaker is open.
        private func route(_ host: String) -> String {
            guard movable, let breakers = client.breakers, !breakers.allows(host) else { return host }
            return breakers.backup(for: host)
        }

        /// Whether `error` says the host is unwell (no answer, a 5xx, not a Tencent Cloud answer), as opposed to an
        /// answer about the request itself.
        private static func countsAgainstHost(_ error: any Error) -> Bool {
            switch error {
            case is TransportError: true
            case TencentCloudError.invalidResponse: true
            default: false
            }
        }

        /// One signed attempt to `host`: fresh credentials and timestamp, the attempt middleware, the exchange, and
        /// the check of a JSON answer for `Response.Error`.
        private func once(_ request: HTTPRequest, payload: [UInt8], host: String, attempt: Int) async throws -> (
            HTTPResponse, TransportBody
        ) {
            context.progress.startAttempt(host: host)
            var signed = request
            signed.authority = host
            let timestamp = Int(Date().timeIntervalSince1970)
            signed.headerFields[.tcTimestamp] = String(timestamp)
            if action.signing == .skip {
                signed.headerFields[.authorization] = "SKIP"
            } else {
                let credential = try await client.credentials.provider.credential()
                let unsigned = client.configuration.payloadSigning == .unsigned
                let query = request.path.flatMap { $0.split(separator: "?", maxSplits: 1).dropFirst().first }.map(String.init)
                let headers = [("content-type", request.headerFields[.contentType] ?? ""), ("host", host)]
                let input =
                    unsigned
                    ? TC3Signer.Input(
                        method: request.method.rawValue, query: query ?? "", headers: headers,
                        payloadHash: TC3Signer.unsignedPayload, timestamp: timestamp, service: service.name)
                    : TC3Signer.Input(
                        method: request.method.rawValue, query: query ?? "", headers: headers, payload: payload,
                        timestamp: timestamp, service: service.name)
                signed.headerFields[.authorization] = TC3Signer.authorization(
                    input, secretId: credential.secretId, secretKey: credential.secretKey, cache: client.signingKeys)
                if unsigned { signed.headerFields[.tcContentSHA256] = TC3Signer.unsignedPayload }
                if let token = credential.token { signed.headerFields[.tcToken] = token }
            }
            var attemptContext = context
            attemptContext.attempt = attempt
            let transport = client.transport
            let timeout = timeout
            let progress = context.progress
            return try await MiddlewareChain.run(
                middleware, attempt: true, request: signed, body: request.method == .post ? TransportBody(payload) : nil,
                context: attemptContext
            ) { request, body in
                let (head, body) = try await transport.send(request, body: body, timeout: timeout)
                let contentType = head.headerFields[.contentType]?.lowercased() ?? ""
                guard contentType.contains("json") || contentType.isEmpty || !(200..<300).contains(head.status.code) else {
                    progress.answered(status: head.status.code, requestId: head.headerFields[.tcRequestId])
                    return (head, body)
                }
                let bytes = try await body.collect(upTo: TencentCloudClient.maximumResponseBytes)
                do {
                    let requestId = try ResponseDecoder.requestId(status: head.status.code, body: bytes)
                    progress.answered(status: head.status.code, requestId: requestId)
                } catch {
                    let requestId: String? =
                        if case TencentCloudError.service(_, _, let requestId) = error { requestId } else { nil }
                    progress.answered(status: head.status.code, requestId: requestId)
                    throw error
                }
                return (head, TransportBody(bytes))
            }
        }
    }
}
