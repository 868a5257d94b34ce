import DocGenPipeline
import DocParser
import Foundation
import SwiftGenerator
import SwiftParser
import SwiftSyntax
import Testing

/// Every file generated for the whole API (`../shared/corpus/full-pages.tar.xz`) parses with SwiftParser without
/// an error, and so do the committed outputs.
struct WholeAPISyntaxTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let archive = root.appendingPathComponent("../shared/corpus/full-pages.tar.xz").standardizedFileURL

    /// The first syntax error of `source`, as `line: text`, or `nil`.
    static func firstError(in source: String) -> String? {
        let tree = Parser.parse(source: source)
        guard tree.hasError else { return nil }
        let converter = SourceLocationConverter(fileName: "", tree: tree)
        for token in tree.tokens(viewMode: .all) where token.hasError || token.presence == .missing {
            let line = token.startLocation(converter: converter).line
            return "line \(line): \(token.text)"
        }
        return "unlocated error"
    }

    @Test(arguments: ["Generated", "Tests/HostileGenerated"])
    func committedOutputParses(folder: String) throws {
        let base = Self.root.appendingPathComponent(folder)
        let enumerator = FileManager.default.enumerator(atPath: base.path)
        var count = 0
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".swift") else { continue }
            let source = try String(contentsOf: base.appendingPathComponent(relative), encoding: .utf8)
            #expect(Self.firstError(in: source) == nil, "\(folder)/\(relative)")
            count += 1
        }
        #expect(count > 0)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: archive.path), "the whole-API archive is missing"))
    func wholeAPIGeneratesWithoutSyntaxErrors() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-syntax-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        tar.arguments = ["tar", "-xJf", Self.archive.path, "-C", folder.path]
        try tar.run()
        tar.waitUntilExit()
        #expect(tar.terminationStatus == 0)

        let (pages, readDiagnostics) = SpecReader.pages(at: [folder.path])
        #expect(readDiagnostics.isEmpty)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let output = await GeneratorPipeline.run(pages, options: .init(sourceRoot: folder.path), concurrency: cores)
        #expect(!output.hasErrors)
        let swiftFiles = output.files.filter { $0.path.hasSuffix(".swift") }
        #expect(swiftFiles.count > 1_000)

        // Parse on every core; collect the failures.
        let failures = await withTaskGroup(of: [String].self) { group in
            for shard in 0..<cores {
                group.addTask {
                    stride(from: shard, to: swiftFiles.count, by: cores).compactMap { index in
                        Self.firstError(in: swiftFiles[index].contents).map { "\(swiftFiles[index].path): \($0)" }
                    }
                }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(failures.isEmpty, "\(failures.prefix(20))")
        let lines = swiftFiles.reduce(0) { $0 + $1.contents.utf8.count { $0 == UInt8(ascii: "\n") } }
        let actions = output.model.services.reduce(0) { $0 + $1.actions.count }
        print("whole API: \(swiftFiles.count) Swift files, \(lines) lines, \(lines / max(actions, 1)) lines per action")
    }
}
