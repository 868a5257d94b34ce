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

    /// The file name without its folder.
    var fileName: String {
        String(path.split(separator: "/").last ?? Substring(path))
    }
}
