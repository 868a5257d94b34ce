import HTTPTypes
import Tracing

/// A span per call, `<service>.<Action>` (`clb.DeregisterTargets`), with a child span per attempt, through
/// swift-distributed-tracing.
///
/// The call's span carries `rpc.system` (`tencentcloud`), `rpc.service`, `rpc.method`, `cloud.region`,
/// `tencentcloud.request_id`, `tencentcloud.retry_count` and `http.response.status_code`, and records the error a
/// call ends with; an attempt's span carries `server.address`, `http.request.method`, `http.request.resend_count`
/// and the status. Each attempt carries its span's context in its headers, as the tracer's instrument injects it
/// (`traceparent` with a W3C tracer), so a proxy or service that reads it joins the trace; those headers are
/// not signed.
public struct TracingMiddleware: TencentCloudMiddleware {
    private let tracer: (any Tracer)?

    /// Creates the middleware over `tracer`, or over the bootstrapped `InstrumentationSystem.tracer` when `nil`.
    public init(tracer: (any Tracer)? = nil) {
        self.tracer = tracer
    }

    public func interceptCall(
        _ request: HTTPRequest, body: TransportBody?, context: MiddlewareContext, next: MiddlewareNext
    ) async throws -> (HTTPResponse, TransportBody) {
        let tracer = tracer ?? InstrumentationSystem.tracer
        return try await tracer.withSpan("\(context.service.name).\(context.action.name)", ofKind: .client) { span in
            span.attributes["rpc.system"] = "tencentcloud"
            span.attributes["rpc.service"] = context.service.name
            span.attributes["rpc.method"] = context.action.name
            if let region = context.region { span.attributes["cloud.region"] = region }
            defer {
                span.attributes["tencentcloud.retry_count"] = context.progress.retries
                if let requestId = context.progress.requestId { span.attributes["tencentcloud.request_id"] = requestId }
                if let status = context.progress.status { span.attributes["http.response.status_code"] = status }
            }
            return try await next(request, body)
        }
    }

    public func interceptAttempt(
        _ request: HTTPRequest, body: TransportBody?, context: MiddlewareContext, next: MiddlewareNext
    ) async throws -> (HTTPResponse, TransportBody) {
        let tracer = tracer ?? InstrumentationSystem.tracer
        return try await tracer.withSpan(request.method.rawValue, ofKind: .client) { span in
            span.attributes["http.request.method"] = request.method.rawValue
            span.attributes["server.address"] = request.authority ?? ""
            if let attempt = context.attempt, attempt > 0 { span.attributes["http.request.resend_count"] = attempt }
            var request = request
            tracer.inject(span.context, into: &request.headerFields, using: HTTPFieldsInjector())
            let answer = try await next(request, body)
            span.attributes["http.response.status_code"] = answer.0.status.code
            return answer
        }
    }
}

/// Writes a tracer's propagation values into HTTP header fields (a value whose key is no valid field name is
/// left out).
struct HTTPFieldsInjector: Injector {
    func inject(_ value: String, forKey key: String, into carrier: inout HTTPFields) {
        guard let name = HTTPField.Name(key) else { return }
        carrier[name] = value
    }
}
