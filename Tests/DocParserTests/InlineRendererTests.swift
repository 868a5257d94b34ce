import Testing

@testable import DocParser

/// The Markdown of a table cell and the fact text beside it: the same text and lines, the fact text without markup,
/// whether the markup comes first, in the middle of a line, after a line break, or not at all.
struct InlineRendererTests {
    /// The Markdown and fact text of `cell`, read as the one body cell of a table.
    static func rendered(_ cell: String) throws -> (markdown: String, facts: String) {
        let blocks = CMarkReader.blocks(of: "| 描述 |\n|---|\n| \(cell) |\n")
        guard case .table(let table)? = blocks.first else {
            Issue.record("no table")
            return ("", "")
        }
        let inlines = try #require(table.rows.first?.cells.first?.inlines)
        return InlineRenderer.markdownAndFacts(inlines)
    }

    @Test func plainTextIsBothTexts() throws {
        let (markdown, facts) = try Self.rendered("取值范围：<br>1-10")
        #expect(markdown == "取值范围：\n1-10")
        #expect(facts == markdown)
    }

    @Test func markupAfterALineBreakLeavesTheLinesAlike() throws {
        let (markdown, facts) = try Self.rendered("取值范围：<br>**2**-**10**<br>默认值：3")
        #expect(markdown == "取值范围：\n**2**-**10**\n默认值：3")
        #expect(facts == "取值范围：\n2-10\n默认值：3")
    }

    @Test func markupInTheMiddleOfALine() throws {
        let (markdown, facts) = try Self.rendered("可选值 `TCP`、*UDP* 与 [HTTP](https://cloud.tencent.com/document/api/214/30694)")
        #expect(markdown == "可选值 `TCP`、*UDP* 与 [HTTP](https://cloud.tencent.com/document/api/214/30694)")
        #expect(facts == "可选值 TCP、UDP 与 HTTP")
    }

    @Test func markupFirst() throws {
        let (markdown, facts) = try Self.rendered("**注意**：<br>- A：甲<br>- B：乙")
        #expect(facts.hasPrefix("注意：\n"))
        #expect(markdown.hasPrefix("**注意**：\n"))
        #expect(facts.split(separator: "\n").count == markdown.split(separator: "\n").count)
    }
}
