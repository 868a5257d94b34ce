import DocModel
import DocParser
import Foundation
import Testing

@testable import DocGenPipeline

/// One crafted page per attack: the generator must not crash, must write nothing outside the output folder,
/// and must either generate (the compiled cases live in `Tests/HostilePages`) or refuse with a located diagnostic.
struct HostilePageTests {
    /// A temporary workspace: `specs/<service>/2020-01-01/` pages and an output folder beside them.
    struct Workspace {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        var specs: URL { url.appendingPathComponent("specs") }
        var output: URL { url.appendingPathComponent("out/Generated") }

        /// Writes `pages` (file name → text) under `specs/<folder>/`, runs the pipeline and writes its output.
        func generate(_ pages: [String: String], folder: String = "hostile/2020-01-01") async throws -> GeneratorPipeline.Output {
            let directory = specs.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            for (name, text) in pages { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
            let (sources, _) = SpecReader.pages(at: [specs.path])
            let result = await GeneratorPipeline.run(sources, options: .init(sourceRoot: specs.path))
            if !result.hasErrors { try await OutputDirectory(path: output.path).write(result.files) }
            return result
        }

        /// Every file under the workspace that is neither a page nor inside the output folder.
        func strayFiles() -> [String] {
            let all = FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String] ?? []
            return all.filter { path in
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(
                    atPath: url.appendingPathComponent(path).path, isDirectory: &isDirectory)
                return exists && !isDirectory.boolValue && !path.hasPrefix("specs/") && !path.hasPrefix("out/Generated/")
            }
        }

        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    static func page(action: String = "DescribeThings", rows: [String] = [], extra: String = "") -> String {
        """
        ## 1. 接口描述

        接口请求域名： hostile.tencentcloudapi.com 。

        描述。

        ## 2. 输入参数

        | 参数名称 | 必选 | 类型 | 描述 |
        |---|---|---|---|
        | Action | 是 | String | 公共参数，本接口取值：\(action) |
        | Version | 是 | String | 公共参数，本接口取值：2020-01-01 |
        \(rows.joined(separator: "\n"))

        ## 3. 输出参数

        | 参数名称 | 类型 | 描述 |
        |---|---|---|
        | RequestId | String | ID |
        \(extra)
        """
    }

    /// Runs `pages` and expects a located error whose message contains `fragment`, and no stray files.
    func expectRefused(_ pages: [String: String], folder: String = "hostile/2020-01-01", _ fragment: String) async throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let result = try await workspace.generate(pages, folder: folder)
        let error = try #require(result.diagnostics.first { $0.severity == .error }, "no error for \(fragment)")
        #expect(error.message.contains(fragment), "\(error)")
        #expect(error.location != nil && error.location!.line >= 1)
        #expect(workspace.strayFiles() == [])
        #expect(result.files.isEmpty)
    }

    // MARK: Names that become code or paths

    @Test func actionNameWithPathTraversal() async throws {
        try await expectRefused(["A.md": Self.page(action: "../../evil")], "Action row")
    }

    @Test func structNameWithPathTraversal() async throws {
        let structs = "## ../../Evil\n\n| 名称 | 类型 | 必选 | 描述 |\n|---|---|---|---|\n| Id | String | 是 | x |\n"
        try await expectRefused(["A.md": Self.page(), "数据结构.md": structs], "not an identifier")
    }

    @Test func parameterNameWithCode() async throws {
        try await expectRefused(["A.md": Self.page(rows: [#"| Foo"); evil(" | 否 | String | x |"#])], "not an identifier")
        try await expectRefused(["A.md": Self.page(rows: ["| 2fa | 否 | String | x |"])], "not an identifier")
        try await expectRefused(["A.md": Self.page(rows: ["| a%2Fb | 否 | String | x |"])], "not an identifier")
    }

    @Test func serviceFolderThatIsNoLabel() async throws {
        let text = Self.page().replacingOccurrences(of: "接口请求域名： hostile.tencentcloudapi.com 。", with: "接口请求域名： ..%2F.. 。")
        // The host reads as nothing and a folder name is never a service name: the page is refused.
        try await expectRefused(["A.md": text], folder: "Evil Svc/2020-01-01", "no host line")
    }

    @Test func writesOutsideTheOutputAreRefused() async throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        try FileManager.default.createDirectory(at: workspace.output, withIntermediateDirectories: true)
        let directory = OutputDirectory(path: workspace.output.path)
        for path in ["../escape.swift", "TencentCloudX/../../escape.swift", "/tmp/escape.swift", "./TencentCloudX/a.swift"] {
            await #expect(throws: OutputError.self) { try await directory.write([.init(path: path, contents: "x")]) }
        }
        #expect(workspace.strayFiles() == [])
    }

    @Test func symbolicLinkInsideTheOutputIsNotFollowed() async throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let outside = workspace.url.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: outside.appendingPathComponent("Keep.swift"))
        try FileManager.default.createDirectory(at: workspace.output, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: workspace.output.appendingPathComponent("TencentCloudX"), withDestinationURL: outside)
        let directory = OutputDirectory(path: workspace.output.path)
        await #expect(throws: OutputError.self) {
            try await directory.write([.init(path: "TencentCloudX/A.swift", contents: "x")])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["Keep.swift"])
        try await directory.write([])
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["Keep.swift"])
    }

    // MARK: Text that becomes comments

    @Test func hiddenCharactersAreReportedAndRemoved() async throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let result = try await workspace.generate(["A.md": Self.page(rows: ["| Name | 否 | String | user\u{202E}nimda\u{200B} |"])]
        )
        let warning = try #require(result.diagnostics.first { $0.severity == .warning })
        #expect(warning.location?.file.hasSuffix("A.md") == true && warning.location?.line == 13)
        for file in result.files {
            #expect(!file.contents.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || $0.value == 0x200B })
        }
    }

    @Test func controlCharactersNeverReachTheOutput() async throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let result = try await workspace.generate([
            "A.md": Self.page(rows: ["| Name | 否 | String | a\u{0}b\u{7}c\u{1B}[31md\u{2028}e |"])
        ])
        #expect(!result.hasErrors)
        for file in result.files {
            #expect(!file.contents.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x2028 })
        }
    }

    // MARK: Size and depth

    @Test func fiftyThousandRowsAreRefusedAtTheTable() async throws {
        let rows = (0..<50_000).map { "| P\($0) | 否 | String | x |" }
        try await expectRefused(["A.md": Self.page(rows: rows)], "rows; the limit is")
    }

    @Test func fiveMegabyteCellIsRefused() async throws {
        try await expectRefused(
            ["A.md": Self.page(rows: ["| Big | 否 | String | \(String(repeating: "x", count: 5_000_000)) |"])], "the limit is")
    }

    @Test func largeCellIsRefusedAtTheCell() async throws {
        try await expectRefused(
            ["A.md": Self.page(rows: ["| Big | 否 | String | \(String(repeating: "字", count: 100_000)) |"])], "cell holds")
    }

    @Test func deepNestingAndUnterminatedFenceFinish() async throws {
        let workspace = Workspace()
        defer { workspace.remove() }
        let nested = String(repeating: "<li>", count: 20_000)
        let extra =
            "\n" + String(repeating: ">", count: 20_000) + " deep\n\n" + String(repeating: "- ", count: 5_000) + "x\n\n"
            + String(repeating: "[", count: 20_000) + String(repeating: "*", count: 20_000) + "\n\n```\nunterminated\n"
        let result = try await workspace.generate(["A.md": Self.page(rows: ["| Name | 否 | String | \(nested) |"], extra: extra)])
        #expect(!result.hasErrors)
        #expect(workspace.strayFiles() == [])
    }
}
