import HTTPTypes
import Logging
import NIOConcurrencyHelpers

/// The rest of the chain after a middleware: call it to go on, or answer without calling it.
public typealias MiddlewareNext =
    @Sendable (_ request: HTTPRequest, _ body: TransportBody?) async throws -> (HTTPResponse, TransportBody)

/// Code that runs around every call and every attempt of a ``TencentCloudClient``, in the order of
/// ``ClientConfiguration/middleware`` (the first is the outermost), like swift-openapi-runtime's
/// `ClientMiddleware`.
///
/// Both methods may read and change the request and the response, answer by themselves, or catch, change and
/// throw the error: a service error (`Response.Error`) arrives as ``TencentCloudError/service(code:message:requestId:)``,
/// a failed exchange as ``TransportError``. Each method passes through by default, so a middleware implements
/// only the level it needs.
public protocol TencentCloudMiddleware: Sendable {
    /// Runs around the whole call, retries and failover included. The request is not signed yet: headers added
    /// here are sent on every attempt; the body is what every attempt signs.
    func interceptCall(
        _ request: HTTPRequest, body: TransportBody?, context: MiddlewareContext, next: MiddlewareNext
    ) async throws -> (HTTPResponse, TransportBody)

    /// Runs around one attempt. The request is signed: changing the body, `Content-Type` or the authority here
    /// invalidates the signature.
    func interceptAttempt(
        _ request: HTTPRequest, body: TransportBody?, context: MiddlewareContext, next: MiddlewareNext
    ) async throws -> (HTTPResponse, TransportBody)
}

extension TencentCloudMiddleware {
    /// Passes the call on unchanged.
    public func interceptCall(
        _ request: HTTPRequest, body: TransportBody?, context: MiddlewareContext, next: MiddlewareNext
    ) async throws -> (HTTPResponse, TransportBody) {
        try await next(request, body)
    }

    /// Passes the attempt on unchanged.
    public func interceptAttempt(
        _ request: HTTPRequest, body: TransportBody?, context: MiddlewareContext, next: MiddlewareNext
    ) async throws -> (HTTPResponse, TransportBody) {
        try await next(request, body)
    }
}

/// What a middleware knows about the call it runs in.
public struct MiddlewareContext: Sendable {
    /// The service's name, version and host.
    public var service: ServiceConfiguration
    /// The action and its facts.
    public var action: ActionDescriptor
    /// The region sent, if any.
    public var region: String?
    /// The attempt, 0 for the first; `nil` around the whole call.
    public var attempt: Int?
    /// The call's logger (``CallOptions/logger`` or the client's).
    public var logger: Logger
    /// How the call is going, updated by the client as attempts are made.
    public var progress: CallProgress
}

/// How far a call got: attempts made, the last HTTP status and the request ID. Read by middleware around the call
/// (for logs, metrics and spans) after the rest of the chain returns or throws.
public final class CallProgress: Sendable {
    private struct State {
        var attempts = 0
        var status: Int?
        var requestId: String?
        var hosts: [String] = []
    }
    private let state = NIOLockedValueBox(State())

    /// Creates the progress of a call that has not started.
    public init() {}

    /// The attempts started so far.
    public var attempts: Int { state.withLockedValue { $0.attempts } }
    /// The retries so far: attempts after the first.
    public var retries: Int { max(0, attempts - 1) }
    /// The HTTP status of the last answer.
    public var status: Int? { state.withLockedValue { $0.status } }
    /// The request ID of the last answer.
    public var requestId: String? { state.withLockedValue { $0.requestId } }
    /// The host of every attempt, in order.
    public var hosts: [String] { state.withLockedValue { $0.hosts } }

    func startAttempt(host: String) {
        state.withLockedValue {
            $0.attempts += 1
            $0.hosts.append(host)
        }
    }

    func answered(status: Int, requestId: String?) {
        state.withLockedValue {
            $0.status = status
            $0.requestId = requestId ?? $0.requestId
        }
    }
}

/// The middleware list as one chain around a final step.
enum MiddlewareChain {
    /// Runs `middleware` around `last`, the first element outermost, at the call or the attempt level.
    static func run(
        _ middleware: [any TencentCloudMiddleware], attempt: Bool, request: HTTPRequest, body: TransportBody?,
        context: MiddlewareContext, last: @escaping MiddlewareNext
    ) async throws -> (HTTPResponse, TransportBody) {
        var next = last
        for element in middleware.reversed() {
            let inner = next
            next = { request, body in
                attempt
                    ? try await element.interceptAttempt(request, body: body, context: context, next: inner)
                    : try await element.interceptCall(request, body: body, context: context, next: inner)
            }
        }
        return try await next(request, body)
    }
}
