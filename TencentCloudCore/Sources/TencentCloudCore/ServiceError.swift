/// The typed error of one service (`CLB.Error`): the code the server returned, its message and the request ID.
///
/// Each generated service declares one, with a static member for every code its pages document; the codes common
/// to all services come from ``TencentCloudErrorCode``. A code the pages do not know is still representable: ``code``'s
/// `rawValue` holds it.
public protocol TencentCloudServiceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The service's error codes (its own, and the common ones from ``TencentCloudErrorCode``).
    associatedtype Code: TencentCloudErrorCode

    /// The code from `Response.Error.Code` (`FailedOperation`, `InvalidParameter.FormatError`).
    var code: Code { get }
    /// The server's explanation.
    var message: String { get }
    /// The request's ID, to quote when asking Tencent Cloud about the call.
    var requestId: String? { get }

    /// Creates an error.
    init(code: Code, message: String, requestId: String?)
}

extension TencentCloudServiceError {
    /// `Code: message (RequestId …)`.
    public var description: String {
        "\(code.rawValue): \(message)" + (requestId.map { " (RequestId \($0))" } ?? "")
    }

    /// Whether the service asked the caller to slow down (`RequestLimitExceeded` and its sub-codes).
    public var isThrottling: Bool {
        code.rawValue == "RequestLimitExceeded" || code.rawValue.hasPrefix("RequestLimitExceeded.")
    }

    /// Whether the code is `code` or one of its sub-codes (`InvalidParameter` matches
    /// `InvalidParameter.FormatError`).
    public func isFamily(_ code: Code) -> Bool {
        self.code == code || self.code.rawValue.hasPrefix(code.rawValue + ".")
    }
}
