import DocModel
import DocParser
import SwiftGenerator

/// The whole run as pure stages: pages → model (DocParser) → checks → filter → Swift files (SwiftGenerator).
public enum GeneratorPipeline {
    /// How to run.
    public struct Options: Hashable, Sendable {
        /// A prefix removed from page paths in generated file headers (the specs folder).
        public var sourceRoot: String
        /// Which services and actions to generate.
        public var filter: ModelFilter
        /// The access level of the generated API.
        public var access: AccessLevel

        /// Creates options.
        public init(sourceRoot: String, filter: ModelFilter = ModelFilter(), access: AccessLevel = .public) {
            self.sourceRoot = sourceRoot
            self.filter = filter
            self.access = access
        }
    }

    /// What a run produced.
    public struct Output: Sendable {
        /// The model the pages gave (after the filter).
        public var model: APIModel
        /// The files to write, sorted by path; empty when there are errors.
        public var files: [GeneratedFile]
        /// Every diagnostic of every stage.
        public var diagnostics: [Diagnostic]
        /// The modules this run owns in the output folder: every module, or with a service filter only
        /// the filtered services' modules (`nil` means every `TencentCloud*` folder).
        public var ownedModules: Set<String>?

        /// Whether any diagnostic is an error (then nothing may be written).
        public var hasErrors: Bool { diagnostics.containsErrors }
    }

    /// Parses `pages` with up to `concurrency` tasks and, if they hold no errors, generates the Swift files the
    /// same way; the output is byte-identical to the single-threaded ``run(_:options:progress:)``.
    public static func run(
        _ pages: [PageSource], options: Options, concurrency: Int, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async -> Output {
        let parsed = await ModelBuilder.build(pages, concurrency: concurrency, progress: progress)
        let (model, owned, diagnostics) = check(parsed, options: options)
        guard !diagnostics.containsErrors else {
            return Output(model: model, files: [], diagnostics: diagnostics, ownedModules: owned)
        }
        let (files, generatorDiagnostics) = await SwiftGenerator.generate(
            model, options: SwiftGenerator.Options(sourceRoot: options.sourceRoot, access: options.access),
            concurrency: concurrency)
        let all = diagnostics + generatorDiagnostics
        return Output(model: model, files: all.containsErrors ? [] : files, diagnostics: all, ownedModules: owned)
    }

    /// The filtered model, the modules the run owns, and the diagnostics so far (parser and example checks).
    private static func check(_ parsed: ModelBuilder.Result, options: Options) -> (APIModel, Set<String>?, [Diagnostic]) {
        let model = options.filter.apply(to: parsed.model)
        let owned = options.filter.services.map { services in
            Set(services.flatMap { [SwiftNaming.moduleName($0), SwiftNaming.moduleName($0) + "Tests"] })
                .union(ModuleName.plan(model.services).flatMap { [$0.1.module, $0.1.testModule] })
        }
        return (model, owned, parsed.diagnostics + ExampleChecker.check(model))
    }

    /// Parses `pages` and, if they hold no errors, generates the Swift files.
    public static func run(
        _ pages: [PageSource], options: Options, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> Output {
        let parsed = ModelBuilder.build(pages, progress: progress)
        let (model, owned, diagnostics) = check(parsed, options: options)
        guard !diagnostics.containsErrors else {
            return Output(model: model, files: [], diagnostics: diagnostics, ownedModules: owned)
        }
        let (files, generatorDiagnostics) = SwiftGenerator.generate(
            model, options: SwiftGenerator.Options(sourceRoot: options.sourceRoot, access: options.access))
        let all = diagnostics + generatorDiagnostics
        return Output(model: model, files: all.containsErrors ? [] : files, diagnostics: all, ownedModules: owned)
    }

    /// Parses `pages` and generates everything, with file headers relative to `sourceRoot`.
    public static func run(_ pages: [PageSource], sourceRoot: String) -> Output {
        run(pages, options: Options(sourceRoot: sourceRoot))
    }
}
