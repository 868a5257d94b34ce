import DocModel

/// The access level of the generated declarations.
public enum AccessLevel: String, Hashable, Sendable, CaseIterable {
    /// A library other packages use (the default).
    case `public`
    /// Visible to the other modules of the same package.
    case package
    /// Visible inside the generated module only.
    case `internal`
}

/// Turns the model into Swift source files: one module per service.
public enum SwiftGenerator {
    /// Options for a generation run.
    public struct Options: Hashable, Sendable {
        /// A prefix removed from source paths in file headers so the output does not depend on where the
        /// pages were read from (`specs/`).
        public var sourceRoot: String
        /// The access level of the generated API.
        public var access: AccessLevel

        /// Creates options.
        public init(sourceRoot: String = "", access: AccessLevel = .public) {
            self.sourceRoot = sourceRoot
            self.access = access
        }
    }

    /// The files for `model` with the services emitted by up to `concurrency` tasks at once; the result is the
    /// same as ``generate(_:options:)``'s, byte for byte, whatever the scheduling.
    public static func generate(_ model: APIModel, options: Options = Options(), concurrency: Int) async -> (
        [GeneratedFile], [Diagnostic]
    ) {
        guard concurrency > 1 else { return generate(model, options: options) }
        let plan = modulePlan(model)
        var files: [GeneratedFile] = []
        await withTaskGroup(of: [GeneratedFile].self) { group in
            var pending = plan.services.makeIterator()
            func startNext(_ group: inout TaskGroup<[GeneratedFile]>) {
                guard let (service, module) = pending.next() else { return }
                group.addTask { ServiceFilesEmitter(service: service, module: module, options: options).files() }
            }
            for _ in 0..<concurrency { startNext(&group) }
            for await serviceFiles in group {
                files += serviceFiles
                startNext(&group)
            }
        }
        return (files.sorted { $0.path < $1.path }, plan.diagnostics)
    }

    /// Which version of each service becomes its module, and the warnings for the versions left out.
    private static func modulePlan(_ model: APIModel) -> (services: [(Service, String)], diagnostics: [Diagnostic]) {
        var services: [(Service, String)] = []
        var diagnostics: [Diagnostic] = []
        let byModule = Dictionary(grouping: model.services) { SwiftNaming.moduleName($0.name) }
        for (module, versions) in byModule.sorted(by: { $0.key < $1.key }) {
            let sorted = versions.sorted { $0.version < $1.version }
            guard let newest = sorted.last else { continue }
            for older in sorted.dropLast() {
                diagnostics.append(
                    .warning(
                        "\(older.name) \(older.version) is not generated: \(module) holds the newest version, \(newest.version)",
                        at: older.actions.first?.location, kind: .notGenerated))
            }
            services.append((newest, module))
        }
        return (services, diagnostics)
    }

    /// The files for `model`, sorted by path, and any problems found while generating.
    public static func generate(_ model: APIModel, options: Options = Options()) -> ([GeneratedFile], [Diagnostic]) {
        let plan = modulePlan(model)
        let files = plan.services.flatMap { ServiceFilesEmitter(service: $0.0, module: $0.1, options: options).files() }
        return (files.sorted { $0.path < $1.path }, plan.diagnostics)
    }
}
