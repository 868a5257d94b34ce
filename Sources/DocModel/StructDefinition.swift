/// A data structure from a 数据结构 page.
public struct StructDefinition: Hashable, Sendable {
    /// The struct's name (the page's `## Name` heading).
    public var name: String
    /// The text under the heading, as DocC Markdown.
    public var description: String
    /// The rows of its table.
    public var members: [Parameter]
    /// Where the heading is.
    public var location: SourceLocation

    /// Creates a struct definition.
    public init(name: String, description: String, members: [Parameter], location: SourceLocation) {
        self.name = name
        self.description = description
        self.members = members
        self.location = location
    }
}
