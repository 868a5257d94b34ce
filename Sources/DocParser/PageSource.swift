/// A doc page handed to the parser: where it came from and its text.
public struct PageSource: Hashable, Sendable {
    /// The path used in locations and diagnostics (as the user gave it, relative paths stay relative).
    public var path: String
    /// The page's Markdown.
    public var text: String

    /// Creates a page source.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The file name without its folder: the last of the path's non-empty parts between `/` characters.
    var fileName: String {
        let parts = path.standaloneParts { $0 == UInt8(ascii: "/") } ?? path.split(separator: "/")
        return String(parts.last ?? Substring(path))
    }
}
