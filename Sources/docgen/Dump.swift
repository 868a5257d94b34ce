import ArgumentParser
import DocModel
import Foundation

/// `docgen dump`: the model of the pages as JSON (its shape: `docs/IR-JSON.md` of the shared folder).
struct Dump: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the model of the given pages as JSON.")

    @Argument(help: "Doc pages or folders of pages.")
    var paths: [String]

    @OptionGroup var reading: ReadingOptions

    func run() async throws {
        let (model, diagnostics) = await reading.read(paths)
        DiagnosticPrinter.print(diagnostics)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(ModelDump(model)))
        FileHandle.standardOutput.write(Data("\n".utf8))
        if diagnostics.containsErrors { throw ExitCode(1) }
    }
}
