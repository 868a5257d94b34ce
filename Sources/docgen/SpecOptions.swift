import ArgumentParser
import DocGenPipeline
import DocModel
import DocParser
import Foundation
import SwiftGenerator

extension AccessLevel: ExpressibleByArgument {}

/// Options every subcommand that generates shares.
struct SpecOptions: ParsableArguments {
    @Option(help: "The folder of doc pages (specs/<service>/<version>/*.md).")
    var specs = "specs"

    @Option(help: "The folder generated modules go to.")
    var output = "Generated"

    @Option(help: "Only these services (comma-separated, e.g. clb,cvm).", transform: SpecOptions.list)
    var services: Set<String>?

    @Option(help: "Only these actions and the structs they reach (comma-separated).", transform: SpecOptions.list)
    var actions: Set<String>?

    @Option(help: "The access level of the generated API: public, package or internal.")
    var access: AccessLevel = .public

    @Option(name: .shortAndLong, help: "Pages parsed and services emitted at once (default: every core).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    static func list(_ text: String) -> Set<String> {
        Set(text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    /// Reads the pages and runs the pipeline, printing diagnostics and progress; exits 1 on errors.
    /// Everything besides the pages that changes the output.
    var fingerprint: String {
        "services=\(services?.sorted() ?? []) actions=\(actions?.sorted() ?? []) access=\(access.rawValue)"
    }

    func run() async throws -> GeneratorPipeline.Output {
        let (pages, readDiagnostics) = SpecReader.pages(at: [specs])
        return try await run(pages: pages, readDiagnostics: readDiagnostics)
    }

    func run(pages: [PageSource], readDiagnostics: [Diagnostic]) async throws -> GeneratorPipeline.Output {
        let progress = ProgressReporter(label: "pages")
        let filter = ModelFilter(services: services, actions: actions)
        let options = GeneratorPipeline.Options(sourceRoot: specs, filter: filter, access: access)
        var callback: (@Sendable (Int, Int) -> Void)?
        if progress.isEnabled { callback = { done, total in progress.update(done, of: total) } }
        var output = await GeneratorPipeline.run(pages, options: options, concurrency: jobs, progress: callback)
        progress.finish()
        output.diagnostics = readDiagnostics + output.diagnostics
        DiagnosticPrinter.print(output.diagnostics.filter { $0.severity != .note })
        if output.hasErrors {
            let count = output.diagnostics.filter { $0.severity == .error }.count
            DiagnosticPrinter.print(line: "docgen: \(count) error(s); nothing written")
            throw ExitCode(1)
        }
        return output
    }

    /// The output folder, owning the modules this run generates.
    func directory(for output: GeneratorPipeline.Output) -> OutputDirectory {
        OutputDirectory(path: self.output, ownedModules: output.ownedModules)
    }
}
