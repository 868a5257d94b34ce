import DocModel
import DocParser
import Foundation
import SnapshotTesting
import Testing

@testable import SwiftGenerator

/// One small page in, the fragment of Swift one feature emits out (a top-level declaration with its doc comment,
/// not the whole file), held against a golden in `__Snapshots__`.
struct SnippetGoldenTests {
    /// A feature: the pages of a `demo` service, the generated file that shows it and the declaration in it.
    struct Snippet: CustomTestStringConvertible, Sendable {
        var name: String
        var pages: [String: String]
        var file: String
        /// How the declaration's line starts (`public struct CreateListenerRequest`).
        var declaration: String
        var testDescription: String { name }
    }

    /// The top-level declaration of `source` whose line starts with `start`, with its doc comment and
    /// attributes, to its closing brace; `nil` when there is none.
    static func fragment(of source: String, startingWith start: String) -> String? {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        // A declaration may be nested (every type is, in its service's extension): its closing brace is the
        // first at its own indentation.
        guard var first = lines.firstIndex(where: { $0.drop { $0 == " " }.hasPrefix(start) }) else { return nil }
        let indent = String(lines[first].prefix { $0 == " " })
        guard let last = lines[first...].firstIndex(where: { $0 == indent + "}" }) else { return nil }
        while first > 0, lines[first - 1].hasPrefix(indent + "///") || lines[first - 1].hasPrefix(indent + "@") { first -= 1 }
        return lines[first...last].joined(separator: "\n") + "\n"
    }

    /// An action page with the given input and output rows, examples and error codes.
    static func actionPage(
        _ action: String, description: String = "做一件事。", input: [String] = [], output: [String] = [],
        examples: [(input: String, output: String)] = [], errors: [String] = []
    ) -> String {
        var lines = [
            "## 1. 接口描述", "", "接口请求域名： demo.tencentcloudapi.com 。", "", description, "",
            "默认接口请求频率限制：20次/秒。", "", "## 2. 输入参数", "", "| 参数名称 | 必选 | 类型 | 描述 |", "|---|---|---|---|",
            "| Action | 是 | String | 公共参数，本接口取值：\(action) |", "| Version | 是 | String | 公共参数，本接口取值：2020-01-01 |",
            "| Region | 是 | String | 公共参数 |",
        ]
        lines += input
        lines += ["", "## 3. 输出参数", "", "| 参数名称 | 类型 | 描述 |", "|---|---|---|"]
        lines += output + ["| RequestId | String | 唯一请求 ID。 |", "", "## 4. 示例", ""]
        for (index, example) in examples.enumerated() {
            lines += ["### 示例\(index + 1) 例子", "", "#### 输入示例", "", "```", example.input, "```", ""]
            lines += ["#### 输出示例", "", "```", example.output, "```", ""]
        }
        if !errors.isEmpty {
            lines += ["## 6. 错误码", "", "| 错误码 | 描述 |", "|---|---|"] + errors
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A response struct whose required members the page says may be null, and a struct inside it likewise.
    static let honestNullPages: [String: String] = [
        "DescribeConfig.md": actionPage(
            "DescribeConfig", output: ["| Config | [Config](#Config) | 配置 |"],
            examples: [
                (
                    "POST / HTTP/1.1\n\n{}",
                    "{\"Response\": {\"Config\": {\"Name\": \"a\", \"Size\": 1, \"Tags\": [{\"Key\": \"k\"}]}, \"RequestId\": \"r\"}}"
                )
            ]),
        "数据结构.md":
            "## Config\n\n配置。\n\n| 名称 | 类型 | 必选 | 描述 |\n|---|---|---|---|\n"
            + "| Name | String | 是 | 名称。<br/>注意：此字段可能返回 null，表示取不到有效值。 |\n| Size | Integer | 是 | 大小 |\n"
            + "| Tags | Array of [Tag](#Tag) | 否 | 标签 |\n\n"
            + "## Tag\n\n标签。\n\n| 名称 | 类型 | 必选 | 描述 |\n|---|---|---|---|\n"
            + "| Key | String | 是 | 键。<br/>注意：此字段可能返回 null，表示取不到有效值。 |\n",
    ]

    static let snippets: [Snippet] = [
        Snippet(
            name: "enumerations",
            pages: [
                "CreateListener.md": actionPage(
                    "CreateListener",
                    input: [
                        "| Protocol | 是 | String | 协议：<li>TCP：四层</li><li>HTTP：七层</li><li>HTTPS：加密的七层</li> |",
                        "| Modes.N | 否 | Array of String | 模式，可选值：FAST、SAFE |",
                        "| Scheduler | 否 | Integer | 调度：0-轮询；1-最少连接 |",
                    ],
                    output: ["| State | String | 状态，可取值：RUNNING、STOPPED |"])
            ], file: "Requests.swift", declaration: "public struct CreateListenerRequest"),
        Snippet(
            name: "shared-enumerations",
            pages: [
                "CreateThing.md": actionPage(
                    "CreateThing",
                    input: [
                        "| NodeType | 是 | String | 节点规格：<li>S1：小</li><li>M1：中</li> |",
                        "| Type | 否 | String | 类型，可选值：A、B |",
                        "| Zones.N | 否 | Array of String | 可用区，可选值：ap-1、ap-2 |",
                    ]),
                "数据结构.md": """
                ## Node

                一个节点。

                | 名称 | 类型 | 必选 | 描述 |
                |---|---|---|---|
                | NodeType | String | 是 | 节点规格，可选值：M1、S1 |
                | Type | String | 否 | 类型，可选值：X、Y |
                | ChargeType | String | 否 | 计费，可选值：PREPAID、POSTPAID_BY_HOUR |

                ## Master

                主节点。

                | 名称 | 类型 | 必选 | 描述 |
                |---|---|---|---|
                | MasterNodeType | String | 是 | 节点规格，可选值：S1、M1 |

                """,
            ], file: "Enumerations.swift", declaration: "extension DEMO"),
        Snippet(
            name: "action-documentation",
            pages: [
                "CreateListener.md": actionPage(
                    "CreateListener",
                    input: [
                        "| Protocol | 是 | String | 协议：<li>TCP：四层</li><li>HTTP：七层</li> |",
                        "| Name | 否 | String | 名称。 |",
                    ],
                    errors: ["| ResourceNotFound | 资源不存在。 |"])
            ], file: "DEMO+Actions.swift", declaration: "extension DEMO"),
        Snippet(
            name: "timestamps-deprecation-ranges",
            pages: [
                "ModifyThing.md": actionPage(
                    "ModifyThing",
                    input: [
                        "| StartTime | 是 | Timestamp | 开始时间 |", "| Day | 否 | Date | 日期 |",
                        "| Expires | 否 | Timestamp ISO8601 | 过期时间 |",
                        "| Ids.N | 否 | Array of String | 实例 ID，最多20个。 |",
                        "| Weight | 否 | Integer | 权重，取值范围：[0, 100]。 |",
                        "| ProxyId | 否 | String | （旧参数，请切换到ProxyIds）通道 ID。 |",
                    ])
            ], file: "Requests.swift", declaration: "public struct ModifyThingRequest"),
        Snippet(
            name: "paginator",
            pages: [
                "DescribeThings.md": actionPage(
                    "DescribeThings",
                    input: ["| Offset | 否 | Integer | 偏移量，默认为0。 |", "| Limit | 否 | Integer | 返回数量，默认为20。 |"],
                    output: [
                        "| TotalCount | Integer | 符合条件的数量。 |",
                        "| ThingSet | Array of [Thing](#Thing) | 列表。<br>注意：此字段可能返回 null，表示取不到有效值。 |",
                    ]),
                "数据结构.md": "## Thing\n\n一个东西。\n\n| 名称 | 类型 | 必选 | 描述 |\n|---|---|---|---|\n| Name | String | 是 | 名字 |\n",
            ], file: "DEMO+Paginators.swift", declaration: "extension DEMO"),
        Snippet(
            name: "paginator-shapes",
            pages: [
                "ListPages.md": actionPage(
                    "ListPages",
                    input: ["| PageNumber | 否 | Integer | 页码，默认为1。 |", "| PageSize | 否 | Integer | 每页数量。 |"],
                    output: ["| Total | Integer | 总数。 |", "| Names | Array of String | 名称。 |"]),
                "ListTokens.md": actionPage(
                    "ListTokens",
                    input: ["| NextToken | 否 | String | 分页标记。 |", "| MaxResults | 否 | Integer | 数量。 |"],
                    output: ["| NextToken | String | 下一页的标记。 |", "| Ids | Array of String | ID 列表。 |"]),
                "ListTwo.md": actionPage(
                    "ListTwo",
                    input: ["| Offset | 否 | Integer | 偏移。 |", "| Limit | 否 | Integer | 数量。 |"],
                    output: ["| A | Array of String | 甲。 |", "| B | Array of String | 乙。 |"]),
            ], file: "DEMO+Paginators.swift", declaration: "extension DEMO"),
        Snippet(
            name: "errors",
            pages: [
                "DeleteThing.md": actionPage(
                    "DeleteThing", input: ["| ThingId | 是 | String | ID |"],
                    errors: [
                        "| FailedOperation.ThingBusy | 东西正忙。 |", "| ResourceNotFound | 资源不存在。 |",
                        "| InvalidParameterValue.2fa | 两步验证有误。 |",
                    ])
            ], file: "DEMO+Error.swift", declaration: "extension DEMO"),
        Snippet(
            name: "naming",
            pages: [
                "DescribeNames.md": actionPage(
                    "DescribeNames",
                    input: [
                        "| self | 否 | String | 自身 |", "| default | 否 | String | 默认 |", "| URL | 否 | String | 地址 |",
                        "| VpcId | 否 | String | VPC |", "| EniIp | 否 | String | IP |",
                        "| Foo | 否 | Float | 大写 |", "| foo | 否 | Float | 小写 |", "| Error | 否 | [Error](#Error) | 错误 |",
                    ]),
                "数据结构.md": "## Error\n\n错误。\n\n| 名称 | 类型 | 必选 | 描述 |\n|---|---|---|---|\n| Child | [Error](#Error) | 否 | 下一个 |\n",
            ], file: "Requests.swift", declaration: "public struct DescribeNamesRequest"),
        Snippet(
            name: "recursion",
            pages: [
                "DescribeTree.md": actionPage("DescribeTree", output: ["| Root | [Node](#Node) | 根 |"]),
                "数据结构.md": """
                ## Node

                节点。

                | 名称 | 类型 | 必选 | 描述 |
                |---|---|---|---|
                | Name | String | 是 | 名字 |
                | Child | [Node](#Node) | 否 | 子节点 |
                | Leaves | Array of [Node](#Node) | 否 | 叶子 |

                """,
            ], file: "Models.swift", declaration: "public struct Node"),
        Snippet(
            name: "example-tests",
            pages: [
                "BindThings.md": actionPage(
                    "BindThings",
                    input: ["| Targets.N | 是 | Array of [Target](#Target) | 目标 |", "| Force | 否 | Boolean | 强制 |"],
                    output: ["| Count | Integer | 数量 |"],
                    examples: [
                        (
                            "https://demo.tencentcloudapi.com/?Action=BindThings\n&Targets.0.Port=80\n&Targets.0.Weight=1.5\n&Force=true\n&<公共请求参数>",
                            "{\"Response\": {\"Count\": 1, \"RequestId\": \"r-1\"}}"
                        ),
                        (
                            "POST / HTTP/1.1\nHost: demo.tencentcloudapi.com\n\n{\"Targets\": [{\"Port\": 81}]}",
                            "{\"Response\": {\"Error\": {\"Code\": \"InvalidParameter\", \"Message\": \"no\"}, \"RequestId\": \"r-2\"}}"
                        ),
                        ("POST / HTTP/1.1\n\n{\"Targets\": [{\"Port\": \"81\"}]}", "{\"Response\": {\"RequestId\": \"r-3\"}}"),
                    ]),
                "数据结构.md":
                    "## Target\n\n目标。\n\n| 名称 | 类型 | 必选 | 描述 |\n|---|---|---|---|\n| Port | Integer | 是 | 端口 |\n| Weight | Float | 否 | 权重 |\n",
            ], file: "TencentCloudDEMOTests/DEMOExampleTests.swift", declaration: "struct DEMOExampleTests"),
        Snippet(
            name: "honest-nulls",
            pages: honestNullPages, file: "Models.swift", declaration: "public struct Config"),
        Snippet(
            name: "honest-nulls-example-test",
            pages: honestNullPages, file: "TencentCloudDEMOTests/DEMOExampleTests.swift", declaration: "struct DEMOExampleTests"),
        Snippet(
            name: "empty-request",
            pages: ["DescribeRegions.md": actionPage("DescribeRegions", output: ["| TotalCount | Integer | 地域数量 |"])],
            file: "Requests.swift", declaration: "public struct DescribeRegionsRequest"),
        Snippet(
            name: "example-outputs",
            pages: [
                "ListThings.md": actionPage(
                    "ListThings", output: ["| Names | Array of String | 名称 |"],
                    examples: [
                        (
                            "POST / HTTP/1.1\n\n{}",
                            "{\"Response\": {\"Names\": [\"a \\\"b\\\" \\\\(c)\"], \"RequestId\": \"r-1\"}}"
                        ),
                        ("POST / HTTP/1.1\n\n{}", "{\"Response\": {\"Names\": [], \"RequestId\": \"r-2\"}}"),
                    ]),
                "BindThings.md": actionPage(
                    "BindThings", output: ["| Count | Integer | 数量 |"],
                    examples: [
                        (
                            "POST / HTTP/1.1\n\n{}",
                            "{\"Response\": {\"Error\": {\"Code\": \"InvalidParameter\", \"Message\": \"no\"}, \"RequestId\": \"r-3\"}}"
                        )
                    ]),
            ], file: "TencentCloudDEMOTesting/DEMOExamples.swift", declaration: "public enum DEMOExamples"),
    ]

    /// Re-record with `SNAPSHOT_TESTING_RECORD=failed` (or `all`) only when the emitted fragment should change.
    static var recordMode: SnapshotTestingConfiguration.Record {
        ProcessInfo.processInfo.environment["SNAPSHOT_TESTING_RECORD"].flatMap { .init(rawValue: $0) } ?? .never
    }

    static func generate(_ snippet: Snippet) async -> ([GeneratedFile], [Diagnostic]) {
        let pages = snippet.pages.keys.sorted().map { PageSource(path: "specs/demo/2020-01-01/\($0)", text: snippet.pages[$0]!) }
        let result = await ModelBuilder.build(pages)
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics)")
        let (files, diagnostics) = await SwiftGenerator.generate(result.model, options: .init(sourceRoot: "specs"))
        return (files, result.diagnostics + diagnostics)
    }

    @Test(arguments: snippets)
    func snippet(_ snippet: Snippet) async throws {
        let (files, _) = await Self.generate(snippet)
        let path = snippet.file.contains("/") ? snippet.file : "TencentCloudDEMO/\(snippet.file)"
        let file = try #require(files.first { $0.path == path }, "\(files.map(\.path))")
        let fragment = try #require(
            Self.fragment(of: file.contents, startingWith: snippet.declaration), "no \(snippet.declaration) in \(path)")
        withSnapshotTesting(record: Self.recordMode, diffTool: .default) {
            assertSnapshot(of: fragment, as: .lines, named: snippet.name)
        }
    }

    @Test func anExampleThatDoesNotFitItsPageIsAWarningNamingThePage() async throws {
        let snippet = try #require(Self.snippets.first { $0.name == "example-tests" })
        let warnings = await Self.generate(snippet).1.filter { $0.message.contains("is not generated as a test") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.location?.file == "specs/demo/2020-01-01/BindThings.md")
        #expect(warnings.first?.message.contains("Targets[0].Port: not a Integer") == true)
    }
}
