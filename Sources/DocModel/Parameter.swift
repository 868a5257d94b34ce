/// A row of an input or output table, or a member of a data structure.
public struct Parameter: Hashable, Sendable {
    /// The wire name (`Targets` for the page's `Targets.N`).
    public var name: String
    /// The declared type.
    public var type: TypeReference
    /// `true`/`false` from the 必选 column; `nil` where the table has none (outputs).
    public var isRequired: Bool?
    /// The description as DocC Markdown (HTML already turned into Markdown).
    public var description: String
    /// The description without markup, line by line: the text the ``constraints`` are read from.
    public var plainDescription: String
    /// Facts read from the description.
    public var constraints: Constraints
    /// Where the row starts.
    public var location: SourceLocation

    /// Creates a parameter.
    public init(
        name: String,
        type: TypeReference,
        isRequired: Bool?,
        description: String,
        plainDescription: String? = nil,
        constraints: Constraints = Constraints(),
        location: SourceLocation
    ) {
        self.name = name
        self.type = type
        self.isRequired = isRequired
        self.description = description
        self.plainDescription = plainDescription ?? description
        self.constraints = constraints
        self.location = location
    }
}
