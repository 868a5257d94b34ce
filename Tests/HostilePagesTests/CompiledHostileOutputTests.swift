import Foundation
import TencentCloudHOSTILE
import Testing

/// The crafted pages in `Tests/HostilePages` generate `Tests/HostileGenerated/TencentCloudHOSTILE`, which this
/// target compiles: keywords, shadowing struct names, injection attempts in text and recursive structs all
/// build. These tests check that the code still means what the page says.
struct CompiledHostileOutputTests {
    @Test func keywordNamedMembersKeepTheirWireNames() throws {
        let request = HOSTILE.DescribeHostileRequest(
            _self: "a", _self2: "b", default: "c", type: "d", protocol: "e", _init: 3, foo: "f", foo2: "g")
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(request)) as? [String: Any]
        #expect(json?["self"] as? String == "a")
        #expect(json?["Self"] as? String == "b")
        #expect(json?["default"] as? String == "c")
        #expect(json?["Type"] as? String == "d")
        #expect(json?["Protocol"] as? String == "e")
        #expect(json?["init"] as? Int == 3)
        #expect(json?["Foo"] as? String == "f" && json?["foo"] as? String == "g")
    }

    @Test func shadowingStructsAreRenamedAndSwiftTypesStillWork() throws {
        let error: HOSTILE.ErrorModel = HOSTILE.ErrorModel(code: "E1", message: #""""; fatalError()"#)
        let swiftError: any Swift.Error = CancellationError()
        #expect(error.code == "E1")
        #expect(swiftError is CancellationError)
        let data = HOSTILE.DataModel(bytes: "AAEC")
        let request = HOSTILE.DescribeHostileRequest(error: error, data: [data])
        let json = String(decoding: try JSONEncoder().encode(request), as: UTF8.self)
        #expect(json.contains(#""Error":{"#) && json.contains(#""Data":[{"Bytes":"AAEC"}]"#))
    }

    @Test func recursiveStructsRoundTripThroughJSON() throws {
        let tree = HOSTILE.Node(
            name: "root", child: HOSTILE.Node(name: "kid", child: HOSTILE.Node(name: "grandkid")),
            children: [HOSTILE.Node(name: "sibling")])
        let decoded = try JSONDecoder().decode(HOSTILE.Node.self, from: JSONEncoder().encode(tree))
        #expect(decoded == tree)
        #expect(decoded.child?.child?.name == "grandkid")
        let encoded = String(decoding: try JSONEncoder().encode(HOSTILE.Node(name: "leaf")), as: UTF8.self)
        #expect(encoded == #"{"Name":"leaf"}"#)

        let pair = HOSTILE.A(b: HOSTILE.B(a: HOSTILE.A(weight: 5)), weight: 1)
        #expect(try JSONDecoder().decode(HOSTILE.A.self, from: JSONEncoder().encode(pair)) == pair)
    }

    @Test func validationReachesThroughIndirectMembers() {
        let pair = HOSTILE.A(b: HOSTILE.B(a: HOSTILE.A(weight: 101)))
        #expect(throws: ValidationError.self) { try pair.validate() }
        do {
            try HOSTILE.DescribeHostileRequest(_init: 11, pair: pair).validate()
        } catch {
            #expect(error.problems.map(\.path) == ["_init", "pair.b.a.weight"])
        }
    }

    /// A member the page requires but says may be null decodes from `null` (it is optional when read), while the
    /// initializer still takes a value; a required member without that remark still fails on `null`.
    @Test func aRequiredMemberThatMayBeNullDecodesFromNull() throws {
        let decoded = try JSONDecoder().decode(HOSTILE.Maybe.self, from: Data(#"{"Value": null, "Count": 1}"#.utf8))
        #expect(decoded.value == nil && decoded.count == 1)
        let built = HOSTILE.Maybe(value: "v", count: 2)
        #expect(String(decoding: try JSONEncoder().encode(built), as: UTF8.self).contains(#""Value":"v""#))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(HOSTILE.Maybe.self, from: Data(#"{"Value": "v", "Count": null}"#.utf8))
        }
    }
}
