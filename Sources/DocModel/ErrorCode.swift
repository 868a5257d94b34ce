/// A row of an action's 错误码 table.
public struct ErrorCode: Hashable, Sendable {
    /// The code as the server returns it (`FailedOperation`, `InvalidParameter.FormatError`).
    public var code: String
    /// What the page says it means.
    public var description: String
    /// Where the row is.
    public var location: SourceLocation

    /// Creates an error code.
    public init(code: String, description: String, location: SourceLocation) {
        self.code = code
        self.description = description
        self.location = location
    }
}
