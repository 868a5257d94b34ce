import DocModel
import DocParser
import Foundation
import SwiftGenerator
import Testing

@testable import DocGenPipeline

/// Parallel parsing and generation give the same bytes as the single-threaded run, whatever the scheduling.
struct ConcurrencyTests {
    static var pages: [PageSource] {
        let real = PipelineTests.root.appendingPathComponent("../shared/corpus/real").standardizedFileURL.path
        let folders =
            FileManager.default.fileExists(atPath: real)
            ? [real]
            : [
                PipelineTests.root.appendingPathComponent("specs").path,
                PipelineTests.root.appendingPathComponent("Tests/HostilePages").path,
            ]
        return SpecReader.pages(at: folders).0
    }

    @Test(arguments: [3])
    func parallelRunIsByteIdentical(concurrency: Int) async throws {
        let pages = Self.pages
        let sequential = await ModelBuilder.build(pages)
        let parallel = await ModelBuilder.build(pages, concurrency: concurrency)
        #expect(parallel.model == sequential.model)
        #expect(parallel.diagnostics == sequential.diagnostics)
        let (files, diagnostics) = await SwiftGenerator.generate(sequential.model)
        let (parallelFiles, parallelDiagnostics) = await SwiftGenerator.generate(sequential.model, concurrency: concurrency)
        #expect(!files.isEmpty)
        #expect(parallelFiles == files)
        #expect(parallelDiagnostics == diagnostics)
    }
}
