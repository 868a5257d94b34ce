import DocGenPipeline
import DocParser
import Foundation
import SwiftGenerator
import Testing

/// Whole-service goldens of real pages: `Tests/CorpusGenerated` holds what docgen writes for two services of
/// `../shared/corpus/real`; the package compiles those modules and runs their example tests. Regenerate with
/// `swift run docgen generate --specs ../shared/corpus/real/<svc> --output Tests/CorpusGenerated --services <svc>`.
struct CorpusGoldenTests {
    static let corpus = PipelineTests.root.appendingPathComponent("../shared/corpus/real").standardizedFileURL
    static let goldens = PipelineTests.root.appendingPathComponent("Tests/CorpusGenerated")

    /// The first line where `expected` and `actual` differ, as a two-line diff.
    static func firstDifference(_ expected: String, _ actual: String) -> String? {
        let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let old = index < left.count ? String(left[index]) : "<end>"
            let new = index < right.count ? String(right[index]) : "<end>"
            if old != new { return "line \(index + 1):\n- \(old)\n+ \(new)" }
        }
        return nil
    }

    @Test(
        .enabled(if: FileManager.default.fileExists(atPath: corpus.path), "../shared/corpus/real is missing"),
        arguments: ["es", "scf"])
    func committedGoldenIsWhatTheRealPagesGenerate(service: String) async throws {
        let (pages, _) = SpecReader.pages(at: [Self.corpus.appendingPathComponent(service).path])
        let output = await GeneratorPipeline.run(
            pages, options: .init(sourceRoot: Self.corpus.path, filter: ModelFilter(services: [service])))
        #expect(!output.hasErrors)
        let module = SwiftNaming.moduleName(service)
        let files = output.files.filter { $0.path.hasPrefix(module + "/") || $0.path.hasPrefix(module + "Tests/") }
        #expect(files.contains { $0.path.hasPrefix(module + "Tests/") }, "the examples become tests")
        let directory = OutputDirectory(path: Self.goldens.path, ownedModules: [module, module + "Tests"])
        let difference = directory.difference(from: files)
        #expect(difference.missing.isEmpty && difference.extra.isEmpty, "\(difference.missing) \(difference.extra)")
        for path in difference.changed {
            let committed = try String(contentsOf: Self.goldens.appendingPathComponent(path), encoding: .utf8)
            let generated = files.first { $0.path == path }?.contents ?? ""
            Issue.record("\(path) differs at \(Self.firstDifference(committed, generated) ?? "?")")
        }
    }
}
