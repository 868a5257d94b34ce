import ArgumentParser
import DocDiff
import DocGenPipeline
import DocModel
import Foundation

extension DiffReport.Gate: ExpressibleByArgument {}

/// `docgen diff`: what changed between two snapshots of the docs, and whom it breaks.
struct Diff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Compare two snapshots of the doc pages: every change, whether it breaks the wire or Swift source, and the version bump.",
        discussion: """
            Exit status: 0 when no change fails the gate, 1 when one does (--fail-on), 2 when a side cannot be \
            read (then no report is printed; with --keep-going the services that read are compared and the others \
            listed).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @Argument(help: "The older pages and the newer pages (folders or files); with --git, only the newer (default: --specs).")
    var paths: [String] = []

    @Option(help: "Compare the specs folder as it is at this git revision with the newer pages.")
    var git: String?

    @Option(help: "The specs folder --git reads at the revision, and the newer side's default.")
    var specs = "specs"

    @Option(help: "text (compiler format), json (docs/DIFF-JSON.md) or markdown (release notes).")
    var format: Format = .text

    @Option(help: "The language of the markdown labels and of the model's text: zh or en.")
    var docLanguage: DocLanguage = .zh

    @Option(help: "Exit 1 when a change of this kind is found: wire, source, any or none.")
    var failOn: DiffReport.Gate = .none

    @Option(help: "Only these services (comma-separated).", transform: SpecOptions.list)
    var services: Set<String>?

    @Flag(help: "Compare the services whose pages read on both sides; list the others.")
    var keepGoing = false

    @Option(name: .shortAndLong, help: "Pages parsed at once (default: every core).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if git == nil && paths.count != 2 { throw ValidationError("give the older and the newer pages, or --git REV") }
        if git != nil && paths.count > 1 { throw ValidationError("with --git, give only the newer pages") }
    }

    func run() async throws {
        var cleanup: String?
        defer { if let cleanup { try? FileManager.default.removeItem(atPath: cleanup) } }
        let oldPath: String
        let newPath: String
        if let git {
            let folder: (root: String, specs: String)
            do {
                folder = try GitSnapshot.extract(specs, at: git)
            } catch {
                DiagnosticPrinter.print(line: "\(specs): error: cannot read it at \(git): \(error)")
                throw ExitCode(2)
            }
            cleanup = folder.root
            oldPath = folder.specs
            newPath = paths.first ?? specs
        } else {
            oldPath = paths[0]
            newPath = paths[1]
        }
        let options = GeneratorPipeline.Options(
            filter: ModelFilter(services: services), docLanguage: docLanguage, keepGoing: keepGoing)
        let old = await read(oldPath, options: options)
        let new = await read(newPath, options: options)
        DiagnosticPrinter.print((old.diagnostics + new.diagnostics).filter { $0.severity == .error })
        if old.isUnreadable || new.isUnreadable {
            DiagnosticPrinter.print(
                line: "docgen diff: \(old.isUnreadable ? oldPath : newPath) cannot be read; nothing is compared")
            throw ExitCode(2)
        }
        var unread = old.failed.map {
            DiffReport.Unread(side: "old", service: $0.name, reason: Self.firstLine($0.errors.first?.description ?? ""))
        }
        unread += new.failed.map {
            DiffReport.Unread(side: "new", service: $0.name, reason: Self.firstLine($0.errors.first?.description ?? ""))
        }
        let skipped = Set(unread.map(\.service))
        var oldModel = old.model
        var newModel = new.model
        oldModel.services.removeAll { skipped.contains($0.name) }
        newModel.services.removeAll { skipped.contains($0.name) }
        let report = DiffReport(changes: ModelDiff.changes(from: oldModel, to: newModel), unread: unread)
        switch format {
        case .text: FileHandle.standardOutput.write(Data(report.text.utf8))
        case .json: FileHandle.standardOutput.write(try report.json() + Data("\n".utf8))
        case .markdown: FileHandle.standardOutput.write(Data(report.markdown(language: docLanguage).utf8))
        }
        if report.fails(failOn) { throw ExitCode(1) }
    }

    private static func firstLine(_ text: String) -> String { String(text.split(separator: "\n").first ?? "") }

    private func read(_ path: String, options: GeneratorPipeline.Options) async -> ComparedSide {
        let (pages, diagnostics) = SpecReader.pages(at: [path])
        var side = await ComparedSide.read(pages, readDiagnostics: diagnostics, options: options, concurrency: jobs)
        if pages.isEmpty && !side.isUnreadable {
            side.diagnostics.append(
                .error("holds no doc pages", at: SourceLocation(file: path, line: 1, column: 1), kind: .io))
            side.isUnreadable = true
        }
        return side
    }
}

/// The specs folder as it is at a git revision, written to a temporary folder.
enum GitSnapshot {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes `specs` at `revision` under a new temporary folder; returns the folder and the specs in it.
    static func extract(_ specs: String, at revision: String) throws -> (root: String, specs: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-diff-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        do {
            return try extract(specs, at: revision, into: root)
        } catch {
            try? FileManager.default.removeItem(atPath: root)
            throw error
        }
    }

    private static func extract(_ specs: String, at revision: String, into root: String) throws -> (
        root: String, specs: String
    ) {
        // The folder as a path inside the repository, wherever docgen runs from (`../specs` from a subfolder).
        let folder = URL(fileURLWithPath: specs).standardizedFileURL.resolvingSymlinksInPath().path
        let top = try run(["git", "-C", folder, "rev-parse", "--show-toplevel"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let resolvedTop = URL(fileURLWithPath: top).resolvingSymlinksInPath().path
        guard folder == resolvedTop || folder.hasPrefix(resolvedTop + "/") else {
            throw Failure(description: "\(specs) is not inside the repository at \(top)")
        }
        let inside = folder == resolvedTop ? "." : String(folder.dropFirst(resolvedTop.count + 1))
        let archive = root + "/specs.tar"
        _ = try run(["git", "-C", resolvedTop, "archive", "--format=tar", "--output=\(archive)", revision, "--", inside])
        _ = try run(["tar", "-x", "-f", archive, "-C", root])
        return (root, root + "/" + inside)
    }

    private static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description:
                    "\(arguments.joined(separator: " ")): \(String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))"
            )
        }
        return String(decoding: data, as: UTF8.self)
    }
}
