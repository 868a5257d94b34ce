import DocModel
import PropertyBased
import Testing

@testable import DocParser

/// An example's code blocks become values once, in the parser: the generator and the checks read only these.
struct ExampleReaderTests {
    @Test func getURLBecomesQueryItemsWithoutTheCommonParameters() {
        let request = ExampleReader.request(
            "https://x/?Action=A\n&Targets.0.Port=1\n&Key=-----BEGIN\nAB==\n&Name=a%20b&SignatureMethod=HmacSHA256\n&<公共请求参数>")
        #expect(
            request
                == .query([
                    .init(name: "Targets.0.Port", value: "1"), .init(name: "Key", value: "-----BEGIN\nAB=="),
                    .init(name: "Name", value: "a b"),
                ]))
        #expect(request.parameterNames == ["Targets", "Key", "Name"])
    }

    @Test func postBodyBecomesAJSONObjectWithIntegersApart() async {
        let request = ExampleReader.request(
            "POST / HTTP/1.1\nHost: x\nX-TC-Action: A\n\n{\"B\": 1, \"A\": {\"C\": 2.5}, \"Region\": \"ap-guangzhou\"}")
        #expect(request == .json(["B": .integer(1), "A": .object(["C": .number(2.5)])]))
        #expect(request.parameterNames == ["A", "B"])
        #expect(ExampleReader.request("POST / HTTP/1.1\n\n{\"A\": ") == .invalidJSON)
        #expect(ExampleReader.request("POST / HTTP/1.1") == .unrecognized)
    }

    @Test func outputIsItsResponseObject() {
        #expect(
            ExampleReader.response(#"{"Response": {"RequestId": "r", "Ok": true, "Items": [null]}}"#)
                == .object(["RequestId": .string("r"), "Ok": .bool(true), "Items": .array([.null])]))
        #expect(ExampleReader.response(#"{"Result": {}}"#) == .unreadable)
        #expect(ExampleReader.response(#"{"Response": {"Error": {"Code": "X"}}}"#).isError)
    }

    @Test func actionPagesCarryTheirExamplesAsValues() async throws {
        let page = try PageFixtures.specsPage("clb/2018-03-17/DeregisterTargets.md")
        let result = await ModelBuilder.build([PageSource(path: "specs/clb/2018-03-17/DeregisterTargets.md", text: page)])
        let example = try #require(result.model.services.first?.actions.first?.examples.first)
        guard case .query(let items)? = example.request else {
            Issue.record("the seed's example is a GET URL: \(String(describing: example.request))")
            return
        }
        #expect(items.map(\.name) == ["LoadBalancerId", "ListenerId", "Targets.0.InstanceId", "Targets.0.Port"])
        guard case .object(let response)? = example.response else {
            Issue.record("the seed's output has a Response object")
            return
        }
        #expect(response["RequestId"] != nil)
    }
}

/// What a listed value says about how something ended is read once, in either language.
struct ValueOutcomeTests {
    @Test(arguments: [
        ("0：成功", AllowedValue.Outcome.success), ("1：失败", .failure), ("2：运行中", nil), ("SUCCESS: Succeeded", .success),
        ("FAILED: Failed", .failure), ("Running", nil), ("部分成功部分失败", .failure),
    ])
    func outcome(description: String, expected: AllowedValue.Outcome?) {
        #expect(ConstraintReader.outcome(of: description) == expected)
    }

    /// Lowering only the ASCII letters reads the outcome words as lowering every letter does, whatever else the text
    /// holds: letters that lower to ASCII (`İ`, the Kelvin sign), fullwidth letters, Chinese, combining marks.
    @Test func outcomeReadsAsWithEveryLetterLowered() async {
        let pieces = [
            "f", "a", "i", "l", "F", "A", "I", "L", "İ", "\u{212A}", "s", "u", "c", "e", "d", "S", "U", "C", "E", "D",
            "Ｆ", "失败", "成功", "\u{307}", " ", "x",
        ]
        await propertyCheck(count: 2000, input: Gen.int(in: 0...pieces.count - 1).array(of: 0...12)) { choice in
            let text = choice.map { pieces[$0] }.joined()
            let lowered = text.lowercased()
            let expected: AllowedValue.Outcome? =
                lowered.containsBytes("失败") || lowered.containsBytes("fail")
                ? .failure
                : lowered.containsBytes("成功") || lowered.containsBytes("success") || lowered.containsBytes("succeed")
                    ? .success : nil
            #expect(ConstraintReader.outcome(of: text) == expected, "\(text)")
        }
    }
}
