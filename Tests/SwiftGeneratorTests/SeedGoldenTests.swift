import DocModel
import DocParser
import Foundation
import SnapshotTesting
import Testing

@testable import SwiftGenerator

/// The Swift emitted for the seed page's folder, held against golden files in `__Snapshots__`.
///
/// A mismatch prints a line diff. Goldens are re-recorded only with `SNAPSHOT_TESTING_RECORD=all`
/// (or `failed`); otherwise a missing or different golden fails.
struct SeedGoldenTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var recordMode: SnapshotTestingConfiguration.Record {
        ProcessInfo.processInfo.environment["SNAPSHOT_TESTING_RECORD"].flatMap { .init(rawValue: $0) } ?? .never
    }

    static func generatedFiles() throws -> [GeneratedFile] {
        let folder = root.appendingPathComponent("specs/clb/2018-03-17")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        let pages = try names.map {
            PageSource(
                path: "specs/clb/2018-03-17/\($0)",
                text: try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
        let result = ModelBuilder.build(pages)
        #expect(!result.diagnostics.containsErrors)
        let (files, diagnostics) = SwiftGenerator.generate(result.model, options: .init(sourceRoot: "specs"))
        #expect(diagnostics.isEmpty, "every example of specs/ becomes a test")
        return files
    }

    @Test func emitsTheExpectedFiles() throws {
        #expect(
            try Self.generatedFiles().map(\.path) == [
                "TencentCloudCLB/CLB+Actions.swift",
                "TencentCloudCLB/CLB+Waiters.swift",
                "TencentCloudCLB/CLB.swift",
                "TencentCloudCLB/CLBError.swift",
                "TencentCloudCLB/Models.swift",
                "TencentCloudCLB/Requests.swift",
                "TencentCloudCLB/Responses.swift",
                "TencentCloudCLB/TencentCloudCLB.docc/TencentCloudCLB.md",
                "TencentCloudCLBTests/CLBExampleTests.swift",
            ])
    }

    @Test("Golden file", arguments: try generatedFiles())
    func golden(_ file: GeneratedFile) {
        withSnapshotTesting(record: Self.recordMode, diffTool: .default) {
            let name = file.path.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "+", with: "_")
            assertSnapshot(of: file.contents, as: .lines, named: name)
        }
    }

    @Test func generationIsDeterministic() throws {
        #expect(try Self.generatedFiles() == Self.generatedFiles())
    }
}

extension GeneratedFile: CustomTestStringConvertible {
    public var testDescription: String { path }
}
