import HTTPTypes
import Logging

/// Logs each call's outcome (debug) and each failed attempt (warning) to the call's logger, with the action,
/// service, region, request ID, retries and latency; never a secret, a signature or a body.
public struct LoggingMiddleware: TencentCloudMiddleware {
    /// Creates the middleware.
    public init() {}

    public func interceptCall(
        _ request: HTTPRequest, body: TransportBody?, context: MiddlewareContext, next: MiddlewareNext
    ) async throws -> (HTTPResponse, TransportBody) {
        let started = ContinuousClock.now
        do {
            let answer = try await next(request, body)
            var metadata = Self.metadata(context)
            metadata["latency"] = "\(ContinuousClock.now - started)"
            context.logger.debug("Tencent Cloud call succeeded", metadata: metadata)
            return answer
        } catch {
            var metadata = Self.metadata(context)
            metadata["error"] = "\(RetryDecision.summary(of: error))"
            context.logger.debug("Tencent Cloud call failed", metadata: metadata)
            throw error
        }
    }

    public func interceptAttempt(
        _ request: HTTPRequest, body: TransportBody?, context: MiddlewareContext, next: MiddlewareNext
    ) async throws -> (HTTPResponse, TransportBody) {
        do {
            return try await next(request, body)
        } catch {
            var metadata = Self.metadata(context)
            metadata["attempt"] = "\(context.attempt ?? 0)"
            metadata["host"] = "\(request.authority ?? "")"
            metadata["error"] = "\(RetryDecision.summary(of: error))"
            context.logger.warning("Tencent Cloud attempt failed", metadata: metadata)
            throw error
        }
    }

    private static func metadata(_ context: MiddlewareContext) -> Logger.Metadata {
        var metadata: Logger.Metadata = [
            "action": "\(context.action.name)", "service": "\(context.service.name)",
            "retries": "\(context.progress.retries)",
        ]
        if let region = context.region { metadata["region"] = "\(region)" }
        if let requestId = context.progress.requestId { metadata["requestId"] = "\(requestId)" }
        return metadata
    }
}
