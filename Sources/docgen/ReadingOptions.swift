import ArgumentParser
import DocGenPipeline
import DocModel
import DocParser
import Foundation

/// The options of the commands that read pages into the model and report on it (`lint`, `dump`), and the reading.
struct ReadingOptions: ParsableArguments {
    @Option(help: "The language whose text the model keeps where a Chinese and an English page document one action: zh or en.")
    var docLanguage: DocLanguage = .zh

    @Flag(help: "Also report notes (such as skipped pages).")
    var verbose = false

    @Option(name: .shortAndLong, help: "Pages parsed at once (default: every core).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    /// The model of the pages at `paths` and every diagnostic of reading them; notes only with `--verbose`.
    func read(_ paths: [String]) async -> (model: APIModel, diagnostics: [Diagnostic]) {
        let (pages, readDiagnostics) = SpecReader.pages(at: paths)
        let result = await GeneratorPipeline.read(pages, options: .init(docLanguage: docLanguage), concurrency: jobs)
        let diagnostics = (readDiagnostics + result.diagnostics).filter { verbose || $0.severity != .note }
        return (result.model, diagnostics)
    }
}
