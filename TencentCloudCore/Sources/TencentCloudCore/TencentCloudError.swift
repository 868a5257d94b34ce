/// Everything a call can fail with, besides ``ValidationError``.
public enum TencentCloudError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The server answered with `Response.Error`.
    case service(code: String, message: String, requestId: String?)
    /// The answer was not a Tencent Cloud response (HTML, empty, truncated JSON, an HTTP error status).
    case invalidResponse(status: Int, reason: String, bodyExcerpt: String)
    /// No credentials could be found.
    case missingCredentials(String)
    /// The action needs a region and none was given.
    case missingRegion(action: String)
    /// The request could not be built (for example an invalid endpoint).
    case invalidRequest(String)
    /// The encoded request is larger than the API accepts (GET 32 KB, POST 10 MB); nothing was sent.
    case requestTooLarge(size: Int, limit: Int)
    /// Getting credentials from a provider (metadata service, STS) failed.
    case credentialsUnavailable(String)

    /// Whether the service asked the caller to slow down (`RequestLimitExceeded` and its sub-codes).
    public var isThrottling: Bool {
        guard let code else { return false }
        return code == "RequestLimitExceeded" || code.hasPrefix("RequestLimitExceeded.")
    }

    /// The error code for service errors (`InvalidParameter`), `nil` otherwise.
    public var code: String? {
        if case .service(let code, _, _) = self { code } else { nil }
    }

    public var description: String {
        switch self {
        case .service(let code, let message, let requestId):
            "\(code): \(message)" + (requestId.map { " (RequestId \($0))" } ?? "")
        case .invalidResponse(let status, let reason, let excerpt):
            "invalid response (HTTP \(status)): \(reason)" + (excerpt.isEmpty ? "" : ": \(excerpt)")
        case .missingCredentials(let reason): "no credentials: \(reason)"
        case .missingRegion(let action): "\(action) needs a region; pass one to the service or the call"
        case .invalidRequest(let reason): "invalid request: \(reason)"
        case .requestTooLarge(let size, let limit): "request is \(size) bytes; the API accepts at most \(limit)"
        case .credentialsUnavailable(let reason): "credentials unavailable: \(reason)"
        }
    }
}
