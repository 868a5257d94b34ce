import DocModel
import DocParser
import Foundation
import Testing

@testable import DocDiff

/// Snippet pages for every kind of change: two small snapshots of a `demo` service, the changes `docgen diff`
/// finds between them, and the two verdicts on each.
struct ModelDiffTests {
    /// An action page of the `demo` service.
    static func action(
        _ name: String, version: String = "2020-01-01", host: String = "demo.tencentcloudapi.com", region: String = "是",
        limit: Int = 20, async: Bool = false, input: [String] = [], output: [String] = [], errors: [String] = []
    ) -> String {
        var lines = [
            "## 1. 接口描述", "", "接口请求域名： \(host) 。", "", "做一件事。\(async ? "本接口为异步接口。" : "")", "",
            "默认接口请求频率限制：\(limit)次/秒。", "", "## 2. 输入参数", "", "| 参数名称 | 必选 | 类型 | 描述 |", "|---|---|---|---|",
            "| Action | 是 | String | 公共参数，本接口取值：\(name) |", "| Version | 是 | String | 公共参数，本接口取值：\(version) |",
            "| Region | \(region) | String | 公共参数 |",
        ]
        lines += input
        lines += ["", "## 3. 输出参数", "", "| 参数名称 | 类型 | 描述 |", "|---|---|---|"]
        lines += output + ["| RequestId | String | 唯一请求 ID。 |", ""]
        if !errors.isEmpty { lines += ["## 5. 错误码", "", "| 错误码 | 描述 |", "|---|---|"] + errors }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A 数据结构 page with one struct per entry.
    static func structs(_ definitions: [String: [String]]) -> String {
        definitions.keys.sorted().map { name in
            (["## \(name)", "", "结构。", "", "| 名称 | 类型 | 必选 | 描述 |", "|---|---|---|---|"] + (definitions[name] ?? []))
                .joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }

    static func model(_ pages: [String: String], side: String) async -> APIModel {
        let sources = pages.keys.sorted().map {
            PageSource(path: "\(side)/demo/2020-01-01/\($0)", text: pages[$0] ?? "")
        }
        let result = await ModelBuilder.build(sources)
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics)")
        return result.model
    }

    static func diff(_ old: [String: String], _ new: [String: String]) async -> [Change] {
        ModelDiff.changes(from: await model(old, side: "old"), to: await model(new, side: "new"))
    }

    /// The change of `kind` at `path` (`Owner.Item`).
    static func change(_ changes: [Change], _ kind: ChangeKind, _ path: String) -> Change? {
        changes.first { $0.kind == kind && $0.subject.path == path }
    }

    static let base = [
        "DescribeThings.md": action(
            "DescribeThings",
            input: [
                "| Limit | 否 | Integer | 数量，取值范围：[1, 100]。 |", "| Mode | 否 | String | 模式，可选值：FAST、SAFE |",
                "| Ids.N | 否 | Array of String | ID，最多20个。 |", "| Filter | 否 | [Filter](#Filter) | 过滤 |",
            ],
            output: ["| Things | Array of [Thing](#Thing) | 结果 |", "| Total | Integer | 总数 |"],
            errors: ["| ResourceNotFound | 不存在 |"]),
        "DeleteThing.md": action("DeleteThing", input: ["| ThingId | 是 | String | ID |"]),
        "数据结构.md": structs([
            "Filter": ["| Name | String | 是 | 名称 |", "| Values | Array of String | 否 | 值 |"],
            "Thing": ["| ThingId | String | 是 | ID |", "| Size | Integer | 否 | 大小 |", "| Legacy | String | 否 | 旧 |"],
        ]),
    ]

    @Test func identicalSnapshotsHaveNoChange() async {
        let changes = await Self.diff(Self.base, Self.base)
        #expect(changes.isEmpty)
        #expect(DiffReport(changes: changes).bump == .none)
    }

    @Test func actionsAddedAndRemoved() async throws {
        var new = Self.base
        new["DeleteThing.md"] = nil
        new["CreateThing.md"] = Self.action("CreateThing", input: ["| Name | 是 | String | 名称 |"])
        let changes = await Self.diff(Self.base, new)
        let removed = try #require(Self.change(changes, .actionRemoved, "DeleteThing"))
        #expect(removed.wire.isBreaking && removed.source.isBreaking)
        #expect(removed.oldLocation?.file == "old/demo/2020-01-01/DeleteThing.md" && removed.newLocation == nil)
        let added = try #require(Self.change(changes, .actionAdded, "CreateThing"))
        #expect(!added.isBreaking && added.newLocation?.file == "new/demo/2020-01-01/CreateThing.md")
        #expect(DiffReport(changes: changes).bump == .major)
        #expect(DiffReport(changes: [added]).bump == .minor)
    }

    @Test func inputsAddedRemovedRenamedAndRetyped() async throws {
        var new = Self.base
        new["DescribeThings.md"] = Self.action(
            "DescribeThings",
            input: [
                "| limit | 否 | Integer | 数量，取值范围：[1, 100]。 |", "| Mode | 否 | Integer | 模式 |",
                "| Ids.N | 否 | Array of String | ID，最多20个。 |", "| Zone | 是 | String | 可用区 |", "| Tag | 否 | String | 标签 |",
            ],
            output: ["| Things | Array of [Thing](#Thing) | 结果 |", "| Total | Integer | 总数 |"],
            errors: ["| ResourceNotFound | 不存在 |"])
        let changes = await Self.diff(Self.base, new)
        let renamed = try #require(Self.change(changes, .inputRenamed, "DescribeThings.limit"))
        #expect(renamed.old == "Limit" && renamed.wire.isBreaking)
        let required = try #require(Self.change(changes, .inputAdded, "DescribeThings.Zone"))
        #expect(required.wire.reason == "a request without it is refused")
        #expect(required.source.reason?.contains("needs the new argument `zone`") == true)
        let optional = try #require(Self.change(changes, .inputAdded, "DescribeThings.Tag"))
        #expect(!optional.isBreaking, "an optional input breaks no one")
        let removed = try #require(Self.change(changes, .inputRemoved, "DescribeThings.Filter"))
        #expect(removed.wire.reason?.contains("UnknownParameter") == true && removed.source.isBreaking)
        let retyped = try #require(Self.change(changes, .typeChanged, "DescribeThings.Mode"))
        #expect(retyped.old == "String" && retyped.new == "Integer" && retyped.wire.isBreaking && retyped.source.isBreaking)
    }

    @Test func outputsAddedAndRemoved() async throws {
        var new = Self.base
        new["DescribeThings.md"] = Self.action(
            "DescribeThings",
            input: [
                "| Limit | 否 | Integer | 数量，取值范围：[1, 100]。 |", "| Mode | 否 | String | 模式，可选值：FAST、SAFE |",
                "| Ids.N | 否 | Array of String | ID，最多20个。 |", "| Filter | 否 | [Filter](#Filter) | 过滤 |",
            ],
            output: ["| Things | Array of [Thing](#Thing) | 结果 |", "| NextToken | String | 下一页 |"],
            errors: ["| ResourceNotFound | 不存在 |"])
        let changes = await Self.diff(Self.base, new)
        let removed = try #require(Self.change(changes, .outputRemoved, "DescribeThings.Total"))
        #expect(removed.wire.reason == "a client that reads it no longer gets it")
        #expect(removed.source.reason?.contains("`DEMO.DescribeThingsResponse.total` is gone") == true)
        let added = try #require(Self.change(changes, .outputAdded, "DescribeThings.NextToken"))
        #expect(!added.isBreaking)
    }

    @Test func structMembersAndStructs() async throws {
        var new = Self.base
        new["数据结构.md"] = Self.structs([
            "Filter": ["| Name | String | 是 | 名称 |", "| Values | Array of String | 是 | 值 |"],
            "Thing": ["| ThingId | String | 是 | ID |", "| Size | Integer | 是 | 大小 |", "| Color | String | 否 | 颜色 |"],
            "Unused": ["| A | String | 否 | A |"],
        ])
        let changes = await Self.diff(Self.base, new)
        #expect(Self.change(changes, .structAdded, "Unused") != nil)
        let gone = try #require(Self.change(changes, .memberRemoved, "Thing.Legacy"))
        #expect(gone.wire.reason == "a client that reads it no longer gets it" && gone.source.isBreaking)
        let filterValues = try #require(Self.change(changes, .requiredChanged, "Filter.Values"))
        #expect(filterValues.wire.reason == "a request without it is refused", "Filter travels in requests")
        #expect(
            filterValues.source.reason?.contains("argument `values` of `DEMO.Filter.init` changes from `[String]?` to `[String]`")
                == true,
            "\(filterValues.source.reason ?? "")")
        let size = try #require(Self.change(changes, .requiredChanged, "Thing.Size"))
        #expect(!size.wire.isBreaking, "Thing only travels in responses: a field that is now always there breaks no reader")
        #expect(size.source.reason?.contains("`DEMO.Thing.size` changes from `Int64?` to `Int64`") == true)
        #expect(Self.change(changes, .memberAdded, "Thing.Color")?.isBreaking == false)
    }

    @Test func valuesRangesCountsAndErrorCodes() async throws {
        var new = Self.base
        new["DescribeThings.md"] = Self.action(
            "DescribeThings", limit: 10,
            input: [
                "| Limit | 否 | Integer | 数量，取值范围：[1, 50]。 |", "| Mode | 否 | String | 模式，可选值：FAST、SLOW |",
                "| Ids.N | 否 | Array of String | ID，最多100个。 |", "| Filter | 否 | [Filter](#Filter) | 过滤 |",
            ],
            output: ["| Things | Array of [Thing](#Thing) | 结果 |", "| Total | Integer | 总数 |"],
            errors: ["| InvalidParameter | 参数错误 |"])
        let changes = await Self.diff(Self.base, new)
        let tightened = try #require(Self.change(changes, .rangeTightened, "DescribeThings.Limit"))
        #expect(
            tightened.old == "[1, 100]" && tightened.new == "[1, 50]" && tightened.wire.isBreaking && !tightened.source.isBreaking
        )
        #expect(Self.change(changes, .maxCountLoosened, "DescribeThings.Ids")?.isBreaking == false)
        let removedValue = try #require(Self.change(changes, .enumValueRemoved, "DescribeThings.Mode"))
        #expect(removedValue.old == "SAFE" && removedValue.wire.isBreaking)
        #expect(removedValue.source.reason?.contains("DEMO.Mode.safe") == true)
        #expect(Self.change(changes, .enumValueAdded, "DescribeThings.Mode")?.new == "SLOW")
        #expect(Self.change(changes, .errorAdded, "DescribeThings.InvalidParameter") != nil)
        #expect(Self.change(changes, .errorRemoved, "DescribeThings.ResourceNotFound") != nil)
        let limit = try #require(Self.change(changes, .rateLimitChanged, "DescribeThings"))
        #expect(limit.old == "20" && limit.new == "10" && !limit.isBreaking)
    }

    @Test func anErrorCodeNoActionDocumentsAnyMoreIsGoneFromTheTypedError() async throws {
        var old = Self.base
        old["DeleteThing.md"] = Self.action(
            "DeleteThing", input: ["| ThingId | 是 | String | ID |"],
            errors: ["| FailedOperation.ThingBusy | 忙 |", "| FailedOperation.ThingLocked | 锁定 |"])
        old["CreateThing.md"] = Self.action("CreateThing", errors: ["| FailedOperation.ThingLocked | 锁定 |"])
        var new = old
        new["DeleteThing.md"] = Self.action("DeleteThing", input: ["| ThingId | 是 | String | ID |"])
        let changes = await Self.diff(old, new)
        let busy = try #require(Self.change(changes, .errorRemoved, "DeleteThing.FailedOperation.ThingBusy"))
        #expect(!busy.wire.isBreaking)
        #expect(busy.source.reason == "`DEMO.Error.Code.failedOperationThingBusy` is gone")
        let locked = try #require(Self.change(changes, .errorRemoved, "DeleteThing.FailedOperation.ThingLocked"))
        #expect(!locked.isBreaking, "CreateThing still documents it, so the typed error keeps the code")
    }

    @Test func hostRegionAndAsynchronousFlag() async throws {
        var new = Self.base
        new["DeleteThing.md"] = Self.action(
            "DeleteThing", host: "demo.ap.tencentcloudapi.com", region: "是", async: true,
            input: ["| ThingId | 是 | String | ID |"])
        var old = Self.base
        old["DeleteThing.md"] = Self.action("DeleteThing", region: "否", input: ["| ThingId | 是 | String | ID |"])
        let changes = await Self.diff(old, new)
        let region = try #require(Self.change(changes, .regionRequirementChanged, "DeleteThing"))
        #expect(region.old == "optional" && region.new == "required" && region.wire.isBreaking)
        #expect(Self.change(changes, .asyncChanged, "DeleteThing")?.new == "true")
    }

    @Test func anActionThePageDeprecatesIsReportedAndBreaksNoOne() async throws {
        var new = Self.base
        new["DeleteThing.md"] = Self.action("DeleteThing", input: ["| ThingId | 是 | String | ID |"])
            .replacingOccurrences(of: "做一件事。", with: "做一件事。本接口已废弃，请使用接口RemoveThing。")
        let changes = await Self.diff(Self.base, new)
        let deprecated = try #require(Self.change(changes, .actionDeprecated, "DeleteThing"))
        #expect(!deprecated.isBreaking)
        #expect(deprecated.label == .deprecatedAPI)
    }

    @Test func serviceVersionsAddedAndRemovedAndAModuleThatChangesName() async throws {
        let old = await Self.model(Self.base, side: "old")
        var newer = await Self.model(Self.base, side: "new")
        var later = newer.services
        for index in later.indices { later[index].version = "2024-01-01" }
        newer.services += later
        let changes = ModelDiff.changes(from: old, to: newer)
        let added = try #require(changes.first { $0.kind == .serviceVersionAdded })
        #expect(added.version == "2024-01-01" && !added.isBreaking)
        let renamed = try #require(changes.first { $0.kind == .moduleRenamed })
        #expect(renamed.old == "TencentCloudDEMO" && renamed.new == "TencentCloudDEMOV20200101" && renamed.source.isBreaking)
        #expect(!changes.contains { $0.kind == .swiftAPIChanged }, "the methods are compared under the new service type")

        let removed = ModelDiff.changes(from: newer, to: old)
        let gone = try #require(removed.first { $0.kind == .serviceVersionRemoved })
        #expect(gone.version == "2024-01-01" && gone.wire.isBreaking && gone.source.isBreaking)
    }

    @Test func aSwiftChangeNoDocChangeExplainsIsReportedOnItsOwn() async throws {
        // The table gains its 必选 column: no change of the API, but the member's optionality in Swift changes.
        var old = Self.base
        old["数据结构.md"] =
            "## Filter\n\n结构。\n\n| 名称 | 类型 | 描述 |\n|---|---|---|\n| Name | String | 名称 |\n| Values | Array of String | 值 |\n\n"
            + Self.structs([
                "Thing": ["| ThingId | String | 是 | ID |", "| Size | Integer | 否 | 大小 |", "| Legacy | String | 否 | 旧 |"]
            ])
        let changes = await Self.diff(old, Self.base)
        #expect(!changes.contains { $0.kind == .requiredChanged }, "a flag the older page did not state did not change")
        let swift = try #require(changes.first { $0.kind == .swiftAPIChanged && $0.subject.path == "Filter.Values" })
        #expect(swift.source.reason?.contains("`DEMO.Filter.values` changes from `[String]` to `[String]?`") == true)
    }
}
