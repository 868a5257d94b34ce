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
        /// The language of the doc comments where a Chinese and an English page document one action or struct.
        public var docLanguage: DocLanguage
        /// Whether services whose pages have errors are left out (and left as they are in the output) while
        /// every other service is generated, instead of nothing being generated.
        public var keepGoing: Bool

        /// Creates options.
        public init(
            sourceRoot: String = "", filter: ModelFilter = ModelFilter(), access: AccessLevel = .public,
            docLanguage: DocLanguage = .zh, keepGoing: Bool = false
        ) {
            self.sourceRoot = sourceRoot
            self.filter = filter
            self.access = access
            self.docLanguage = docLanguage
            self.keepGoing = keepGoing
        }
    }

    /// What a run produced.
    public struct Output: Sendable {
        /// The model the pages gave (after the filter).
        public var model: APIModel
        /// The files to write, sorted by path; empty when there are errors (with `keepGoing`, the files of the
        /// services without errors).
        public var files: [GeneratedFile]
        /// Every diagnostic of every stage.
        public var diagnostics: [Diagnostic]
        /// The modules this run owns in the output folder: every module, or with a service filter only
        /// the filtered services' modules (`nil` means every `TencentCloud*` folder).
        public var ownedModules: Set<String>?
        /// With a service filter: the filtered services, every module of any version of which this run also
        /// owns (so an older version whose pages are all gone loses its module).
        public var ownedServices: Set<String> = []
        /// With `keepGoing`: the services left out for their errors; their modules are neither written nor removed.
        public var failedServices: [FailedService] = []
        /// The modules of ``failedServices``, which the output folder must leave as they are.
        public var keptModules: Set<String> = []

        /// Whether any diagnostic is an error (then nothing may be written, unless `keepGoing` left the failing
        /// services out).
        public var hasErrors: Bool { diagnostics.containsErrors }
    }

    /// Parses `pages` and, if they hold no errors (or with `keepGoing`, for the services without), generates the
    /// Swift files, each stage on up to `concurrency` tasks at once; the output is byte-identical whatever
    /// `concurrency`.
    public static func run(
        _ pages: [PageSource], options: Options, concurrency: Int = 1, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async -> Output {
        var output = check(
            await read(pages, options: options, concurrency: concurrency, progress: progress), options: options)
        guard output.canGenerate else { return output.result }
        let (files, generatorDiagnostics) = await SwiftGenerator.generate(
            output.model, options: SwiftGenerator.Options(sourceRoot: options.sourceRoot, access: options.access),
            concurrency: concurrency)
        output.add(files, generatorDiagnostics)
        return output.result
    }

    /// The model of `pages` as `lint`, `dump` and `generate` all see it: parsed (on up to `concurrency` tasks),
    /// filtered, and checked (the parser's diagnostics, then each example held against its page).
    public static func read(
        _ pages: [PageSource], options: Options, concurrency: Int = 1, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async -> (model: APIModel, diagnostics: [Diagnostic]) {
        let parsed = await ModelBuilder.build(
            pages, language: options.docLanguage, concurrency: concurrency, progress: progress)
        let model = options.filter.apply(to: parsed.model)
        return (model, parsed.diagnostics + (await ExampleChecker.check(model, concurrency: concurrency)))
    }

    /// The modules the run owns and, with `keepGoing`, the services with errors taken out of the model.
    private static func check(_ read: (model: APIModel, diagnostics: [Diagnostic]), options: Options) -> RunState {
        var model = read.model
        let diagnostics = read.diagnostics
        let owned = options.filter.services.map { services in
            Set(services.flatMap { ModuleName.folders(of: SwiftNaming.moduleName($0)) })
                .union(ModuleName.plan(model.services).flatMap { $0.1.folders })
        }
        var state = RunState(
            model: model, diagnostics: diagnostics, owned: owned, ownedServices: options.filter.services ?? [],
            keepGoing: options.keepGoing)
        if options.keepGoing, diagnostics.containsErrors {
            state.leaveOut(ErrorAttribution(model).failedServices(diagnostics).failed)
            model = state.model
        }
        return state
    }

    /// A run between its stages.
    private struct RunState {
        var model: APIModel
        var diagnostics: [Diagnostic]
        var owned: Set<String>?
        var ownedServices: Set<String>
        var keepGoing: Bool
        var files: [GeneratedFile] = []
        var failed: [FailedService] = []
        var kept: Set<String> = []

        /// Whether the generator runs: no errors, or with `keepGoing` some service left to generate.
        var canGenerate: Bool { keepGoing ? !model.services.isEmpty : !diagnostics.containsErrors }

        /// Takes `services` (every version of each) out of the model; their modules are kept as they are.
        mutating func leaveOut(_ services: [FailedService]) {
            let names = Set(services.map(\.name))
            guard !names.isEmpty else { return }
            kept.formUnion(
                ModuleName.plan(model.services).filter { names.contains($0.0.name) }.flatMap { $0.1.folders })
            model.services.removeAll { names.contains($0.name) }
            failed = (failed + services).sorted { $0.name < $1.name }
        }

        /// The generator's files and diagnostics; with `keepGoing`, the files of services whose generation
        /// failed are dropped.
        mutating func add(_ generated: [GeneratedFile], _ generatorDiagnostics: [Diagnostic]) {
            diagnostics += generatorDiagnostics
            files = generated
            guard generatorDiagnostics.containsErrors else { return }
            guard keepGoing else {
                files = []
                return
            }
            let before = kept
            leaveOut(ErrorAttribution(model).failedServices(generatorDiagnostics).failed)
            let dropped = kept.subtracting(before)
            files.removeAll { file in dropped.contains(String(file.path.prefix { $0 != "/" })) }
        }

        var result: Output {
            let writable = !diagnostics.containsErrors || (keepGoing && !failed.isEmpty)
            var output = Output(model: model, files: writable ? files : [], diagnostics: diagnostics, ownedModules: owned)
            output.ownedServices = ownedServices
            output.failedServices = failed
            output.keptModules = kept
            return output
        }
    }
}
