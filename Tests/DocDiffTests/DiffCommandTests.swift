import Foundation
import Testing

/// `docgen diff` as a maintainer runs it: exit status, gates, unreadable sides, `--keep-going` and `--git`.
struct DiffCommandTests {
    /// The docgen binary beside the test bundle (SwiftPM builds every product before it runs the tests).
    static var docgen: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [besideTests, besideTests.deletingLastPathComponent()].map { $0.appendingPathComponent("docgen") }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? root.appendingPathComponent(".build/debug/docgen")
    }

    static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = docgen
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    /// A temporary folder with `pages` (relative path → text) under `name`.
    static func write(_ pages: [String: String], under name: String, in folder: URL) throws {
        for (path, text) in pages {
            let url = folder.appendingPathComponent(name).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    static func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-diff-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static let old = [
        "demo/2020-01-01/DescribeThings.md": ModelDiffTests.action(
            "DescribeThings", input: ["| Limit | 否 | Integer | 数量 |", "| Name | 否 | String | 名称 |"]),
        "other/2020-01-01/DescribeOthers.md": ModelDiffTests.action("DescribeOthers", host: "other.tencentcloudapi.com"),
    ]
    static let new = [
        "demo/2020-01-01/DescribeThings.md": ModelDiffTests.action("DescribeThings", input: ["| Limit | 否 | Integer | 数量 |"]),
        "other/2020-01-01/DescribeOthers.md": ModelDiffTests.action("DescribeOthers", host: "other.tencentcloudapi.com"),
    ]

    @Test func gatesDecideTheExitStatus() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write(Self.old, under: "old", in: folder)
        try Self.write(Self.new, under: "new", in: folder)
        let plain = try Self.run(["diff", "old", "new"], in: folder)
        #expect(plain.status == 0, "\(plain.err)")
        #expect(
            plain.out.contains(
                "old/demo/2020-01-01/DescribeThings.md:17:1: warning: demo 2020-01-01: input DescribeThings.Name removed"))
        #expect(try Self.run(["diff", "old", "new", "--fail-on", "wire"], in: folder).status == 1)
        #expect(try Self.run(["diff", "old", "new", "--fail-on", "source"], in: folder).status == 1)
        #expect(try Self.run(["diff", "new", "new", "--fail-on", "any"], in: folder).status == 0)
        let json = try Self.run(["diff", "old", "new", "--format", "json"], in: folder)
        let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        #expect(object?["bump"] as? String == "major")
        let markdown = try Self.run(["diff", "old", "new", "--format", "markdown", "--doc-language", "en"], in: folder)
        #expect(markdown.out.contains("### Deleted input parameters"))
    }

    @Test func aSideThatDoesNotReadStopsTheComparison() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write(Self.old, under: "old", in: folder)
        var broken = Self.new
        broken["other/2020-01-01/DescribeOthers.md"] = ModelDiffTests.action(
            "DescribeOthers", host: "other.tencentcloudapi.com", input: ["| Filter | 否 | [Filter](#Filter) | 过滤 |"])
        try Self.write(broken, under: "new", in: folder)

        let missing = try Self.run(["diff", "absent", "new"], in: folder)
        #expect(missing.status == 2 && missing.out.isEmpty)
        #expect(missing.err.contains("absent:1:1: error: no such file or folder"))

        let strict = try Self.run(["diff", "old", "new"], in: folder)
        #expect(strict.status == 2 && strict.out.isEmpty, "no partial report that looks complete")
        #expect(strict.err.contains("new/other/2020-01-01/DescribeOthers.md:16:1: error:"))

        let going = try Self.run(["diff", "old", "new", "--keep-going", "--fail-on", "wire"], in: folder)
        #expect(going.status == 1)
        #expect(going.out.contains("input DescribeThings.Name removed"))
        #expect(going.out.contains("other: error: not compared: the new pages do not read"))
        #expect(!going.out.contains("DescribeOthers removed"), "the unread service is not reported as removed")
    }

    @Test func gitComparesTheSpecsAtARevision() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        func git(_ arguments: String...) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"] + arguments
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
        }
        try git("init", "-q")
        try Self.write(Self.old, under: "specs", in: folder)
        try git("add", ".")
        try git("commit", "-q", "-m", "old")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("specs"))
        try Self.write(Self.new, under: "specs", in: folder)
        let result = try Self.run(["diff", "--git", "HEAD", "--fail-on", "wire"], in: folder)
        #expect(result.status == 1, "\(result.err)")
        #expect(result.out.contains("input DescribeThings.Name removed"))
        let fromInside = try Self.run(
            ["diff", "--git", "HEAD", "--specs", ".", "."], in: folder.appendingPathComponent("specs"))
        #expect(fromInside.out.contains("input DescribeThings.Name removed"), "run from inside the folder: \(fromInside.err)")
        #expect(try Self.run(["diff", "--git", "no-such-revision"], in: folder).status == 2)
    }
}
