import Foundation

/// A value of the API — a request, a response, a data structure or an event — with equality and hashing by its
/// JSON: two values are equal when they encode to the same members with the same values (a `nil` member is left
/// out, an object's keys are in byte order), which is what a request sends and a response carries.
///
/// The generated types take `==` and `hash(into:)` from here instead of having the compiler synthesize them for
/// each: that code was a third of what a service module's type-checker did. One difference from synthesized
/// equality: a `Double` compares by its JSON text, so `0.0` and `-0.0` differ, and `.nan` equals `.nan`.
///
/// Each is a JSON object written member by member: ``encodeMembers(to:)`` writes the members, and `encode(to:)`
/// is that call on the encoder's members. ``TencentCloudJSONEncoder``, the encoder of every request body, calls
/// ``encodeMembers(to:)`` directly for a value, an array of values and a value's data-structure members, so each
/// member goes straight into the body's bytes without a Codable `Encoder` in between.
public protocol TencentCloudValue: Codable, Hashable, Sendable {
    /// Writes the value's members, each under its page name (generated: one call per member, in their keys' byte
    /// order).
    func encodeMembers(to container: TencentCloudMemberEncoder) throws
}

extension TencentCloudValue {
    /// Encodes the value as an object of the members ``encodeMembers(to:)`` writes.
    public func encode(to encoder: any Encoder) throws {
        try encodeMembers(to: TencentCloudMemberEncoder(encoder))
    }

    /// Whether both encode to the same JSON.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        TencentCloudJSONEncoder.comparableBytes(of: lhs) == TencentCloudJSONEncoder.comparableBytes(of: rhs)
    }

    /// Hashes the value's JSON.
    public func hash(into hasher: inout Hasher) {
        TencentCloudJSONEncoder.comparableBytes(of: self).withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}

/// A data structure from a 数据结构 page.
public protocol TencentCloudModel: TencentCloudValue, TencentCloudValidatable {}

/// The input of an action.
public protocol TencentCloudRequest: TencentCloudValue, TencentCloudValidatable {}

/// The output of an action: decoded from the server's `Response` object; built, compared and encoded by a
/// consumer's tests to stub a call.
public protocol TencentCloudResponse: TencentCloudValue {
    /// The request's unique ID, to quote when asking Tencent Cloud about a call.
    var requestId: String { get }
}

/// One event of a streaming action's answer: the output's members it carries, each optional.
public protocol TencentCloudEvent: TencentCloudValue {}

/// A service's fixed facts: name, API version and default host.
public struct ServiceConfiguration: Hashable, Sendable {
    /// The signing service name, the first label of the host (`clb`).
    public var name: String
    /// The API version (`2018-03-17`).
    public var version: String
    /// The default host (`clb.tencentcloudapi.com`).
    public var host: String

    /// Creates a configuration.
    public init(name: String, version: String, host: String) {
        self.name = name
        self.version = version
        self.host = host
    }
}

/// An action's name and whether it needs a region.
public struct ActionDescriptor: Hashable, Sendable {
    /// Whether the common Region parameter is needed.
    public enum RegionRequirement: Hashable, Sendable {
        /// A region must be given.
        case required
        /// A region may be given.
        case optional
        /// The action is global; a region is not sent.
        case notNeeded
    }

    /// The action name (`DeregisterTargets`).
    public var name: String
    /// Whether it needs a region.
    public var region: RegionRequirement
    /// Requests per second from the page's 默认接口请求频率限制, for client-side rate limiting.
    public var rateLimit: Int?
    /// Whether the input has a `ClientToken` parameter; the client then sets one when the caller did not,
    /// so a retried request is recognised by the server.
    public var hasClientToken: Bool

    /// Whether the action only reads, so repeating it after a transport failure is safe. The generator states
    /// it from the doc pages; the runtime does not guess it from the name.
    public var isReadOnly: Bool
    /// Whether the page says the action is idempotent, so repeating it after a transport failure is safe.
    public var isIdempotent: Bool
    /// How the request is authorized.
    public var signing: Signing

    /// How an action's requests are authorized.
    public enum Signing: Hashable, Sendable {
        /// TC3-HMAC-SHA256 with the client's credentials.
        case signed
        /// No signature: `Authorization: SKIP`, for the actions whose page says so (STS AssumeRoleWithWebIdentity
        /// and AssumeRoleWithSAML, which exchange a token for credentials).
        case skip
    }

    /// Creates a descriptor.
    public init(
        name: String, region: RegionRequirement, rateLimit: Int? = nil, hasClientToken: Bool = false,
        isReadOnly: Bool = false, isIdempotent: Bool = false, signing: Signing = .signed
    ) {
        self.name = name
        self.region = region
        self.rateLimit = rateLimit
        self.hasClientToken = hasClientToken
        self.isReadOnly = isReadOnly
        self.isIdempotent = isIdempotent
        self.signing = signing
    }

    /// Whether the request may be sent again after a transport failure.
    public var isSafeToRepeat: Bool { isReadOnly || hasClientToken || isIdempotent }
}

/// A generated service type (such as `CLB`): the client and the options its calls use.
public protocol TencentCloudService: Sendable {
    /// The service's typed error, thrown for every `Response.Error` the server returns.
    associatedtype ServiceError: TencentCloudServiceError

    /// The service's name, version and default host.
    static var configuration: ServiceConfiguration { get }
    /// The client that signs and sends requests.
    var client: TencentCloudClient { get }
    /// The options every call of this value uses: region, endpoint, timeout, language, headers, middleware.
    var options: CallOptions { get }

    /// Creates the service over `client` with `options`.
    init(client: TencentCloudClient, options: CallOptions)
}

extension TencentCloudService {
    /// The default region.
    public var region: String? { options.region }
    /// A URL replacing the default host.
    public var endpoint: URL? { options.endpoint }

    /// A copy whose calls use the options as `change` leaves them:
    /// `clb.with { $0.timeout = .seconds(5) }.describeLoadBalancers()`.
    public func with(_ change: (inout CallOptions) -> Void) -> Self {
        var options = options
        change(&options)
        return Self(client: client, options: options)
    }

    /// Validates, signs and sends `request` for `action`, and decodes the response. An error the server
    /// returns is thrown as ``ServiceError``; other failures as ``TencentCloudError``, ``TransportError`` or
    /// ``ValidationError``.
    ///
    /// - Parameters:
    ///   - request: The action's input.
    ///   - action: The action's name and facts.
    ///   - region: The call's region; the options' region when `nil`.
    public func send<Request: TencentCloudRequest, Response: TencentCloudResponse>(
        _ request: Request, to action: ActionDescriptor, region: String?
    ) async throws -> Response {
        var options = options
        if let region { options.region = region }
        do {
            return try await client.send(request, action: action, service: Self.configuration, options: options)
        } catch TencentCloudError.service(let code, let message, let requestId) {
            throw ServiceError(code: ServiceError.Code(rawValue: code), message: message, requestId: requestId)
        }
    }

    /// Validates, signs and sends `request` for a streaming action, and returns its events as they arrive, each
    /// decoded as `Event`. An error the server returns, before or during the stream, is thrown as ``ServiceError``.
    ///
    /// - Parameters:
    ///   - request: The action's input (asking for a stream where the action takes such a switch).
    ///   - action: The action's name and facts.
    ///   - region: The call's region; the options' region when `nil`.
    ///   - event: The type each event decodes as.
    public func stream<Request: TencentCloudRequest, Event: TencentCloudEvent>(
        _ request: Request, to action: ActionDescriptor, region: String?, as event: Event.Type = Event.self
    ) async throws -> TencentCloudEventStream<Event> {
        var options = options
        if let region { options.region = region }
        let typed: @Sendable (any Error) -> any Error = { error in
            guard case TencentCloudError.service(let code, let message, let requestId) = error else { return error }
            return ServiceError(code: ServiceError.Code(rawValue: code), message: message, requestId: requestId)
        }
        do {
            let (head, body) = try await client.exchange(request, action: action, service: Self.configuration, options: options)
            return try await TencentCloudEventStream(head: head, body: body, mapError: typed)
        } catch {
            throw typed(error)
        }
    }
}
