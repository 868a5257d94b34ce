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
        let plan = Array(ModuleName.plan(model.services).enumerated())
        var results: [Int: ([GeneratedFile], [Diagnostic])] = [:]
        await withTaskGroup(of: (Int, [GeneratedFile], [Diagnostic]).self) { group in
            var pending = plan.makeIterator()
            func startNext(_ group: inout TaskGroup<(Int, [GeneratedFile], [Diagnostic])>) {
                guard let (index, (service, module)) = pending.next() else { return }
                group.addTask {
                    let (files, diagnostics) = ServiceFilesEmitter(service: service, module: module, options: options).files()
                    return (index, files, diagnostics)
                }
            }
            for _ in 0..<concurrency { startNext(&group) }
            for await (index, files, diagnostics) in group {
                results[index] = (files, diagnostics)
                startNext(&group)
            }
        }
        let ordered = results.keys.sorted().compactMap { results[$0] }
        return (ordered.flatMap(\.0).sorted { $0.path < $1.path }, ordered.flatMap(\.1))
    }

    /// The files for `model`, sorted by path, and any problems found while generating.
    public static func generate(_ model: APIModel, options: Options = Options()) -> ([GeneratedFile], [Diagnostic]) {
        let results = ModuleName.plan(model.services).map {
            ServiceFilesEmitter(service: $0.0, module: $0.1, options: options).files()
        }
        return (results.flatMap(\.0).sorted { $0.path < $1.path }, results.flatMap(\.1))
    }
}
