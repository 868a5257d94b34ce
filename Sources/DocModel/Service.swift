/// One version of one product's API: its actions and data structures.
public struct Service: Hashable, Sendable {
    /// The first label of the host (`clb`).
    public var name: String
    /// The API version (`2018-03-17`).
    public var version: String
    /// The default host (`clb.tencentcloudapi.com`).
    public var host: String
    /// The actions, sorted by name.
    public var actions: [Action]
    /// The data structures, sorted by name.
    public var structs: [StructDefinition]

    /// Creates a service.
    public init(name: String, version: String, host: String, actions: [Action], structs: [StructDefinition]) {
        self.name = name
        self.version = version
        self.host = host
        self.actions = actions
        self.structs = structs
    }
}

/// Everything read from a set of pages.
public struct APIModel: Hashable, Sendable {
    /// The services, sorted by name then version.
    public var services: [Service]

    /// Creates a model.
    public init(services: [Service]) {
        self.services = services
    }
}
