import ArgumentParser
import DocGenPipeline
import DocModel
import DocParser
import Foundation
import SwiftGenerator

extension AccessLevel: ExpressibleByArgument {}
extension DocLanguage: ExpressibleByArgument {}

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

    @Option(help: "The language of the generated doc comments, zh or en; the other language fills in where it has no text.")
    var docLanguage: DocLanguage = .zh

    @Flag(help: "Generate every service whose pages have no errors; leave the others in the output as they are; exit 1.")
    var keepGoing = false

    @Option(name: .shortAndLong, help: "Pages parsed and services emitted at once (default: every core).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    /// The items of a comma-separated list, trimmed, empty ones left out.
    static func list(_ text: String) -> Set<String> {
        Set(text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    /// Everything besides the pages that changes the output.
    var fingerprint: String {
        "services=\(services?.sorted() ?? []) actions=\(actions?.sorted() ?? []) access=\(access.rawValue) doc-language=\(docLanguage.rawValue)"
    }

    /// Reads the pages and runs the pipeline, printing diagnostics and progress; exits 1 on errors unless
    /// `--keep-going` (then ``finish(_:)`` does, once the other services are written).
    func run() async throws -> GeneratorPipeline.Output {
        let (pages, readDiagnostics) = SpecReader.pages(at: [specs])
        return try await run(pages: pages, readDiagnostics: readDiagnostics)
    }

    /// The pipeline's options.
    var pipelineOptions: GeneratorPipeline.Options {
        GeneratorPipeline.Options(
            sourceRoot: specs, filter: ModelFilter(services: services, actions: actions), access: access,
            docLanguage: docLanguage, keepGoing: keepGoing)
    }

    /// Runs the pipeline over `pages` (read with `readDiagnostics`), as ``run()`` does.
    func run(pages: [PageSource], readDiagnostics: [Diagnostic]) async throws -> GeneratorPipeline.Output {
        var output = await withProgress { callback in
            await GeneratorPipeline.run(pages, options: pipelineOptions, concurrency: jobs, progress: callback)
        }
        output.diagnostics = readDiagnostics + output.diagnostics
        try report(output)
        return output
    }

    /// Runs the pipeline over the page files, incrementally where `cache` allows (see ``IncrementalGeneration``).
    func run(files: [String], key: String, cache: IncrementalGeneration.Cache?, readDiagnostics: [Diagnostic])
        async throws -> IncrementalGeneration.Run
    {
        var run = await withProgress { callback in
            await IncrementalGeneration.run(
                files: files, options: pipelineOptions, key: key, cache: readDiagnostics.isEmpty ? cache : nil,
                concurrency: jobs, progress: callback)
        }
        run.output.diagnostics = readDiagnostics + run.output.diagnostics
        try report(run.output)
        return run
    }

    /// Runs `body` with the pages' progress shown on a terminal.
    private func withProgress<Result>(_ body: (_ callback: (@Sendable (Int, Int) -> Void)?) async -> Result) async -> Result {
        let progress = ProgressReporter(label: "pages")
        var callback: (@Sendable (Int, Int) -> Void)?
        if progress.isEnabled { callback = { done, total in progress.update(done, of: total) } }
        let result = await body(callback)
        progress.finish()
        return result
    }

    /// Prints the diagnostics; exits 1 on errors (after naming the services `--keep-going` left out).
    private func report(_ output: GeneratorPipeline.Output) throws {
        DiagnosticPrinter.print(output.diagnostics.filter { $0.severity != .note })
        if output.hasErrors {
            let count = output.diagnostics.filter { $0.severity == .error }.count
            guard keepGoing else {
                DiagnosticPrinter.print(line: "docgen: \(count) error(s); nothing written")
                throw ExitCode(1)
            }
            for failed in output.failedServices {
                let first = failed.errors.first.map { ": \($0.location.map { "\($0): " } ?? "")\($0.message)" } ?? ""
                DiagnosticPrinter.print(
                    line:
                        "docgen: service \(failed.name) left as it is in \(self.output) (\(failed.errors.count) error(s))\(first)"
                )
            }
            DiagnosticPrinter.print(
                line: "docgen: \(count) error(s); \(output.failedServices.count) service(s) left out, the others generated")
        }
    }

    /// Exit 1 after a `--keep-going` run that left services out (or had errors no service owns).
    func finish(_ output: GeneratorPipeline.Output) throws {
        if output.hasErrors { throw ExitCode(1) }
    }

    /// The output folder, owning the modules this run generates.
    func directory(for output: GeneratorPipeline.Output) -> OutputDirectory {
        OutputDirectory(path: self.output, owningModulesOf: output)
    }
}
