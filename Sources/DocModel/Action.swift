/// Whether an action needs the common `Region` parameter.
public enum RegionRequirement: String, Hashable, Sendable, Codable {
    /// The Region row says 是.
    case required
    /// The Region row says 否.
    case optional
    /// The page has no Region row.
    case notNeeded
}

/// One API action, from its page.
public struct Action: Hashable, Sendable {
    /// The action name from the Action row (`DeregisterTargets`).
    public var name: String
    /// The API version from the Version row (`2018-03-17`).
    public var version: String
    /// The host from 接口请求域名 (`clb.tencentcloudapi.com`), if the page gives one.
    public var host: String?
    /// The description, as DocC Markdown paragraphs.
    public var description: String
    /// Requests per second from 默认接口请求频率限制.
    public var rateLimit: Int?
    /// Whether the page says 本接口为异步接口.
    public var isAsync: Bool
    /// Whether the page says the action supports the financial regions (金融区).
    public var supportsFinancialRegions: Bool
    /// Whether the common Region parameter is needed.
    public var region: RegionRequirement
    /// Whether the action only reads (the API names such actions `Describe…`, `Get…`, `List…`, `Query…`,
    /// `Inquiry…` or `Check…`), so sending it again after a transport failure is safe.
    public var isReadOnly: Bool
    /// Whether the page says the action is called without a signature (`Authorization` set to `SKIP`, as for STS
    /// AssumeRoleWithWebIdentity, which trades a token for credentials).
    public var skipsSignature: Bool
    /// Whether the page's description says the action is idempotent (`操作幂等`, `具备幂等性`, "idempotent"), so
    /// repeating it after a transport failure is safe.
    public var isIdempotent: Bool
    /// Whether the page's description says the action is deprecated or going offline (`本接口已废弃`, `预下线`,
    /// `不再维护`, "deprecated"): it still works, but its users should move on.
    public var isDeprecated: Bool
    /// Whether the page says the action answers as a stream of server-sent events (SSE): always
    /// (`本接口为流式响应接口`), or when the request asks for it (`本接口支持流式或非流式调用`, "supports streaming or
    /// non-streaming calls"), as hunyuan's ChatCompletions does with `Stream`.
    public var streaming: Streaming
    /// The input parameters, without Action, Version and Region.
    public var input: [Parameter]
    /// The output parameters, RequestId included.
    public var output: [Parameter]
    /// The action's error codes.
    public var errors: [ErrorCode]
    /// The examples.
    public var examples: [Example]
    /// The page the action comes from (its first line).
    public var location: SourceLocation

    /// Creates an action.
    public init(
        name: String,
        version: String,
        host: String?,
        description: String,
        rateLimit: Int?,
        isAsync: Bool,
        supportsFinancialRegions: Bool,
        region: RegionRequirement,
        isReadOnly: Bool = false,
        skipsSignature: Bool = false,
        isIdempotent: Bool = false,
        isDeprecated: Bool = false,
        streaming: Streaming = .none,
        input: [Parameter],
        output: [Parameter],
        errors: [ErrorCode],
        examples: [Example],
        location: SourceLocation
    ) {
        self.name = name
        self.version = version
        self.host = host
        self.description = description
        self.rateLimit = rateLimit
        self.isAsync = isAsync
        self.supportsFinancialRegions = supportsFinancialRegions
        self.region = region
        self.isReadOnly = isReadOnly
        self.skipsSignature = skipsSignature
        self.isIdempotent = isIdempotent
        self.isDeprecated = isDeprecated
        self.streaming = streaming
        self.input = input
        self.output = output
        self.errors = errors
        self.examples = examples
        self.location = location
    }
}

/// How an action's answer arrives, as its page says.
public enum Streaming: String, Hashable, Sendable, Codable, Comparable {
    /// One JSON body.
    case none
    /// A stream of server-sent events when the request asks for one, one JSON body otherwise.
    case optional
    /// Always a stream of server-sent events.
    case always

    public static func < (lhs: Self, rhs: Self) -> Bool {
        let order: [Self] = [.none, .optional, .always]
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}
