/// The code type of a service's typed error (`CLB.Error.Code`).
///
/// The codes a service's pages document are static members of its own code type; the codes every Tencent Cloud
/// service may return (the API's 公共错误码) are these, declared and documented once for all services
/// (`error.code == .requestLimitExceeded` works on every service's error).
public protocol TencentCloudErrorCode: TencentCloudEnumeration {}

extension TencentCloudErrorCode {
    /// The action has been taken offline.
    public static var actionOffline: Self { Self(rawValue: "ActionOffline") }

    /// The `Authorization` header is malformed.
    public static var authFailureInvalidAuthorization: Self { Self(rawValue: "AuthFailure.InvalidAuthorization") }

    /// The key is not a valid secret ID.
    public static var authFailureInvalidSecretId: Self { Self(rawValue: "AuthFailure.InvalidSecretId") }

    /// Multi-factor authentication failed.
    public static var authFailureMFAFailure: Self { Self(rawValue: "AuthFailure.MFAFailure") }

    /// The key does not exist or is disabled.
    public static var authFailureSecretIdNotFound: Self { Self(rawValue: "AuthFailure.SecretIdNotFound") }

    /// The signature expired: the request's timestamp is too far from the server's time.
    public static var authFailureSignatureExpire: Self { Self(rawValue: "AuthFailure.SignatureExpire") }

    /// The signature is wrong.
    public static var authFailureSignatureFailure: Self { Self(rawValue: "AuthFailure.SignatureFailure") }

    /// The temporary credentials' token is wrong or expired.
    public static var authFailureTokenFailure: Self { Self(rawValue: "AuthFailure.TokenFailure") }

    /// The caller is not authorized for this action.
    public static var authFailureUnauthorizedOperation: Self { Self(rawValue: "AuthFailure.UnauthorizedOperation") }

    /// The request would have succeeded, but `DryRun` was set.
    public static var dryRunOperation: Self { Self(rawValue: "DryRunOperation") }

    /// The operation failed.
    public static var failedOperation: Self { Self(rawValue: "FailedOperation") }

    /// An internal error occurred.
    public static var internalError: Self { Self(rawValue: "InternalError") }

    /// The action does not exist.
    public static var invalidAction: Self { Self(rawValue: "InvalidAction") }

    /// A parameter is wrong.
    public static var invalidParameter: Self { Self(rawValue: "InvalidParameter") }

    /// A parameter's value is wrong.
    public static var invalidParameterValue: Self { Self(rawValue: "InvalidParameterValue") }

    /// The request body is malformed.
    public static var invalidRequest: Self { Self(rawValue: "InvalidRequest") }

    /// The caller's IP address is on the blocklist.
    public static var ipInBlacklist: Self { Self(rawValue: "IpInBlacklist") }

    /// The caller's IP address is not on the allowlist.
    public static var ipNotInWhitelist: Self { Self(rawValue: "IpNotInWhitelist") }

    /// A quota was exceeded.
    public static var limitExceeded: Self { Self(rawValue: "LimitExceeded") }

    /// A required parameter is missing.
    public static var missingParameter: Self { Self(rawValue: "MissingParameter") }

    /// The product does not exist.
    public static var noSuchProduct: Self { Self(rawValue: "NoSuchProduct") }

    /// The API version does not exist.
    public static var noSuchVersion: Self { Self(rawValue: "NoSuchVersion") }

    /// Too many requests: the rate limit was exceeded.
    public static var requestLimitExceeded: Self { Self(rawValue: "RequestLimitExceeded") }

    /// Too many requests for this account across regions.
    public static var requestLimitExceededGlobalRegionUinLimitExceeded: Self {
        Self(rawValue: "RequestLimitExceeded.GlobalRegionUinLimitExceeded")
    }

    /// Too many requests from this IP address.
    public static var requestLimitExceededIPLimitExceeded: Self { Self(rawValue: "RequestLimitExceeded.IPLimitExceeded") }

    /// Too many requests from this account.
    public static var requestLimitExceededUinLimitExceeded: Self { Self(rawValue: "RequestLimitExceeded.UinLimitExceeded") }

    /// The request is too large.
    public static var requestSizeLimitExceeded: Self { Self(rawValue: "RequestSizeLimitExceeded") }

    /// The resource is in use.
    public static var resourceInUse: Self { Self(rawValue: "ResourceInUse") }

    /// The resource is insufficient.
    public static var resourceInsufficient: Self { Self(rawValue: "ResourceInsufficient") }

    /// The resource does not exist.
    public static var resourceNotFound: Self { Self(rawValue: "ResourceNotFound") }

    /// The resource is unavailable.
    public static var resourceUnavailable: Self { Self(rawValue: "ResourceUnavailable") }

    /// The response is too large.
    public static var responseSizeLimitExceeded: Self { Self(rawValue: "ResponseSizeLimitExceeded") }

    /// The service is temporarily unavailable.
    public static var serviceUnavailable: Self { Self(rawValue: "ServiceUnavailable") }

    /// The operation is not authorized.
    public static var unauthorizedOperation: Self { Self(rawValue: "UnauthorizedOperation") }

    /// The request has a parameter the action does not know.
    public static var unknownParameter: Self { Self(rawValue: "UnknownParameter") }

    /// The operation is not supported.
    public static var unsupportedOperation: Self { Self(rawValue: "UnsupportedOperation") }

    /// The HTTP method or protocol is not supported.
    public static var unsupportedProtocol: Self { Self(rawValue: "UnsupportedProtocol") }

    /// The action is not available in this region.
    public static var unsupportedRegion: Self { Self(rawValue: "UnsupportedRegion") }

    /// Every common code, in order of its wire text.
    public static var commonCodes: [Self] {
        [
            .actionOffline,
            .authFailureInvalidAuthorization,
            .authFailureInvalidSecretId,
            .authFailureMFAFailure,
            .authFailureSecretIdNotFound,
            .authFailureSignatureExpire,
            .authFailureSignatureFailure,
            .authFailureTokenFailure,
            .authFailureUnauthorizedOperation,
            .dryRunOperation,
            .failedOperation,
            .internalError,
            .invalidAction,
            .invalidParameter,
            .invalidParameterValue,
            .invalidRequest,
            .ipInBlacklist,
            .ipNotInWhitelist,
            .limitExceeded,
            .missingParameter,
            .noSuchProduct,
            .noSuchVersion,
            .requestLimitExceeded,
            .requestLimitExceededGlobalRegionUinLimitExceeded,
            .requestLimitExceededIPLimitExceeded,
            .requestLimitExceededUinLimitExceeded,
            .requestSizeLimitExceeded,
            .resourceInUse,
            .resourceInsufficient,
            .resourceNotFound,
            .resourceUnavailable,
            .responseSizeLimitExceeded,
            .serviceUnavailable,
            .unauthorizedOperation,
            .unknownParameter,
            .unsupportedOperation,
            .unsupportedProtocol,
            .unsupportedRegion,
        ]
    }
}
