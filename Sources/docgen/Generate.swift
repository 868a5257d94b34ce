import ArgumentParser
import DocGenPipeline
import Foundation

struct Generate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Regenerate the Swift modules from the doc pages.")

    @OptionGroup var options: SpecOptions

    @Flag(help: "Regenerate even when the pages and the output are unchanged since the last run.")
    var force = false

    func run() async throws {
        let started = ContinuousClock.now
        let (pages, readDiagnostics) = SpecReader.pages(at: [options.specs])
        let inputHash = GenerationStamp.inputHash(of: pages, options: options.fingerprint)
        if !force, readDiagnostics.isEmpty, let stamp = GenerationStamp.read(in: options.output), stamp.inputHash == inputHash,
            stamp.outputsAreIntact(in: options.output)
        {
            DiagnosticPrinter.print(line: "docgen: pages and \(options.output) unchanged since the last run; nothing to do")
            return
        }
        let output = try await options.run(pages: pages, readDiagnostics: readDiagnostics)
        let difference = try options.directory(for: output).write(output.files)
        try? GenerationStamp.current(inputHash: inputHash, output: options.output, paths: output.files.map(\.path))
            .write(in: options.output)
        let model = output.model
        let warnings = output.diagnostics.filter { $0.severity == .warning }.count
        let elapsed = ContinuousClock.now - started
        DiagnosticPrinter.print(
            line: """
                docgen: \(model.services.count) service(s), \(model.services.map(\.actions.count).reduce(0, +)) action(s), \
                \(model.services.map(\.structs.count).reduce(0, +)) struct(s); \
                \(difference.changed.count + difference.missing.count) file(s) written, \(difference.unchanged.count) unchanged, \
                \(difference.extra.count) removed; \(warnings) warning(s); \(elapsed.formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 2))))
                """)
    }
}

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exit 1 and list the stale files when the output folder differs from what generate would write.")

    @OptionGroup var options: SpecOptions

    func run() async throws {
        let output = try await options.run()
        let difference = options.directory(for: output).difference(from: output.files)
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
