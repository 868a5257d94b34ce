import DocModel
import DocParser
import Foundation
import SwiftGenerator
import Testing

@testable import DocGenPipeline

/// The maintainer's workflow: filters, access level, example checks and the lint report.
struct WorkflowTests {
    static func specsPages() -> [PageSource] {
        SpecReader.pages(at: [PipelineTests.root.appendingPathComponent("specs").path]).0
    }

    @Test func actionFilterKeepsTheStructsItReaches() async {
        let output = await GeneratorPipeline.run(
            Self.specsPages(),
            options: .init(sourceRoot: "specs", filter: ModelFilter(actions: ["DescribeTaskStatus"])))
        #expect(output.model.services.first?.actions.map(\.name) == ["DescribeTaskStatus"])
        #expect(output.model.services.first?.structs.isEmpty == true)
        #expect(!output.files.contains { $0.path.contains("Target") })
        let withTargets = await GeneratorPipeline.run(
            Self.specsPages(), options: .init(sourceRoot: "specs", filter: ModelFilter(actions: ["DeregisterTargets"])))
        #expect(withTargets.model.services.first?.structs.map(\.name) == ["Target"])
    }

    @Test func serviceFilterOwnsOnlyItsModules() async {
        let output = await GeneratorPipeline.run(
            Self.specsPages(), options: .init(sourceRoot: "specs", filter: ModelFilter(services: ["cvm"])))
        #expect(output.model.services.isEmpty)
        #expect(output.ownedModules == ["TencentCloudCVM", "TencentCloudCVMTesting", "TencentCloudCVMTests"])
        let clb = await GeneratorPipeline.run(
            Self.specsPages(), options: .init(sourceRoot: "specs", filter: ModelFilter(services: ["clb"])))
        #expect(clb.files.count == 11)
    }

    @Test func internalAccessLeavesNoPublicDeclaration() async {
        let output = await GeneratorPipeline.run(Self.specsPages(), options: .init(sourceRoot: "specs", access: .internal))
        #expect(!output.files.isEmpty)
        for file in output.files {
            #expect(!file.contents.contains("public "), "\(file.path)")
        }
    }

    @Test func exampleThatDoesNotFitItsPageIsReported() async throws {
        let result = await ModelBuilder.build(Self.specsPages())
        let warnings = await ExampleChecker.check(result.model)
        let warning = try #require(warnings.first)
        #expect(warnings.count == 1)
        #expect(warning.kind == .exampleMismatch)
        #expect(warning.message.contains("'Status'"))
        #expect(warning.location?.file.hasSuffix("DeregisterTargets.md") == true)
    }

    @Test func lintGroupsByKindWithCountsAndJSON() throws {
        let diagnostics: [Diagnostic] = [
            .warning("w1", at: SourceLocation(file: "a.md", line: 1, column: 1), kind: .exampleMismatch),
            .error("e1", at: SourceLocation(file: "b.md", line: 2, column: 3), kind: .undefinedStruct),
            .warning("w2", at: SourceLocation(file: "c.md", line: 4, column: 1), kind: .exampleMismatch),
        ]
        let report = LintReport(diagnostics: diagnostics)
        #expect(report.groups.map(\.kind) == [.undefinedStruct, .exampleMismatch])
        #expect(report.text.hasPrefix("undefined-struct (1)\n  b.md:2:3: error: e1\nexample-mismatch (2)\n"))
        #expect(report.text.hasSuffix("1 error(s), 2 warning(s) in 2 kind(s)\n"))
        let json = try JSONSerialization.jsonObject(with: report.json()) as? [String: Any]
        #expect(json?["counts"] as? [String: Int] == ["undefined-struct": 1, "example-mismatch": 2])
        #expect((json?["diagnostics"] as? [[String: Any]])?.first?["line"] as? Int == 2)
    }

    @Test func duplicateParameterAndRequiredOutputAreFlagged() {
        let page = """
            ## 1. 接口描述

            接口请求域名： demo.tencentcloudapi.com 。

            ## 2. 输入参数

            | 参数名称 | 必选 | 类型 | 描述 |
            |---|---|---|---|
            | Action | 是 | String | 公共参数，本接口取值：DescribeX |
            | Version | 是 | String | 公共参数，本接口取值：2020-01-01 |
            | Name | 是 | String | a |
            | Name | 否 | String | b |
            | Name | 否 | String | c |

            ## 3. 输出参数

            | 参数名称 | 必选 | 类型 | 描述 |
            |---|---|---|---|
            | Total | 是 | Integer | n |
            """
        let (parsed, diagnostics) = PageParser.parse(PageSource(path: "p.md", text: page))
        #expect(diagnostics.map(\.kind) == [.duplicateParameter, .duplicateParameter, .suspiciousRequired])
        // Every repeat points at the first row of the name, the one that is used.
        #expect(diagnostics.prefix(2).map(\.location?.line) == [12, 13])
        #expect(diagnostics.prefix(2).map { $0.relatedLocations.map(\.line) } == [[11], [11]])
        #expect(parsed.action?.input.count == 1)
        #expect(parsed.action?.input.first?.description == "a")
        #expect(parsed.action?.output.first?.isRequired == nil)
    }
}

/// Doc comments in the committed generated code are clean DocC Markdown: no HTML left from the pages.
struct GeneratedDocCommentTests {
    @Test(arguments: ["Generated", "Tests/HostileGenerated"])
    func noStrayHTMLInDocComments(folder: String) throws {
        let root = PipelineTests.root.appendingPathComponent(folder)
        let files = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).filter {
            $0.hasSuffix(".swift")
        }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where line.trimmingCharacters(in: .whitespaces).hasPrefix("///") {
                #expect(line.firstMatch(of: /<\/?[a-zA-Z][a-zA-Z0-9]*( [^>]*)?\/?>/) == nil, "\(file): \(line)")
            }
        }
    }
}
