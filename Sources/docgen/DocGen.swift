import ArgumentParser
import DocGenPipeline
import DocModel
import DocParser
import Foundation

/// `docgen`: turns Tencent Cloud API doc pages into a Swift library.
@main
struct DocGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docgen",
        abstract: "Generate Swift clients from Tencent Cloud API doc pages.",
        subcommands: [Generate.self, Check.self, Dump.self]
    )
}

/// Options every subcommand that reads specs shares.
struct SpecOptions: ParsableArguments {
    @Option(help: "The folder of doc pages (specs/<service>/<version>/*.md).")
    var specs = "specs"

    @Option(help: "The folder generated modules go to.")
    var output = "Generated"

    /// Reads the pages and runs the pipeline, printing diagnostics; exits 1 on errors.
    func run() throws -> GeneratorPipeline.Output {
        let (pages, readDiagnostics) = SpecReader.pages(at: [specs])
        var output = GeneratorPipeline.run(pages, sourceRoot: specs)
        output.diagnostics = readDiagnostics + output.diagnostics
        DiagnosticPrinter.print(output.diagnostics)
        if output.hasErrors || readDiagnostics.containsErrors {
            DiagnosticPrinter.print(
                line:
                    "docgen: errors found; \(output.diagnostics.filter { $0.severity == .error }.count) error(s), nothing written"
            )
            throw ExitCode(1)
        }
        return output
    }
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Regenerate the Swift modules from the doc pages.")

    @OptionGroup var options: SpecOptions

    func run() throws {
        let output = try options.run()
        let difference = try OutputDirectory(path: options.output).write(output.files)
        DiagnosticPrinter.print(
            line: """
                docgen: \(output.model.services.count) service(s), \(output.model.services.map(\.actions.count).reduce(0, +)) action(s); \
                \(difference.changed.count + difference.missing.count) file(s) written, \(difference.unchanged.count) unchanged, \
                \(difference.extra.count) removed
                """)
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exit 1 and list the stale files when the output folder differs from what generate would write.")

    @OptionGroup var options: SpecOptions

    func run() throws {
        let output = try options.run()
        let difference = OutputDirectory(path: options.output).difference(from: output.files)
        guard difference.isEmpty else {
            for path in difference.changed { DiagnosticPrinter.print(line: "\(options.output)/\(path): changed") }
            for path in difference.missing { DiagnosticPrinter.print(line: "\(options.output)/\(path): missing") }
            for path in difference.extra { DiagnosticPrinter.print(line: "\(options.output)/\(path): no longer generated") }
            DiagnosticPrinter.print(line: "docgen: \(difference.stalePaths.count) stale file(s); run `swift run docgen generate`")
            throw ExitCode(1)
        }
        DiagnosticPrinter.print(line: "docgen: \(options.output) is current (\(difference.unchanged.count) files)")
    }
}

struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the model of the given pages as JSON.")

    @Argument(help: "Doc pages or folders of pages.")
    var paths: [String]

    @Flag(help: "Also print notes (such as skipped pages).")
    var verbose = false

    func run() throws {
        let (pages, readDiagnostics) = SpecReader.pages(at: paths)
        let result = ModelBuilder.build(pages)
        let diagnostics = readDiagnostics + result.diagnostics
        DiagnosticPrinter.print(verbose ? diagnostics : diagnostics.filter { $0.severity != .note })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(ModelDump(result.model))
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
        if diagnostics.containsErrors { throw ExitCode(1) }
    }
}

/// Writes diagnostics to standard error in the compiler format.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { print(line: diagnostic.description) }
    }

    static func print(line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
