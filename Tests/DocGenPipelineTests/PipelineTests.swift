import DocModel
import DocParser
import Foundation
import Testing

@testable import DocGenPipeline

/// The generate/check cycle on a copy of specs/ in a temporary folder.
struct PipelineTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A temporary workspace holding a copy of specs/ and an empty output folder.
    struct Workspace {
        let url: URL
        var specs: String { url.appendingPathComponent("specs").path }
        var output: String { url.appendingPathComponent("Generated").path }

        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: PipelineTests.root.appendingPathComponent("specs"), to: url.appendingPathComponent("specs"))
        }

        func run() async -> GeneratorPipeline.Output {
            let (pages, diagnostics) = SpecReader.pages(at: [specs])
            #expect(diagnostics.isEmpty)
            return await GeneratorPipeline.run(pages, options: .init(sourceRoot: specs))
        }

        func replace(_ old: String, with new: String, in page: String) throws {
            let path = url.appendingPathComponent("specs/clb/2018-03-17/" + page)
            let text = try String(contentsOf: path, encoding: .utf8)
            #expect(text.contains(old))
            try text.replacingOccurrences(of: old, with: new).write(to: path, atomically: true, encoding: .utf8)
        }

        func snapshot() throws -> [String: Data] {
            var result: [String: Data] = [:]
            for case let path as String in FileManager.default.enumerator(atPath: output) ?? FileManager.DirectoryEnumerator() {
                result[path] = FileManager.default.contents(atPath: output + "/" + path)
            }
            return result
        }

        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    @Test func generateThenCheckIsCurrent() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let output = await workspace.run()
        #expect(!output.hasErrors)
        let directory = OutputDirectory(path: workspace.output)
        let first = try await directory.write(output.files)
        #expect(first.missing.count == output.files.count)
        await #expect(directory.difference(from: workspace.run().files).isEmpty)
    }

    @Test func committedGeneratedFolderIsCurrent() async {
        let (pages, _) = SpecReader.pages(at: [Self.root.appendingPathComponent("specs").path])
        let output = await GeneratorPipeline.run(
            pages, options: .init(sourceRoot: Self.root.appendingPathComponent("specs").path))
        let difference = OutputDirectory(path: Self.root.appendingPathComponent("Generated").path).difference(from: output.files)
        #expect(difference.stalePaths == [])
    }

    @Test func oneChangedWordMakesCheckNameTheFile() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let directory = OutputDirectory(path: workspace.output)
        try await directory.write(workspace.run().files)
        try workspace.replace("监听器 ID", with: "监听器的 ID", in: "DeregisterTargets.md")
        let difference = await directory.difference(from: workspace.run().files)
        // A parameter's description is written once, on the request type's property.
        #expect(difference.stalePaths == ["TencentCloudCLB/Requests.swift"])
    }

    @Test func filesNoLongerGeneratedGoWithTheFoldersTheyLeaveEmpty() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let directory = OutputDirectory(path: workspace.output)
        let files = await workspace.run().files
        try await directory.write(files)
        let manager = FileManager.default
        for stale in ["TencentCloudCLB/Old/Deeper/Stale.swift", "TencentCloudGONE/Sub/Stale.swift"] {
            try manager.createDirectory(
                atPath: workspace.output + "/" + stale.split(separator: "/").dropLast().joined(separator: "/"),
                withIntermediateDirectories: true)
            try AtomicFile.write("// stale\n", toPath: workspace.output + "/" + stale)
        }
        let difference = try await directory.write(files)
        #expect(difference.extra == ["TencentCloudCLB/Old/Deeper/Stale.swift", "TencentCloudGONE/Sub/Stale.swift"])
        #expect(!manager.fileExists(atPath: workspace.output + "/TencentCloudCLB/Old"))
        #expect(!manager.fileExists(atPath: workspace.output + "/TencentCloudGONE"))
        #expect(manager.fileExists(atPath: workspace.output + "/TencentCloudCLB/CLB.swift"))
        #expect(directory.difference(from: files).isEmpty)
    }

    @Test func writingOnSeveralThreadsLeavesTheSameFolder() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let files = await workspace.run().files
        let serial = OutputDirectory(path: workspace.output)
        try await serial.write(files)
        let parallelPath = workspace.url.appendingPathComponent("Parallel").path
        let parallel = OutputDirectory(path: parallelPath)
        let difference = try await parallel.write(files, concurrency: 4)
        #expect(difference.missing.count == files.count)
        #expect(parallel.difference(from: files).isEmpty)
        #expect(parallel.generatedFiles() == serial.generatedFiles())
    }

    @Test func filesAreReplacedWholeKeepingTheirPermissions() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let path = workspace.url.appendingPathComponent("file.txt").path
        try AtomicFile.write("first", toPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try AtomicFile.write("second, longer", toPath: path)
        #expect(FileManager.default.contents(atPath: path) == Data("second, longer".utf8))
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        // No temporary file stays behind, and a folder that is not there is an error naming the file.
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.url.path).sorted() == ["file.txt", "specs"])
        #expect {
            try AtomicFile.write("x", toPath: workspace.url.appendingPathComponent("missing/file.txt").path)
        } throws: { error in
            "\(error)".contains("missing/file.txt") && "\(error)".contains("No such file")
        }
    }

    @Test func brokenPageLeavesTheOutputUntouched() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let directory = OutputDirectory(path: workspace.output)
        try await directory.write(workspace.run().files)
        let before = try workspace.snapshot()
        try workspace.replace("| Domain | 否 | String |", with: "| Domain | 否 | Arrray of String |", in: "DeregisterTargets.md")
        let output = await workspace.run()
        #expect(output.hasErrors)
        #expect(output.files.isEmpty)
        let error = try #require(output.diagnostics.first { $0.severity == .error })
        #expect(error.location?.file.hasSuffix("specs/clb/2018-03-17/DeregisterTargets.md") == true)
        #expect(error.location?.line == 27)
        #expect(try workspace.snapshot() == before)
    }

    @Test func unchangedFilesAreNotRewritten() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let directory = OutputDirectory(path: workspace.output)
        try await directory.write(workspace.run().files)
        let target = workspace.output + "/TencentCloudCLB/Models.swift"
        let stamp = try FileManager.default.attributesOfItem(atPath: target)[.modificationDate] as? Date
        try await Task.sleep(for: .milliseconds(50))
        let second = try await directory.write(workspace.run().files)
        #expect(second.changed.isEmpty && second.missing.isEmpty)
        #expect(try FileManager.default.attributesOfItem(atPath: target)[.modificationDate] as? Date == stamp)
    }

    @Test func filesNoLongerGeneratedAreRemoved() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let directory = OutputDirectory(path: workspace.output)
        try await directory.write(workspace.run().files)
        try FileManager.default.removeItem(atPath: workspace.specs + "/clb/2018-03-17/DescribeTaskStatus.md")
        let difference = try await directory.write(workspace.run().files)
        // Without DescribeTaskStatus there is nothing to wait with: the waiters file goes.
        #expect(difference.extra == ["TencentCloudCLB/CLB+Waiters.swift"])
        #expect(!FileManager.default.fileExists(atPath: workspace.output + "/TencentCloudCLB/CLB+Waiters.swift"))
    }
}

/// The compiled hostile fixture must be what the generator writes today.
struct HostileFixtureTests {
    @Test func committedHostileOutputIsCurrent() async {
        let specs = PipelineTests.root.appendingPathComponent("Tests/HostilePages").path
        let (pages, _) = SpecReader.pages(at: [specs])
        let output = await GeneratorPipeline.run(pages, options: .init(sourceRoot: specs))
        #expect(!output.hasErrors)
        let generated = PipelineTests.root.appendingPathComponent("Tests/HostileGenerated").path
        #expect(OutputDirectory(path: generated).difference(from: output.files).stalePaths == [])
    }
}
