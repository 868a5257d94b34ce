import Foundation

/// Which failures are worth another attempt.
enum RetryDecision {
    /// Throttling is always retried (the server did nothing); a transport failure or a 5xx answer only when
    /// repeating the action is safe; validation, service errors and cancellation never.
    static func shouldRetry(_ error: any Error, action: ActionDescriptor) -> Bool {
        switch error {
        case is CancellationError, is ValidationError:
            return false
        case let error as TencentCloudError:
            if error.isThrottling { return true }
            if case .invalidResponse(let status, _, _) = error, status >= 500 { return action.isSafeToRepeat }
            return false
        case let error as TransportError:
            return error.requestWasNotSent || action.isSafeToRepeat
        case is DecodingError, is EncodingError:
            return false
        default:
            return action.isSafeToRepeat
        }
    }

    /// A short description of `error` for logs (never a request or a secret).
    static func summary(of error: any Error) -> String {
        switch error {
        case let error as TencentCloudError: error.code ?? String(describing: error).prefix(120).description
        case let error as TransportError: error.kind.rawValue
        default: String(describing: type(of: error))
        }
    }
}
