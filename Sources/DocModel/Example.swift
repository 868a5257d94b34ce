/// One 示例 of an action page: the request and the response as the page shows them.
public struct Example: Hashable, Sendable {
    /// The example's title (`示例1 从监听器的注册列表中删除一个云服务器`).
    public var title: String
    /// The input code block verbatim: a GET URL with query items, or a POST JSON body.
    public var input: String?
    /// The output code block verbatim (JSON with a `Response` object).
    public var output: String?
    /// Where the example starts.
    public var location: SourceLocation

    /// Creates an example.
    public init(title: String, input: String?, output: String?, location: SourceLocation) {
        self.title = title
        self.input = input
        self.output = output
        self.location = location
    }
}
