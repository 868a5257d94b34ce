import ArgumentParser
import DocGenPipeline
import DocModel
import DocParser
import Foundation

/// `docgen lint`: every problem in the pages, grouped by kind.
struct Lint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every doc problem the parser finds, grouped by kind; exit 1 when any is an error.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Doc pages or folders of pages (default: specs).")
    var paths: [String] = ["specs"]

    @Option(help: "text (grouped, compiler format) or json.")
    var format: Format = .text

    @Option(help: "The language whose text the model keeps where a Chinese and an English page document one action: zh or en.")
    var docLanguage: DocLanguage = .zh

    @Flag(help: "Also list notes (such as skipped pages).")
    var verbose = false

    @Option(name: .shortAndLong, help: "Pages parsed at once (default: every core).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    func run() async throws {
        let (pages, readDiagnostics) = SpecReader.pages(at: paths)
        let result = await GeneratorPipeline.read(pages, options: .init(docLanguage: docLanguage), concurrency: jobs)
        let diagnostics = (readDiagnostics + result.diagnostics)
            .filter { verbose || $0.severity != .note }
        let report = LintReport(diagnostics: diagnostics)
        switch format {
        case .text: FileHandle.standardOutput.write(Data(report.text.utf8))
        case .json: FileHandle.standardOutput.write(try report.json())
        }
        if diagnostics.containsErrors { throw ExitCode(1) }
    }
}
