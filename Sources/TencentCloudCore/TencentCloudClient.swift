import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOFoundationCompat

/// Signs and sends requests for every generated service.
///
/// One client can be shared by many services and concurrent calls; by default it uses AsyncHTTPClient's
/// shared, connection-pooling `HTTPClient`, which needs no shutdown.
public final class TencentCloudClient: Sendable {
    /// The library's name and version, sent as `X-TC-RequestClient`.
    public static let requestClient = "TencentCloudDocGen-Swift/0.1.0"

    /// Where credentials come from.
    public let credentials: Credentials
    /// The HTTP client requests go through.
    public let httpClient: HTTPClient
    /// How long one request may take, connection included.
    public let timeout: TimeAmount
    /// The language of error messages (`zh-CN` or `en-US`), sent as `X-TC-Language`.
    public let language: String?
    /// Where the client logs requests; secrets are never logged.
    public let logger: Logger

    /// The largest response body read.
    static let maximumResponseBytes = 64 * 1024 * 1024

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - credentials: Where credentials come from.
    ///   - httpClient: The HTTP client; AsyncHTTPClient's shared client by default.
    ///   - timeout: How long one request may take.
    ///   - language: The language of error messages (`zh-CN`, `en-US`).
    ///   - logger: Where requests are logged.
    public init(
        credentials: Credentials,
        httpClient: HTTPClient = .shared,
        timeout: TimeAmount = .seconds(60),
        language: String? = nil,
        logger: Logger = Logger(label: "TencentCloud")
    ) {
        self.credentials = credentials
        self.httpClient = httpClient
        self.timeout = timeout
        self.language = language
        self.logger = logger
    }

    /// Validates, signs and POSTs `request` as JSON, then decodes `Response` or throws the service's error.
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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = try encoder.encode(request)
        let url = try Endpoint.url(for: service, region: region, override: endpoint)
        guard let host = Endpoint.hostHeader(of: url) else {
            throw TencentCloudError.invalidRequest("endpoint \(url) has no host")
        }
        let credential = try await credentials.provider.credential()
        let timestamp = Int(Date().timeIntervalSince1970)
        let contentType = "application/json; charset=utf-8"
        let signature = TC3Signer.sign(
            TC3Signer.Input(
                method: "POST", headers: [("content-type", contentType), ("host", host)],
                payload: body, timestamp: timestamp, service: service.name),
            secretId: credential.secretId, secretKey: credential.secretKey)

        var httpRequest = HTTPClientRequest(url: url.absoluteString)
        httpRequest.method = .POST
        httpRequest.headers.add(name: "Authorization", value: signature.authorization)
        httpRequest.headers.add(name: "Content-Type", value: contentType)
        httpRequest.headers.add(name: "Host", value: host)
        httpRequest.headers.add(name: "X-TC-Action", value: action.name)
        httpRequest.headers.add(name: "X-TC-Version", value: service.version)
        httpRequest.headers.add(name: "X-TC-Timestamp", value: String(timestamp))
        httpRequest.headers.add(name: "X-TC-RequestClient", value: Self.requestClient)
        if let region, !region.isEmpty, action.region != .notNeeded {
            httpRequest.headers.add(name: "X-TC-Region", value: region)
        }
        if let token = credential.token { httpRequest.headers.add(name: "X-TC-Token", value: token) }
        if let language { httpRequest.headers.add(name: "X-TC-Language", value: language) }
        httpRequest.body = .bytes(ByteBuffer(data: body))

        let started = ContinuousClock.now
        let response = try await httpClient.execute(httpRequest, timeout: timeout)
        let bytes = try await response.body.collect(upTo: Self.maximumResponseBytes)
        let data = Data(buffer: bytes)
        let decoded: Result<Response, any Error> = Result {
            try ResponseDecoder.decode(Response.self, status: Int(response.status.code), body: data)
        }
        var metadata: Logger.Metadata = [
            "action": "\(action.name)", "service": "\(service.name)", "status": "\(response.status.code)",
            "latency": "\(ContinuousClock.now - started)",
        ]
        if let region { metadata["region"] = "\(region)" }
        if let requestId = ResponseDecoder.requestId(in: data) { metadata["requestId"] = "\(requestId)" }
        logger.debug("Tencent Cloud call finished", metadata: metadata)
        return try decoded.get()
    }
}
