import DocModel
import DocParser
import Foundation
import Testing

@testable import DocGenPipeline

/// A checkout of the documentation repository as a maintainer has it (`Tests/DocTreeFixture/API/API 3.0`):
/// Chinese and English pages of one action side by side, 分组 subfolders, a 数据结构 page at product level, one at
/// version-folder level and one shared by two services, pages without a host line, multi-line cells, a product
/// documented under two category folders, and a Japanese page.
struct DocTreeTests {
    static let root = PipelineTests.root.appendingPathComponent("Tests/DocTreeFixture/API/API 3.0").path

    static func build(language: DocLanguage = .zh) async -> ModelBuilder.Result {
        await ModelBuilder.build(SpecReader.pages(at: [root]).0, language: language)
    }

    static func service(_ name: String, in result: ModelBuilder.Result) -> Service? {
        result.model.services.first { $0.name == name }
    }

    @Test func everyServiceIsReadWithoutErrors() async {
        let result = await Self.build()
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        #expect(
            result.model.services.map { "\($0.name) \($0.version)" } == [
                "cbs 2017-03-12", "cdn 2018-06-06", "cfs 2019-07-19", "clb 2018-03-17", "cvm 2017-03-12",
            ])
        #expect(Self.service("cvm", in: result)?.actions.map(\.name) == ["DescribeInstances", "StartInstances"])
        #expect(Self.service("cvm", in: result)?.structs.map(\.name) == ["Filter", "Placement"])
        #expect(Self.service("clb", in: result)?.structs.map(\.name) == ["Target"])
    }

    @Test func aStructPageSharedByTwoServicesGivesEachTheStructsItsActionsUse() async {
        let result = await Self.build()
        #expect(Self.service("cbs", in: result)?.structs.map(\.name) == ["DiskSpec"])
        #expect(Self.service("cfs", in: result)?.structs.map(\.name) == ["FileSystemSpec"])
        let notes = result.diagnostics.filter { $0.kind == .structPlacement }
        #expect(notes.count == 1)
        #expect(notes.first?.location?.file.hasSuffix("存储/数据结构.md") == true)
    }

    @Test func serviceWithoutAHostLineComesFromTheExplorerLinkOrTheOtherPages() async {
        let result = await Self.build()
        #expect(Self.service("cbs", in: result)?.actions.map(\.name) == ["CreateDisks"])
        let missing = result.diagnostics.filter { $0.kind == .missingHost }
        #expect(missing.count == 1)
        #expect(missing.first?.message.contains("service 'cvm' taken from the other action pages") == true)
        #expect(missing.first?.location?.file.hasSuffix("启动实例.md") == true)
        #expect(!result.diagnostics.contains { $0.kind == .invalidName })
    }

    @Test func continuationRowsExtendThePreviousDescription() async throws {
        let result = await Self.build()
        let start = try #require(Self.service("cvm", in: result)?.actions.first { $0.name == "StartInstances" })
        #expect(start.input.map(\.name) == ["InstanceIds", "Placement", "Zone"])
        #expect(start.input[0].description.contains("可以通过以下方式获取实例ID："))
        #expect(start.input[2].description.contains("zone - String - 是否必填：否"))
        let continued = result.diagnostics.filter { $0.kind == .continuationRow }
        #expect(continued.count == 2)
        #expect(continued.allSatisfy { $0.severity == .warning })
    }

    @Test func chineseAndEnglishPagesMergeIntoOneAction() async throws {
        let result = await Self.build()
        let action = try #require(Self.service("cvm", in: result)?.actions.first { $0.name == "DescribeInstances" })
        #expect(action.description.hasPrefix("本接口用于"))
        // The Chinese page leaves Placement undescribed: the English text fills it in.
        #expect(action.input.first { $0.name == "Placement" }?.description == "Location of the instances to query.")
        let mismatches = result.diagnostics.filter { $0.kind == .languageMismatch }
        #expect(
            mismatches.map(\.message) == [
                "'Limit' of action DescribeInstances is Integer on the Chinese page and String on the English page"
            ])
        #expect(mismatches.first?.relatedLocations.first?.file.hasSuffix("查看实例列表_intl.md") == true)
        #expect(!result.diagnostics.contains { $0.kind == .duplicateAction && $0.message.contains("DescribeInstances") })
    }

    @Test func docLanguageEnglishTakesTheEnglishText() async throws {
        let result = await Self.build(language: .en)
        let action = try #require(Self.service("cvm", in: result)?.actions.first { $0.name == "DescribeInstances" })
        #expect(action.description == "This API is used to query the details of one or more instances.")
        #expect(action.rateLimit == 40)
        #expect(action.input.first { $0.name == "Limit" }?.type == .string)
        #expect(action.errors.map(\.description) == ["Invalid filter."])
        let filter = try #require(Self.service("cvm", in: result)?.structs.first { $0.name == "Filter" })
        #expect(filter.description == "Key-value pair filter for conditional filtering queries.")
    }

    @Test func englishPagesReadAloneGiveTheSameShape() async throws {
        let folder = Self.root + "/计算/云服务器"
        let pages = SpecReader.pages(at: [folder]).0.filter { $0.path.hasSuffix("_intl.md") }
        let result = await ModelBuilder.build(pages)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        let action = try #require(result.model.services.first?.actions.first)
        #expect(action.name == "DescribeInstances")
        #expect(action.host == "cvm.tencentcloudapi.com")
        #expect(action.input.map(\.name) == ["InstanceIds", "Filters", "Offset", "Limit", "Placement"])
        #expect(action.input.map(\.isRequired) == [false, false, false, false, false])
        #expect(action.region == .required)
        #expect(action.examples.count == 1 && action.examples[0].output != nil)
        #expect(result.model.services.first?.structs.map(\.name) == ["Filter", "Placement"])
    }

    @Test func aPageInALanguageDocgenDoesNotReadIsANote() async {
        let notes = await Self.build().diagnostics.filter { $0.message.contains("language docgen does not read") }
        #expect(notes.count == 1)
        #expect(notes.first?.severity == .note)
        #expect(notes.first?.message.contains("查看实例列表_intl_jp.md") == true)
    }

    @Test func aProductDocumentedTwiceIsOneWarning() async {
        let duplicates = await Self.build().diagnostics.filter { $0.kind == .duplicateAction }
        #expect(duplicates.count == 1)
        #expect(duplicates.first?.severity == .warning)
        #expect(duplicates.first?.relatedLocations.count == 1)
    }

    @Test func keepGoingGeneratesTheOtherServicesAndLeavesTheFailedOneAsItWas() async throws {
        let fixture = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-tree-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: fixture) }
        let pages = fixture.appendingPathComponent("pages")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.root), to: pages)
        // Break clb: its action names a struct no page defines.
        let clbPage = pages.appendingPathComponent("网络/负载均衡/clb-2018-03-17-doc-20190415/负载均衡相关接口/解绑后端服务.md")
        let text = try String(contentsOf: clbPage, encoding: .utf8)
        try text.replacingOccurrences(of: "[Target](", with: "[Missing](").write(to: clbPage, atomically: true, encoding: .utf8)
        let output = fixture.appendingPathComponent("Generated")
        let kept = output.appendingPathComponent("TencentCloudCLB/CLB.swift")
        try FileManager.default.createDirectory(at: kept.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("// an earlier run's file\n".utf8).write(to: kept)

        let sources = SpecReader.pages(at: [pages.path]).0
        let strict = await GeneratorPipeline.run(sources, options: .init(sourceRoot: pages.path))
        #expect(strict.hasErrors && strict.files.isEmpty)

        let run = await GeneratorPipeline.run(sources, options: .init(sourceRoot: pages.path, keepGoing: true))
        #expect(run.hasErrors)
        #expect(run.failedServices.map(\.name) == ["clb"])
        #expect(run.keptModules == ["TencentCloudCLB", "TencentCloudCLBTesting", "TencentCloudCLBTests"])
        #expect(!run.files.contains { $0.path.hasPrefix("TencentCloudCLB") })
        #expect(run.files.contains { $0.path.hasPrefix("TencentCloudCVM/") })
        let directory = OutputDirectory(path: output.path, owningModulesOf: run)
        try await directory.write(run.files)
        #expect(try String(contentsOf: kept, encoding: .utf8) == "// an earlier run's file\n")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("TencentCloudCVM/CVM.swift").path))
    }
}
