import Foundation
import Testing

@testable import DocGenPipeline

/// The stamp that lets an unchanged regeneration stop after `stat`-ing pages and outputs.
struct GenerationStampTests {
    typealias Workspace = PipelineTests.Workspace

    /// Generates into the workspace and records the stamp, as `docgen generate` does.
    static func generate(in workspace: Workspace, key: String) async throws -> [String] {
        let (files, _) = SpecReader.files(at: [workspace.specs])
        let (pages, _) = SpecReader.pages(files: files)
        let output = await workspace.run()
        try await OutputDirectory(path: workspace.output).write(output.files)
        try GenerationStamp(
            inputHash: GenerationStamp.inputHash(of: pages, key: key), key: key,
            inputs: GenerationStamp.inputStates(files),
            outputs: GenerationStamp.outputStates(output.files.map(\.path), in: workspace.output)
        ).write(in: workspace.output)
        return files
    }

    @Test func unchangedPagesAndOutputsAreCurrentByStatAlone() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let files = try await Self.generate(in: workspace, key: "k")
        let stamp = try #require(GenerationStamp.read(in: workspace.output))
        #expect(stamp.isCurrent(key: "k", files: files, output: workspace.output))
        #expect(!stamp.isCurrent(key: "other options", files: files, output: workspace.output))
        #expect(!stamp.isCurrent(key: "k", files: Array(files.dropLast()), output: workspace.output))
    }

    @Test func aTouchedPageFallsBackToTheContentHash() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let files = try await Self.generate(in: workspace, key: "k")
        let stamp = try #require(GenerationStamp.read(in: workspace.output))
        let page = try #require(files.first)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: page)
        #expect(!stamp.isCurrent(key: "k", files: files, output: workspace.output))
        #expect(GenerationStamp.inputHash(of: SpecReader.pages(files: files).0, key: "k") == stamp.inputHash)
        try workspace.replace("监听器 ID", with: "监听器的 ID", in: "DeregisterTargets.md")
        #expect(GenerationStamp.inputHash(of: SpecReader.pages(files: files).0, key: "k") != stamp.inputHash)
    }

    @Test func anEditedOrDeletedOutputIsNoticed() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let files = try await Self.generate(in: workspace, key: "k")
        let stamp = try #require(GenerationStamp.read(in: workspace.output))
        try FileManager.default.removeItem(atPath: workspace.output + "/TencentCloudCLB/Models.swift")
        #expect(!stamp.outputsAreIntact(in: workspace.output))
        #expect(!stamp.isCurrent(key: "k", files: files, output: workspace.output))
    }
}

/// The content hash tells apart texts that differ anywhere: in a whole word, in the last bytes, in length.
struct ContentHashTests {
    @Test func everyOneByteChangeChangesTheHash() {
        for length in 0..<40 {
            let text = String((0..<length).map { Character(Unicode.Scalar(UInt8(0x41 + $0 % 26))) })
            var seen: Set<UInt64> = [IncrementalGeneration.hash(text)]
            #expect(IncrementalGeneration.hash(text) == IncrementalGeneration.hash(String(text)))
            for index in 0..<length {
                var bytes = Array(text.utf8)
                bytes[index] ^= 0x01
                #expect(
                    seen.insert(IncrementalGeneration.hash(String(decoding: bytes, as: UTF8.self))).inserted, "\(length) \(index)"
                )
            }
            #expect(seen.insert(IncrementalGeneration.hash(text + "\0")).inserted)
        }
        #expect(IncrementalGeneration.hash("页面") != IncrementalGeneration.hash("页 面"))
    }
}
