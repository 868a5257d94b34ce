import ArgumentParser
import DocGenPipeline
import DocModel
import DocParser
import Foundation

struct Dump: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the model of the given pages as JSON.")

    @Argument(help: "Doc pages or folders of pages.")
    var paths: [String]

    @Option(help: "The language whose text the model keeps where a Chinese and an English page document one action: zh or en.")
    var docLanguage: DocLanguage = .zh

    @Flag(help: "Also print notes (such as skipped pages).")
    var verbose = false

    @Option(name: .shortAndLong, help: "Pages parsed at once (default: every core).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    func run() async throws {
        let (pages, readDiagnostics) = SpecReader.pages(at: paths)
        let result = await GeneratorPipeline.read(pages, options: .init(docLanguage: docLanguage), concurrency: jobs)
        let diagnostics = readDiagnostics + result.diagnostics
        DiagnosticPrinter.print(verbose ? diagnostics : diagnostics.filter { $0.severity != .note })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(ModelDump(result.model)))
        FileHandle.standardOutput.write(Data("\n".utf8))
        if diagnostics.containsErrors { throw ExitCode(1) }
    }
}
