import Foundation
import HTTPTypes
import Logging

/// Settings of one call or of every call of a service value, over the client's configuration.
///
/// A service carries options (`CLB(client: client, region: "ap-guangzhou")`), and ``TencentCloudService/with(_:)``
/// returns a copy with some changed, so every generated method takes them without an overload of its own:
///
/// ```swift
/// let response = try await clb.with { $0.timeout = .seconds(5); $0.language = .english }
///     .describeLoadBalancers(limit: 20)
/// ```
public struct CallOptions: Sendable {
    /// The region; an action's own `region:` argument wins.
    public var region: String?
    /// A URL that replaces the service's host (a proxy, a private endpoint or a test server). Domain failover and
    /// the circuit breaker leave it alone.
    public var endpoint: URL?
    /// How long one attempt may take, connecting included; the client's ``ClientConfiguration/requestTimeout`` when
    /// `nil`.
    public var timeout: Duration?
    /// The language of error messages; the client's ``ClientConfiguration/language`` when `nil`.
    public var language: Language?
    /// Where this call logs; the client's logger when `nil`.
    public var logger: Logger?
    /// Headers added to every attempt (they are not signed).
    public var headers: HTTPFields
    /// The caller's part of `X-TC-RequestClient` (`SDK_SWIFT_<version>: <this>`): letters, digits and `-_ ,;.`, at
    /// most 128 characters; the client's ``ClientConfiguration/requestClient`` when `nil`.
    public var requestClient: String?
    /// Middleware run inside the client's own, for these calls only.
    public var middleware: [any TencentCloudMiddleware]

    /// Creates options; every setting left out is the client's.
    public init(
        region: String? = nil, endpoint: URL? = nil, timeout: Duration? = nil, language: Language? = nil,
        logger: Logger? = nil, headers: HTTPFields = [:], requestClient: String? = nil,
        middleware: [any TencentCloudMiddleware] = []
    ) {
        self.region = region
        self.endpoint = endpoint
        self.timeout = timeout
        self.language = language
        self.logger = logger
        self.headers = headers
        self.requestClient = requestClient
        self.middleware = middleware
    }
}

/// The language of the messages a service returns, sent as `X-TC-Language`.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// Simplified Chinese (`zh-CN`).
    case chinese = "zh-CN"
    /// English (`en-US`).
    case english = "en-US"
}

/// The `X-TC-RequestClient` header: this library's name and version, and the caller's own part.
public enum RequestClient {
    /// The library's part, in the official SDKs' form (`SDK_<language>_<version>`).
    public static let library = "SDK_SWIFT_DOCGEN_0.1.0"
    /// The longest caller's part.
    public static let maximumLength = 128

    /// The header value for the caller's part `user` (`SDK_SWIFT_DOCGEN_0.1.0: my-app,1.2`).
    ///
    /// - Throws: ``TencentCloudError/invalidRequest(_:)`` when `user` is longer than ``maximumLength`` or has a
    ///   character other than letters, digits and `-_ ,;.`.
    public static func value(user: String?) throws -> String {
        guard let user, !user.isEmpty else { return library }
        guard user.utf8.count <= maximumLength else {
            throw TencentCloudError.invalidRequest("the request client \"\(user)\" is longer than \(maximumLength) characters")
        }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_ ,;.".utf8)
        guard user.utf8.allSatisfy(allowed.contains) else {
            throw TencentCloudError.invalidRequest(
                "the request client \"\(user)\" may hold only letters, digits and the characters -_ ,;.")
        }
        return "\(library): \(user)"
    }
}
