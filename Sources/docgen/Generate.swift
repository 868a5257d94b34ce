import ArgumentParser
import DocGenPipeline
import Foundation
import SwiftGenerator

struct Generate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Regenerate the Swift modules from the doc pages.")

    @OptionGroup var options: SpecOptions

    @Flag(help: "Regenerate even when the pages and the output are unchanged since the last run.")
    var force = false

    @Option(help: "Also write a Package.swift with this package name, making the output a standalone SDK package.")
    var package: String?

    @Option(help: "With --package: a local checkout of TencentCloudDocGen providing TencentCloudCore.")
    var corePath: String?

    @Option(help: "With --package: the git URL of TencentCloudDocGen providing TencentCloudCore.")
    var coreURL: String?

    @Option(help: "With --core-url: the lowest version to accept.")
    var coreVersion = "1.0.0"

    func validate() throws {
        if package != nil, (corePath == nil) == (coreURL == nil) {
            throw ValidationError("--package needs exactly one of --core-path and --core-url")
        }
        if package == nil, corePath != nil || coreURL != nil {
            throw ValidationError("--core-path and --core-url go with --package")
        }
    }

    /// Where the standalone package's `TencentCloudCore` comes from, when a package is asked for.
    private var core: PackageManifest.CoreDependency? {
        if let corePath { return .path(corePath) }
        return coreURL.map { .url($0, from: coreVersion) }
    }

    func run() async throws {
        let started = ContinuousClock.now
        let (pageFiles, listDiagnostics) = SpecReader.files(at: [options.specs])
        let key = GenerationStamp.key(
            options: options.fingerprint + " package=\(package ?? "") core=\(core.map { "\($0)" } ?? "")")
        let stamp = force || !listDiagnostics.isEmpty ? nil : GenerationStamp.read(in: options.output)
        if let stamp, stamp.isCurrent(key: key, files: pageFiles, output: options.output) {
            DiagnosticPrinter.print(line: "docgen: pages and \(options.output) unchanged since the last run; nothing to do")
            return
        }
        // The last run's cache lets this one re-read and re-emit only the services a change touches.
        let cache = force ? nil : IncrementalGeneration.Cache.read(in: options.output)
        let run = try await options.run(files: pageFiles, key: key, cache: cache, readDiagnostics: listDiagnostics)
        let output = run.output
        let directory = options.directory(for: output)
        let targets = directory.modules(after: output.files)
        let manifest = package.flatMap { name in core.map { PackageManifest(name: name, core: $0, targets: targets) } }
        let files = output.files + (manifest.map { [$0.file] } ?? [])
        let difference = try await directory.write(files, concurrency: options.jobs)
        if let list = ManifestTargetList.manifest(besideOutput: options.output, targets: targets), list.updated != list.text {
            try AtomicFile.write(list.updated, toPath: list.path)
            DiagnosticPrinter.print(line: "docgen: \(list.path): the list of generated modules updated")
        }
        if !output.hasErrors {
            // A run that left services out is not current: the next run tries them again (and reads every page).
            try? run.cache.write(in: options.output)
            let outputs = GenerationStamp.outputStates(
                Array(Set(directory.generatedFiles() + files.map(\.path))), in: options.output)
            try? GenerationStamp(
                inputHash: run.cache.contentHash, key: key, inputs: GenerationStamp.inputStates(pageFiles), outputs: outputs
            ).write(in: options.output)
        } else {
            try? FileManager.default.removeItem(atPath: options.output + "/" + IncrementalGeneration.Cache.fileName)
        }
        let model = output.model
        let warnings = output.diagnostics.filter { $0.severity == .warning }.count
        let scope =
            run.dirtyServices.map { dirty in
                "incremental: \(dirty.count) service(s) regenerated from \(run.pagesParsed) page(s), the others unchanged; "
            } ?? ""
        let elapsed = ContinuousClock.now - started
        DiagnosticPrinter.print(
            line: """
                docgen: \(scope)\(model.services.count) service(s), \(model.services.map(\.actions.count).reduce(0, +)) action(s), \
                \(model.services.map(\.structs.count).reduce(0, +)) struct(s); \
                \(difference.changed.count + difference.missing.count) file(s) written, \(difference.unchanged.count) unchanged, \
                \(difference.extra.count) removed; \(warnings) warning(s); \(elapsed.formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 2))))
                """)
        try options.finish(output)
    }
}

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exit 1 and list the stale files when the output folder differs from what generate would write.")

    @OptionGroup var options: SpecOptions

    func run() async throws {
        let output = try await options.run()
        let directory = options.directory(for: output)
        let difference = directory.difference(from: output.files)
        let list = ManifestTargetList.manifest(besideOutput: options.output, targets: directory.modules(after: output.files))
        let staleList = list.map { $0.updated != $0.text } ?? false
        if staleList, let list {
            DiagnosticPrinter.print(line: "\(list.path): the list of generated modules is out of date")
        }
        guard difference.isEmpty, !staleList else {
            for path in difference.changed { DiagnosticPrinter.print(line: "\(options.output)/\(path): changed") }
            for path in difference.missing { DiagnosticPrinter.print(line: "\(options.output)/\(path): missing") }
            for path in difference.extra { DiagnosticPrinter.print(line: "\(options.output)/\(path): no longer generated") }
            DiagnosticPrinter.print(
                line:
                    "docgen: \(difference.stalePaths.count + (staleList ? 1 : 0)) stale file(s); run `swift run docgen generate`")
            throw ExitCode(1)
        }
        DiagnosticPrinter.print(line: "docgen: \(options.output) is current (\(difference.unchanged.count) files)")
        try options.finish(output)
    }
}
