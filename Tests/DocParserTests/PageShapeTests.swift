import DocModel
import Testing

@testable import DocParser

/// Page shapes and mistakes: each yields the right model or a located diagnostic.
struct PageShapeTests {
    func parse(_ text: String, path: String = "specs/demo/2020-01-01/DescribeThings.md") -> (ParsedPage, [Diagnostic]) {
        PageParser.parse(PageSource(path: path, text: text))
    }

    @Test func brokenTypeIsALocatedError() throws {
        let text = PageFixtures.actionPage(rows: ["| Names.N | 是 | Arrray of String | 名字 |"])
        let (_, diagnostics) = parse(text)
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.message.contains("Arrray of String"))
        #expect(error.location?.line == 16)
        #expect(error.location?.column ?? 0 > 1)
        #expect(error.description.hasPrefix("specs/demo/2020-01-01/DescribeThings.md:16:"))
    }

    @Test func columnsAreFoundByHeaderName() throws {
        let text = PageFixtures.actionPage(
            header: "| 参数名称 | 类型 | 是否必选 | 说明 |", rows: ["| Limit | Integer | 否 | 返回数量，最大值为100 |"]
        )
        .replacingOccurrences(of: "| Action | 是 | String |", with: "| Action | String | 是 |")
        .replacingOccurrences(of: "| Version | 是 | String |", with: "| Version | String | 是 |")
        .replacingOccurrences(of: "| Region | 是 | String |", with: "| Region | String | 是 |")
        let (page, diagnostics) = parse(text)
        #expect(diagnostics.isEmpty)
        let limit = try #require(page.action?.input.first)
        #expect(limit.name == "Limit" && limit.type == .integer && limit.isRequired == false)
        #expect(limit.description == "返回数量，最大值为100")
    }

    @Test func crlfAndMissingClosingPipeAndHTML() throws {
        let text = PageFixtures.actionPage(rows: [
            "| Mode | 否 | String | 模式：<li>FAST：快速</li><li>SAFE：安全<br/>默认值：SAFE。",
            "| Ids.N | 否 | Array of String | 实例 ID，最多20个。&#124; 见[文档](/document/api/1/2) |",
        ]).replacingOccurrences(of: "\n", with: "\r\n")
        let (page, diagnostics) = parse(text)
        #expect(diagnostics.isEmpty)
        let input = try #require(page.action?.input)
        #expect(input.map(\.name) == ["Mode", "Ids"])
        #expect(input[0].description == "模式：\n- FAST：快速\n- SAFE：安全\n默认值：SAFE。")
        #expect(input[0].constraints.allowedValues.map(\.value) == ["FAST", "SAFE"])
        #expect(input[0].constraints.defaultValue == "SAFE")
        #expect(input[1].type == .array(.string))
        #expect(input[1].constraints.maxCount == 20)
        #expect(input[1].description.contains("| 见[文档](https://cloud.tencent.com/document/api/1/2)"))
    }

    /// Every kind of inline content a cell can hold, as the descriptions read it: emphasis, code spans with
    /// backticks, relative and anchor-only links, images, HTML links and list items, a CR (`&#13;`) before a line
    /// break (a CR LF pair is one character, so the list item still starts a line of its own), and nesting deeper
    /// than the reader copies (flattened to its text from there).
    @Test func inlineContentOfEveryShape() throws {
        let depth = 80
        let opening = (0..<depth).map { ($0 % 2 == 0 ? "*" : "_") + "w\($0)" }.joined(separator: " ")
        let closing = (0..<depth).reversed().map { "e\($0)" + ($0 % 2 == 0 ? "*" : "_") }.joined(separator: " ")
        let text = PageFixtures.actionPage(rows: [
            "| A | 否 | String | 说明 *强调* **加粗** `a``b` [链接](/document/api/1/2) ![图](x.png) <a href=\"https://x.com/y\">外链</a> 末尾 |",
            "| B | 否 | String | 第一行&#13;<li>甲：一</li><li>乙：二</li> |",
            "| D | 否 | String | [**粗链接**](https://a.com) 与 [空](#x) 与 `` ` `` |",
            "| F | 否 | String | 第一行&#13;<br/><li>甲：一</li> 值&#13;",
            "| G | 否 | String | \(opening) 深 \(closing) |",
        ])
        let (page, diagnostics) = parse(text)
        #expect(diagnostics.isEmpty)
        let input = try #require(page.action?.input)
        let descriptions = Dictionary(uniqueKeysWithValues: input.map { ($0.name, $0.description) })
        #expect(
            descriptions["A"]
                == "说明 *强调* **加粗** ```a``b``` [链接](https://cloud.tencent.com/document/api/1/2) 图 [外链](https://x.com/y) 末尾")
        #expect(descriptions["B"] == "第一行\n- 甲：一\n- 乙：二")
        #expect(descriptions["D"] == "[粗链接](https://a.com) 与 空 与 `` ` ``")
        #expect(descriptions["F"] == "第一行\n\n- 甲：一\n值")
        // Inline content is copied 64 levels deep (the cell is the first): the emphasis of the 63 outermost
        // levels is kept, what is deeper is its text.
        let kept = CMarkReader.maximumDepth - 1
        let expected =
            (0..<kept).map { "*w\($0)" } + (kept..<depth).map { "w\($0)" } + ["深"]
            + (kept..<depth).reversed().map { "e\($0)" } + (0..<kept).reversed().map { "e\($0)*" }
        #expect(descriptions["G"] == expected.joined(separator: " "))
    }

    @Test func regionRowMissingOrOptional() {
        #expect(parse(PageFixtures.actionPage(region: nil, rows: [])).0.action?.region == .notNeeded)
        #expect(parse(PageFixtures.actionPage(region: "否", rows: [])).0.action?.region == .optional)
    }

    @Test func pageWithoutActionRowIsAnError() throws {
        let text = PageFixtures.actionPage(rows: []).replacingOccurrences(
            of: "| Action | 是 | String | 公共参数，本接口取值：DescribeThings |\n", with: "")
        let (page, diagnostics) = parse(text)
        #expect(page.action == nil)
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.message.contains("Action row"))
        #expect(error.location?.line == 9)
    }

    @Test func junkBeforeTheFirstHeadingIsIgnored() {
        let text = "导航 > 文档 > API\n\n" + PageFixtures.actionPage(rows: ["| Name | 是 | String | 名字 |"])
        #expect(parse(text).0.action?.input.map(\.name) == ["Name"])
    }

    @Test func tableInANumberedSubsectionAndHostInBackticks() throws {
        let text = PageFixtures.actionPage(rows: ["| Name | 是 | String | 名字 |"])
            .replacingOccurrences(of: "## 2. 输入参数\n", with: "## 2. 输入参数\n\n说明文字。\n\n### 2.1输入参数\n")
            .replacingOccurrences(
                of: "接口请求域名： demo.tencentcloudapi.com 。", with: "接口：DescribeThings 接口请求域名： `demo.tencentcloudapi.com`"
            )
            .replacingOccurrences(of: "默认接口请求频率限制：10次/秒。", with: "接口调用频率限制为：30次/秒，1200次/分钟。")
        let (page, diagnostics) = parse(text)
        #expect(diagnostics.isEmpty)
        let action = try #require(page.action)
        #expect(action.input.map(\.name) == ["Name"])
        #expect(action.host == "demo.tencentcloudapi.com")
        #expect(action.rateLimit == 30)
    }

    @Test func olderAPIPageWithoutActionRowIsSkipped() {
        let text = """
            ## 1. 接口描述

            域名：`monitor.api.qcloud.com`

            ## 2. 输入参数

            | 参数名称 | 必选 | 类型 | 描述 |
            |---|---|---|---|
            | dataPoints | 是 | Array | 数据点 |
            """
        let (page, diagnostics) = parse(text)
        #expect(page.kind == .other)
        #expect(diagnostics.map(\.severity) == [.note])
    }

    @Test func nonAPIPageIsSkippedWithANote() {
        let (page, diagnostics) = parse("# 产品简介\n\n这是一个介绍页面。\n", path: "specs/demo/intro.md")
        #expect(page.kind == .other)
        #expect(diagnostics.map(\.severity) == [.note])
    }

    @Test(
        "Type cells",
        arguments: [
            ("String", "String"), ("Integer", "Integer"), ("Timestamp ISO8601", "TimestampISO8601"),
            ("Array of Target", "[Target]"), ("Array of Integer", "[Integer]"), ("Target", "Target"),
            ("Map of String→Integer", "{String: Integer}"), ("Binary", "Binary"), ("Date", "Date"),
        ])
    func typeCells(text: String, expected: String) {
        guard case .type(let type) = TypeParser.parse(text) else {
            Issue.record("'\(text)' not read")
            return
        }
        #expect(type.irName == expected)
    }

    @Test func legacyAndUnknownTypes() {
        #expect(TypeParser.parse("Int") == .legacy(.integer, spelling: "Int"))
        #expect(TypeParser.parse("Arrray of String") == .unknown)
        #expect(TypeParser.parse("Array") == .legacy(.array(.string), spelling: "Array"))
        #expect(TypeParser.parse("Object") == .unknown)
        #expect(TypeParser.parse("Array of Object", linked: ["Object"]) == .type(.array(.structure("Object"))))
        #expect(TypeParser.parse("") == .unknown)
    }
}

/// Checks that need more than one page.
struct CrossPageTests {
    let structs = """
        ## Thing

        一个东西。

        | 名称 | 类型 | 必选 | 描述 |
        |---|---|---|---|
        | Id | String | 是 | ID |
        """

    @Test func undefinedStructIsALocatedError() async throws {
        let page = PageSource(
            path: "s/demo/2020-01-01/A.md",
            text: PageFixtures.actionPage(rows: ["| Item | 是 | [Widget](/document/api/1/2#Widget) | 项 |"]))
        let result = await ModelBuilder.build([page])
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.message.contains("'Widget'"))
        #expect(error.location?.file == "s/demo/2020-01-01/A.md")
        #expect(error.location?.line == 16)
    }

    @Test func twoDifferentPagesForOneActionAreAnError() async throws {
        let result = await ModelBuilder.build([
            PageSource(path: "s/demo/2020-01-01/A.md", text: PageFixtures.actionPage(rows: [])),
            PageSource(path: "s/demo/2020-01-01/B.md", text: PageFixtures.actionPage(rows: ["| Name | 是 | String | 名字 |"])),
        ])
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.location?.file == "s/demo/2020-01-01/B.md")
        #expect(error.relatedLocations.map(\.file) == ["s/demo/2020-01-01/A.md"])
    }

    @Test func twoEqualPagesForOneActionAreAWarning() async throws {
        let text = PageFixtures.actionPage(rows: [])
        let result = await ModelBuilder.build([
            PageSource(path: "s/demo/2020-01-01/A.md", text: text), PageSource(path: "s/demo/2020-01-01/B.md", text: text),
        ])
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.diagnostics.first?.relatedLocations.map(\.file) == ["s/demo/2020-01-01/A.md"])
    }

    @Test func structDefinedTwiceDifferently() async throws {
        let other = structs.replacingOccurrences(of: "| Id | String | 是 | ID |", with: "| Id | Integer | 是 | ID |")
        let result = await ModelBuilder.build([
            PageSource(path: "s/demo/2020-01-01/A.md", text: PageFixtures.actionPage(rows: ["| T | 否 | Thing | x |"])),
            PageSource(path: "s/demo/2020-01-01/数据结构.md", text: structs),
            PageSource(path: "s/demo/2020-01-01/数据结构2.md", text: other),
        ])
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.message.contains("Thing"))
        #expect(error.relatedLocations.count == 1)
    }

    @Test func structsBelongToTheActionsOfTheirFolder() async throws {
        let result = await ModelBuilder.build([
            PageSource(path: "s/demo/2020-01-01/A.md", text: PageFixtures.actionPage(rows: ["| T | 否 | Thing | x |"])),
            PageSource(path: "s/demo/2020-01-01/数据结构.md", text: structs),
        ])
        #expect(result.diagnostics.isEmpty)
        #expect(result.model.services.first?.structs.map(\.name) == ["Thing"])
    }

    @Test func missingHostTakesTheServiceOfTheOtherPagesWithAWarning() async throws {
        let result = await ModelBuilder.build([
            PageSource(path: "docs/产品/分组/A.md", text: PageFixtures.actionPage(action: "DescribeA", host: nil, rows: [])),
            PageSource(path: "docs/产品/B.md", text: PageFixtures.actionPage(action: "DescribeB", rows: [])),
        ])
        #expect(result.model.services.map(\.name) == ["demo"])
        #expect(result.model.services.first?.actions.map(\.name) == ["DescribeA", "DescribeB"])
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.diagnostics.first?.kind == .missingHost)
    }

    @Test func aFolderNameIsNeverAServiceName() async throws {
        let result = await ModelBuilder.build([
            PageSource(path: "specs/demo/2020-01-01/A.md", text: PageFixtures.actionPage(host: nil, rows: []))
        ])
        #expect(result.model.services.isEmpty)
        #expect(result.diagnostics.map(\.severity) == [.error])
        #expect(result.diagnostics.first?.kind == .missingHost)
    }
}
