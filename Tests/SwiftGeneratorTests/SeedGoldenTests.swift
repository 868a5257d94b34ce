import DocModel
import DocParser
import Foundation
import Testing

@testable import SwiftGenerator

/// The Swift emitted for the seed page's folder, held against the committed `Generated/` (the one copy of the
/// whole-module golden; the snippet goldens in `__Snapshots__` hold one feature's fragment each).
struct SeedGoldenTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func generatedFiles() async throws -> [GeneratedFile] {
        let folder = root.appendingPathComponent("specs/clb/2018-03-17")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        let pages = try names.map {
            PageSource(
                path: "specs/clb/2018-03-17/\($0)",
                text: try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
        let result = await ModelBuilder.build(pages)
        #expect(!result.diagnostics.containsErrors)
        let (files, diagnostics) = await SwiftGenerator.generate(result.model, options: .init(sourceRoot: "specs"))
        #expect(diagnostics.isEmpty, "every example of specs/ becomes a test")
        return files
    }

    @Test func emitsTheExpectedFiles() async throws {
        #expect(
            try await Self.generatedFiles().map(\.path) == [
                "TencentCloudCLB/CLB+Actions.swift",
                "TencentCloudCLB/CLB+Error.swift",
                "TencentCloudCLB/CLB+Waiters.swift",
                "TencentCloudCLB/CLB.swift",
                "TencentCloudCLB/Enumerations.swift",
                "TencentCloudCLB/Models.swift",
                "TencentCloudCLB/Requests.swift",
                "TencentCloudCLB/Responses.swift",
                "TencentCloudCLB/TencentCloudCLB.docc/TencentCloudCLB.md",
                "TencentCloudCLBTesting/CLBExamples.swift",
                "TencentCloudCLBTests/CLBExampleTests.swift",
            ])
    }

    /// The committed `Generated/` is the golden, stored once: each emitted file equals its copy there, and a
    /// difference names the first line that differs. (Regenerate with `swift run docgen generate`.)
    @Test("Golden file", arguments: try await generatedFiles())
    func golden(_ file: GeneratedFile) throws {
        let committed = try String(
            contentsOf: Self.root.appendingPathComponent("Generated/" + file.path), encoding: .utf8)
        guard committed != file.contents else { return }
        let expected = committed.split(separator: "\n", omittingEmptySubsequences: false)
        let actual = file.contents.split(separator: "\n", omittingEmptySubsequences: false)
        let line =
            zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expected.count, actual.count)
        Issue.record(
            """
            Generated/\(file.path):\(line + 1): differs from what the seed's pages generate
              committed: \(line < expected.count ? String(expected[line]) : "<end of file>")
              generated: \(line < actual.count ? String(actual[line]) : "<end of file>")
            """)
    }

    @Test func generationIsDeterministic() async throws {
        let first = try await Self.generatedFiles()
        #expect(try await Self.generatedFiles() == first)
    }
}

extension GeneratedFile: CustomTestStringConvertible {
    public var testDescription: String { path }
}
