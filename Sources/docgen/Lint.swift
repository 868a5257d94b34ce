import ArgumentParser
import DocGenPipeline
import DocModel
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

    @OptionGroup var reading: ReadingOptions

    func run() async throws {
        let diagnostics = await reading.read(paths).diagnostics
        let report = LintReport(diagnostics: diagnostics)
        switch format {
        case .text: FileHandle.standardOutput.write(Data(report.text.utf8))
        case .json: FileHandle.standardOutput.write(try report.json())
        }
        if diagnostics.containsErrors { throw ExitCode(1) }
    }
}
