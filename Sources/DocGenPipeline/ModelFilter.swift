import DocModel

/// Keeps part of a model: some services, some actions, and the structs those actions reach.
public struct ModelFilter: Hashable, Sendable {
    /// Service names to keep (`clb`); `nil` keeps all.
    public var services: Set<String>?
    /// Action names to keep (`DeregisterTargets`); `nil` keeps all.
    public var actions: Set<String>?

    /// Creates a filter; the default keeps everything.
    public init(services: Set<String>? = nil, actions: Set<String>? = nil) {
        self.services = services
        self.actions = actions
    }

    /// Whether the filter keeps everything.
    public var keepsEverything: Bool { services == nil && actions == nil }

    /// The part of `model` the filter keeps. With an action filter, a service keeps only the structs its
    /// remaining actions reach (directly or through other structs), and services left without actions go.
    public func apply(to model: APIModel) -> APIModel {
        var services: [Service] = []
        for var service in model.services where self.services?.contains(service.name) ?? true {
            guard let actions else {
                services.append(service)
                continue
            }
            service.actions = service.actions.filter { actions.contains($0.name) }
            guard !service.actions.isEmpty else { continue }
            let reached = Self.reachableStructs(from: service.actions, in: service.structs)
            service.structs = service.structs.filter { reached.contains($0.name) }
            services.append(service)
        }
        return APIModel(services: services)
    }

    private static func reachableStructs(from actions: [Action], in structs: [StructDefinition]) -> Set<String> {
        let byName = Dictionary(structs.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var reached: Set<String> = []
        var pending = actions.flatMap { ($0.input + $0.output).flatMap(\.type.referencedStructures) }
        while let name = pending.popLast() {
            guard reached.insert(name).inserted, let definition = byName[name] else { continue }
            pending += definition.members.flatMap(\.type.referencedStructures)
        }
        return reached
    }
}
