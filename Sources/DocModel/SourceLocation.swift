/// A position in a doc page: the file as given to the parser, and a 1-based line and column.
///
/// Columns count UTF-8 bytes, as compilers do, so editors jump to the same place.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The page's path as it was handed to the parser (relative paths stay relative).
    public var file: String
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, in UTF-8 bytes.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `path:line:column`, the prefix of a compiler-style diagnostic.
    public var description: String { "\(file):\(line):\(column)" }
}
