/// One 示例 of an action page: the request and the response as the page shows them, and as values.
public struct Example: Hashable, Sendable {
    /// The example's title (`示例1 从监听器的注册列表中删除一个云服务器`).
    public var title: String
    /// The input code block verbatim: a GET URL with query items, or a POST JSON body.
    public var input: String?
    /// The output code block verbatim (JSON with a `Response` object).
    public var output: String?
    /// The input as a value: what the request sends besides the common parameters; `nil` without an input block.
    public var request: ExampleRequest?
    /// The output as a value; `nil` without an output block.
    public var response: ExampleResponse?
    /// Where the example starts.
    public var location: SourceLocation

    /// Creates an example.
    public init(
        title: String, input: String?, output: String?, request: ExampleRequest? = nil, response: ExampleResponse? = nil,
        location: SourceLocation
    ) {
        self.title = title
        self.input = input
        self.output = output
        self.request = request
        self.response = response
        self.location = location
    }

    /// The parameters every request may carry besides the action's own (the API's 公共参数); they are not part of
    /// an action's input, so ``ExampleRequest`` leaves them out.
    public static let commonParameters: Set<String> = [
        "Action", "Version", "Region", "Timestamp", "Nonce", "SecretId", "Signature", "SignatureMethod", "Token",
        "Language", "RequestClient",
    ]
}

/// What an example's input block sends.
public enum ExampleRequest: Hashable, Sendable {
    /// A JSON body: its object.
    case json([String: JSONValue])
    /// A GET URL: its query items in order (`Targets.0.Port` = `334`), values percent-decoded.
    case query([QueryItem])
    /// An input block with a `{` whose text from there is not a JSON object.
    case invalidJSON
    /// An input block that is neither a JSON body nor a URL with a query (a bare request line, prose).
    case unrecognized

    /// One `name=value` item of a query.
    public struct QueryItem: Hashable, Sendable {
        /// The item's name, with its path (`Targets.0.Port`).
        public var name: String
        /// The value, percent-decoded.
        public var value: String

        /// Creates a query item.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }

        /// The parameter the item belongs to: its name up to the first `.` (`Targets`), the first of ``segments``
        /// (an ASCII name's made without the others).
        public var parameter: String {
            let utf8 = name.utf8
            guard Self.isASCII(utf8) else { return segments[0] }
            return utf8.firstIndex(of: UInt8(ascii: ".")).map { String(name[..<$0]) } ?? name
        }

        /// The item's name split at each `.` (`["Targets", "0", "Port"]`; empty pieces kept, so there is at least
        /// one). An ASCII name (most) is split at its `.` bytes: there each byte is a character.
        public var segments: [String] {
            let utf8 = name.utf8
            guard Self.isASCII(utf8) else {
                return name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            }
            return utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).map { String(Substring($0)) }
        }

        private static func isASCII(_ utf8: String.UTF8View) -> Bool { utf8.allSatisfy { $0 < 0x80 } }
    }

    /// The action parameters the request names at its top level, in order, each once.
    public var parameterNames: [String] {
        switch self {
        case .json(let object): return object.keys.sorted()
        case .query(let items):
            var names: [String] = []
            for item in items {
                // `&.DeviceType=cvm` (a page's typo) names no parameter: the whole item is reported.
                let parameter = item.parameter
                let name = parameter.isEmpty ? item.name : parameter
                if !names.contains(name) { names.append(name) }
            }
            return names
        case .invalidJSON, .unrecognized: return []
        }
    }
}

/// What an example's output block returns.
public enum ExampleResponse: Hashable, Sendable {
    /// The `Response` object of the output's JSON.
    case object([String: JSONValue])
    /// An output block that is not JSON with a `Response` object.
    case unreadable

    /// Whether the response is an error (it has an `Error` member).
    public var isError: Bool {
        if case .object(let members) = self { return members["Error"] != nil }
        return false
    }
}
