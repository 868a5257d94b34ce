/// One file the generator produces.
public struct GeneratedFile: Hashable, Sendable {
    /// The path relative to the output folder (`TencentCloudCLB/Models/Target.swift`).
    public var path: String
    /// The file's contents.
    public var contents: String

    /// Creates a generated file.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
