import DocModel
import Foundation
import Testing

@testable import DocDiff

/// The report's formats and gates.
struct DiffReportTests {
    static var report: DiffReport {
        var removed = Change(
            service: "demo", version: "2020-01-01", kind: .inputRemoved,
            subject: ChangeSubject(.input, owner: "DescribeThings", item: "Filter"),
            oldLocation: SourceLocation(file: "old/DescribeThings.md", line: 12, column: 1))
        removed.wire = .breaking("a request that sends it is refused (UnknownParameter)")
        removed.source = .breaking("`DescribeThingsRequest.filter` is gone")
        let added = Change(
            service: "demo", version: "2020-01-01", kind: .actionAdded, subject: ChangeSubject(.action, owner: "CreateThing"),
            newLocation: SourceLocation(file: "new/CreateThing.md", line: 1, column: 1))
        var retyped = Change(
            service: "demo", version: "2020-01-01", kind: .typeChanged,
            subject: ChangeSubject(.output, owner: "DescribeThings", item: "Total"), old: "Integer", new: "String",
            oldLocation: SourceLocation(file: "old/DescribeThings.md", line: 20, column: 1),
            newLocation: SourceLocation(file: "new/DescribeThings.md", line: 21, column: 1))
        retyped.wire = .breaking("a client that decodes the old type fails")
        return DiffReport(
            changes: [removed, added, retyped],
            unread: [DiffReport.Unread(side: "new", service: "cvm", reason: "x.md:1:1: error: bad")])
    }

    @Test func textIsInTheCompilerFormatWithTheOlderPageAsANote() {
        let lines = Self.report.text.split(separator: "\n").map(String.init)
        #expect(
            lines[0]
                == "old/DescribeThings.md:12:1: warning: demo 2020-01-01: input DescribeThings.Filter removed [wire: a request that sends it is refused (UnknownParameter)] [source: `DescribeThingsRequest.filter` is gone]"
        )
        #expect(lines[1] == "new/CreateThing.md:1:1: note: demo 2020-01-01: action CreateThing added")
        #expect(
            lines[2].hasPrefix(
                "new/DescribeThings.md:21:1: warning: demo 2020-01-01: output DescribeThings.Total type changed: Integer → String"
            ))
        #expect(lines[3] == "old/DescribeThings.md:20:1: note: as the older page had it")
        #expect(lines[4] == "cvm: error: not compared: the new pages do not read: x.md:1:1: error: bad")
        #expect(lines[5] == "docgen diff: 3 change(s), 2 breaking the wire, 1 breaking Swift source; version bump: major")
    }

    @Test func jsonHasTheDocumentedSchema() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Self.report.json()) as? [String: Any])
        #expect(Set(object.keys) == ["schema", "bump", "counts", "changes", "unread"])
        #expect(object["schema"] as? String == "docgen-diff/1" && object["bump"] as? String == "major")
        #expect((object["counts"] as? [String: Int])?["inputRemoved"] == 1)
        let first = try #require((object["changes"] as? [[String: Any]])?.first)
        #expect(
            Set(first.keys) == [
                "service", "version", "kind", "place", "owner", "item", "oldLocation", "wire", "source",
            ], "absent values are left out")
        #expect(first["kind"] as? String == "inputRemoved" && first["place"] as? String == "input")
        #expect((first["oldLocation"] as? [String: Any])?["line"] as? Int == 12)
        #expect((first["wire"] as? [String: Any])?["breaking"] as? Bool == true)
        #expect(try Self.report.json() == Self.report.json(), "the same report gives the same bytes")
    }

    @Test func markdownGroupsByTheChangelogsLabelsInEitherLanguage() {
        let chinese = Self.report.markdown(language: .zh)
        #expect(chinese.contains("## demo 2020-01-01"))
        #expect(chinese.contains("### 新增接口\n\n- action CreateThing added"))
        #expect(chinese.contains("### 删除入参\n\n- 🔴 input DescribeThings.Filter removed — a request that sends it"))
        #expect(chinese.contains("### 修改出参"))
        #expect(chinese.contains("## 未比较"))
        let english = Self.report.markdown(language: .en)
        #expect(english.contains("### New APIs") && english.contains("### Deleted input parameters"))
        #expect(english.contains("Suggested version bump: **major**"))
    }

    @Test func gatesFailOnTheirKindOfChange() {
        let report = Self.report
        #expect(report.fails(.wire) && report.fails(.source) && report.fails(.any) && !report.fails(.none))
        let additive = DiffReport(changes: report.changes.filter { !$0.isBreaking })
        #expect(!additive.fails(.wire) && !additive.fails(.source) && additive.fails(.any))
        #expect(additive.bump == .minor)
        #expect(!DiffReport(changes: []).fails(.any))
    }
}
