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

    /// The files for `model`, sorted by path, and any problems found while generating, with the services emitted
    /// by up to `concurrency` tasks at once; the result is the same, byte for byte, whatever `concurrency`.
    public static func generate(_ model: APIModel, options: Options = Options(), concurrency: Int = 1) async -> (
        [GeneratedFile], [Diagnostic]
    ) {
        // A service's emitting costs about as much as its actions and structs: the largest (`wedata`, near the end)
        // start first.
        let results = await BoundedConcurrency.map(
            ModuleName.plan(model.services), concurrency: concurrency, cost: { $0.0.actions.count + $0.0.structs.count }
        ) {
            ServiceFilesEmitter(service: $0.0, module: $0.1, options: options).files()
        }
        return (results.flatMap(\.0).sorted { $0.path < $1.path }, results.flatMap(\.1))
    }
}
