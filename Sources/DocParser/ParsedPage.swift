import DocModel

/// What kind of page a file is.
public enum PageKind: String, Hashable, Sendable, Codable {
    /// An action page (接口描述, 输入参数, 输出参数…).
    case action
    /// A 数据结构 page.
    case dataStructures
    /// The 公共参数 page.
    case commonParameters
    /// The 错误码 page.
    case errorCodes
    /// A signature page (签名方法).
    case signature
    /// Anything else; skipped with a note.
    case other
}

/// One page read: its kind and what it defines.
public struct ParsedPage: Hashable, Sendable {
    /// The page read.
    public var path: String
    /// What kind of page it is.
    public var kind: PageKind
    /// The language it is written in.
    public var language: DocLanguage
    /// The action, for action pages that could be read.
    public var action: Action?
    /// The service name from the page's host (action pages only).
    public var serviceName: String?
    /// The structs, for data-structure pages.
    public var structs: [StructDefinition]

    /// Creates a parsed page.
    public init(
        path: String, kind: PageKind, language: DocLanguage = .zh, action: Action? = nil, serviceName: String? = nil,
        structs: [StructDefinition] = []
    ) {
        self.path = path
        self.kind = kind
        self.language = language
        self.action = action
        self.serviceName = serviceName
        self.structs = structs
    }
}
