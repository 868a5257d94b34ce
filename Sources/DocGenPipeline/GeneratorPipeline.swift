import DocModel
import DocParser
import SwiftGenerator

/// The whole run as pure stages: pages → model (DocParser) → Swift files (SwiftGenerator).
public enum GeneratorPipeline {
    /// What a run produced.
    public struct Output: Sendable {
        /// The model the pages gave.
        public var model: APIModel
        /// The files to write, sorted by path; empty when there are errors.
        public var files: [GeneratedFile]
        /// Every diagnostic of every stage.
        public var diagnostics: [Diagnostic]

        /// Whether any diagnostic is an error (then nothing may be written).
        public var hasErrors: Bool { diagnostics.containsErrors }
    }

    /// Parses `pages` and, if they hold no errors, generates the Swift files.
    public static func run(_ pages: [PageSource], sourceRoot: String) -> Output {
        let parsed = ModelBuilder.build(pages)
        guard !parsed.diagnostics.containsErrors else {
            return Output(model: parsed.model, files: [], diagnostics: parsed.diagnostics)
        }
        let (files, generatorDiagnostics) = SwiftGenerator.generate(
            parsed.model, options: SwiftGenerator.Options(sourceRoot: sourceRoot))
        let diagnostics = parsed.diagnostics + generatorDiagnostics
        return Output(model: parsed.model, files: diagnostics.containsErrors ? [] : files, diagnostics: diagnostics)
    }
}
