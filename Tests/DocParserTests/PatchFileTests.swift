import DocModel
import Foundation
import Testing

@testable import DocParser

/// `patches.json`: corrections applied between parse and emit, each with a reason, located when wrong.
struct PatchFileTests {
    static let folder = "specs/demo/2020-01-01"

    static func pages(patches: String) -> [PageSource] {
        let action = PageFixtures.actionPage(
            rows: ["| Weight | 否 | String | 权重 |", "| Thing | 否 | [Thing](#Thing) | 东西 |"],
            output: ["| InstanceID | String | 实例 ID |"])
        return [
            PageSource(path: "\(folder)/DescribeThings.md", text: action),
            PageSource(path: "\(folder)/patches.json", text: patches),
        ]
    }

    @Test func patchesFixTypesNamesAndMissingStructs() async throws {
        let patches = """
            {
              "patches": [
                { "reason": "The API takes a number.", "action": "DescribeThings", "input": "Weight", "type": "Integer" },
                { "reason": "Misspelled on the page.", "action": "DescribeThings", "output": "InstanceID", "name": "InstanceId" },
                { "reason": "Linked but never documented.",
                  "addStruct": { "name": "Thing", "members": [{ "name": "Key", "type": "String", "required": true }] } }
              ]
            }
            """
        let unpatched = await ModelBuilder.build([Self.pages(patches: patches)[0]])
        #expect(unpatched.diagnostics.contains { $0.kind == .undefinedStruct })
        let result = await ModelBuilder.build(Self.pages(patches: patches))
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics)")
        let service = try #require(result.model.services.first)
        let action = try #require(service.actions.first)
        #expect(action.input.first { $0.name == "Weight" }?.type == .integer)
        #expect(action.output.map(\.name).contains("InstanceId"))
        #expect(service.structs.map(\.name) == ["Thing"])
        let dump = String(decoding: try JSONEncoder().encode(ModelDump(result.model)), as: UTF8.self)
        #expect(dump.contains("\"InstanceId\"") && !dump.contains("\"InstanceID\""))
    }

    /// A patch that changes a type reads the row's facts again for the new type: a range the page states on
    /// a String row (where it bounds nothing) is the Integer's range after the patch, and a String's values stay.
    @Test func aPatchedTypeKeepsTheFactsThePageStates() async throws {
        let action = PageFixtures.actionPage(
            rows: [
                "| Weight | 否 | String | 权重，取值范围：**0**-**100**，默认值：`10`。 |",
                "| Ids | 否 | String | 实例 ID，最多支持`20`个。 |",
            ],
            output: [])
        let patches = """
            {
              "patches": [
                { "reason": "The API takes a number.", "action": "DescribeThings", "input": "Weight", "type": "Integer" },
                { "reason": "The API takes a list.", "action": "DescribeThings", "input": "Ids", "type": "Array of String" }
              ]
            }
            """
        let pages = [
            PageSource(path: "\(Self.folder)/DescribeThings.md", text: action),
            PageSource(path: "\(Self.folder)/patches.json", text: patches),
        ]
        let unpatched = try #require(await ModelBuilder.build([pages[0]]).model.services.first?.actions.first)
        #expect(unpatched.input[0].constraints.maximum == nil)
        #expect(unpatched.input[0].constraints.defaultValue == "10")
        let result = await ModelBuilder.build(pages)
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics)")
        let input = try #require(result.model.services.first?.actions.first).input
        #expect(input[0].type == .integer)
        #expect(input[0].constraints.minimum == 0 && input[0].constraints.maximum == 100)
        #expect(input[0].constraints.defaultValue == "10")
        #expect(input[1].constraints.maxCount == 20)
    }

    @Test func aPatchWithoutReasonOrTargetIsALocatedError() async throws {
        let patches = """
            {
              "patches": [
                { "reason": "", "action": "DescribeThings", "input": "Weight", "type": "Integer" },
                { "reason": "Renamed upstream.", "action": "DescribeThings", "input": "Gone", "type": "Integer" },
                { "reason": "Typo.", "action": "DescribeThings", "input": "Weight", "type": "Arrray of String" }
              ]
            }
            """
        let diagnostics = await ModelBuilder.build(Self.pages(patches: patches)).diagnostics.filter { $0.kind == .patch }
        #expect(diagnostics.map(\.severity) == [.error, .error, .error])
        // Reading problems first (lines 3 and 5), then the patch that matches nothing (line 4).
        #expect(diagnostics.map { $0.location?.line } == [3, 5, 4])
        #expect(diagnostics.allSatisfy { $0.location?.file == "\(Self.folder)/patches.json" })
        #expect(diagnostics[0].message.contains("reason"))
        #expect(diagnostics[1].message.contains("Arrray of String"))
        #expect(diagnostics[2].message.contains("matches nothing"))
    }

    @Test func malformedJSONIsAnError() async {
        let diagnostics = await ModelBuilder.build(Self.pages(patches: "{ not json")).diagnostics
        #expect(diagnostics.contains { $0.kind == .patch && $0.severity == .error && $0.location?.line == 1 })
    }
}
