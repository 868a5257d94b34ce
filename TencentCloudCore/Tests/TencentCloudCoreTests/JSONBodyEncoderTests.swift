import Foundation
import PropertyBased
import Testing

@testable import TencentCloudCore

/// `TencentCloudJSONEncoder` writes the bytes Foundation's `JSONEncoder` writes with `.sortedKeys` and
/// `.withoutEscapingSlashes`, for every shape of value generated code encodes.
struct JSONBodyEncoderTests {
    /// A JSON-shaped value that encodes through every kind of container.
    indirect enum Tree: Encodable {
        case null
        case bool(Bool)
        case integer(Int64)
        case unsigned(UInt64)
        case number(Double)
        case string(String)
        case array([Tree])
        case object([String: Tree])
        /// Members written through `encodeIfPresent` like synthesized code writes optionals.
        case record(Record)

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .null:
                var container = encoder.singleValueContainer()
                try container.encodeNil()
            case .bool(let value): try value.encode(to: encoder)
            case .integer(let value): try value.encode(to: encoder)
            case .unsigned(let value): try value.encode(to: encoder)
            case .number(let value): try value.encode(to: encoder)
            case .string(let value): try value.encode(to: encoder)
            case .array(let elements): try elements.encode(to: encoder)
            case .object(let members): try members.encode(to: encoder)
            case .record(let record): try record.encode(to: encoder)
            }
        }
    }

    struct Record: Encodable {
        var name: String?
        var port: Int64?
        var weight: Double?
        var tags: [String]?
        var child: [Tree]?

        enum CodingKeys: String, CodingKey {
            case name = "Name"
            case port = "Port"
            case weight = "Weight"
            case tags = "Tags"
            case child = "Child"
        }
    }

    static func foundation(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func streaming(_ value: some Encodable) throws -> String {
        String(decoding: try TencentCloudJSONEncoder().encode(value), as: UTF8.self)
    }

    @Test func generatedStyleRequest() throws {
        let record = Record(name: "lb-1", port: 334, weight: nil, tags: ["a/b", "c\"d"], child: [.integer(-5), .bool(true)])
        #expect(try Self.streaming(record) == Self.foundation(record))
        #expect(try Self.streaming(record) == #"{"Child":[-5,true],"Name":"lb-1","Port":334,"Tags":["a/b","c\"d"]}"#)
    }

    @Test(arguments: [
        "", "plain", "slash/es", "quote\"back\\slash", "tab\tnew\nline\rcarriage", "\u{0}\u{1}\u{8}\u{C}\u{1F}\u{7F}",
        "中文描述", "emoji 🚀", "\u{2028}\u{2029}", "<html>&amp;",
    ])
    func strings(_ text: String) throws {
        #expect(try Self.streaming([text]) == Self.foundation([text]))
        #expect(try Self.streaming([text: text]) == Self.foundation([text: text]))
    }

    /// Every character that needs an escape, at every position of strings of 0 to 40 bytes (the writer looks for
    /// them eight bytes at a time), and bytes that look like them in other lanes (`\u{A2}`, `\u{DC}`, `\u{7F}`).
    @Test func escapesAtEveryPosition() throws {
        let special: [Character] = ["\"", "\\", "\n", "\u{0}", "\u{1F}", "\u{A2}", "\u{DC}", "\u{7F}", " ", "中"]
        for length in 0...40 {
            for position in 0..<max(length, 1) {
                for character in special {
                    var text = String(repeating: "a", count: length)
                    if length > 0 {
                        text = String(text.prefix(position)) + String(character) + String(text.dropFirst(position + 1))
                    }
                    #expect(try Self.streaming([text]) == Self.foundation([text]), "\(length) bytes, \(position)")
                    #expect(try Self.streaming([text: 1]) == Self.foundation([text: 1]), "key of \(length) bytes")
                }
            }
        }
    }

    @Test(arguments: [
        0, 1, -1, 10, 0.1, -2.5, 1e-7, 123456789.125, 1e21, 1e300, Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude,
        -0.0,
    ])
    func numbers(_ number: Double) throws {
        #expect(try Self.streaming([number]) == Self.foundation([number]))
        if Float(number).isFinite { #expect(try Self.streaming([Float(number)]) == Self.foundation([Float(number)])) }
    }

    @Test func integerLimits() throws {
        let values: [Tree] = [.integer(.min), .integer(.max), .integer(0), .unsigned(.max), .unsigned(9), .unsigned(10)]
        #expect(try Self.streaming(values) == Self.foundation(values))
        let small: [Int8] = [.min, .max]
        #expect(try Self.streaming(small) == Self.foundation(small))
    }

    @Test func nonFiniteNumbersAreErrors() {
        #expect(throws: EncodingError.self) { try Self.streaming([Double.nan]) }
        #expect(throws: EncodingError.self) { try Self.streaming(["x": Double.infinity]) }
    }

    @Test func emptyValues() throws {
        struct Nothing: Encodable { func encode(to encoder: any Encoder) throws {} }
        let values: [Tree] = [.array([]), .object([:]), .record(Record())]
        #expect(try Self.streaming(values) == Self.foundation(values))
        #expect(try Self.streaming(["k": Nothing()]) == Self.foundation(["k": Nothing()]))
        // Foundation refuses a top-level value that writes nothing; a request with no members is `{}`.
        #expect(try Self.streaming(Nothing()) == "{}")
    }

    /// Nested containers end where their parent goes on, however deep.
    @Test func nestedContainers() throws {
        struct Nested: Encodable {
            enum Key: String, CodingKey { case b, a, c }
            func encode(to encoder: any Encoder) throws {
                var outer = encoder.container(keyedBy: Key.self)
                var inner = outer.nestedContainer(keyedBy: Key.self, forKey: .b)
                try inner.encode(1, forKey: .c)
                var list = inner.nestedUnkeyedContainer(forKey: .a)
                try list.encode("x")
                var deeper = list.nestedContainer(keyedBy: Key.self)
                try deeper.encode(true, forKey: .a)
                try list.encode("y")
                try outer.encode([2, 3], forKey: .a)
                var again = encoder.container(keyedBy: Key.self)
                try again.encodeNil(forKey: .c)
            }
        }
        #expect(try Self.streaming(Nested()) == Self.foundation(Nested()))
        #expect(try Self.streaming(Nested()) == #"{"a":[2,3],"b":{"a":["x",{"a":true},"y"],"c":1},"c":null}"#)
    }

    /// Objects nested deeper and wider than the writer first makes room for (frames, open members and bytes all
    /// grow while the members of every open object wait to be sorted), in the dictionaries' order.
    @Test func deepAndWideValuesMatchFoundation() throws {
        for (depth, width) in [(1, 100), (40, 1), (20, 12), (12, 40)] {
            var tree = Tree.array([.integer(1), .string("leaf")])
            for level in 0..<depth {
                var members: [String: Tree] = [:]
                for member in 0..<width { members["K\(level)-\(999 - member)"] = .integer(Int64(member)) }
                members["K\(level)-000"] = tree
                tree = .array([.object(members), .null])
            }
            #expect(try Self.streaming(tree) == Self.foundation(tree))
        }
    }

    /// Random trees of every kind, keys drawn so that many share prefixes and differ in case, digits and
    /// punctuation (the orders that could differ between byte order and other comparisons).
    @Test func randomTreesMatchFoundation() throws {
        var generator = Xoshiro(seed: (0x5EED, 0x9E37_79B9_7F4A_7C15, 0xBF58_476D_1CE4_E5B9, 0x94D0_49BB_1331_11EB))
        for _ in 0..<500 {
            let tree = Self.randomTree(depth: 0, using: &generator)
            #expect(try Self.streaming(tree) == Self.foundation(tree))
        }
    }

    static let keyParts = ["Id", "id", "ID", "Name", "name", "A", "a", "B", "_", "-", "1", "2", "10", "Z", "z", "Vpc", "VpcId"]

    static func randomTree(depth: Int, using generator: inout Xoshiro) -> Tree {
        let kind = Int.random(in: 0..<(depth > 3 ? 6 : 9), using: &generator)
        switch kind {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2: return .integer(Int64.random(in: .min ... .max, using: &generator))
        case 3: return .number(Double.random(in: -1e6...1e6, using: &generator).rounded() / 8)
        case 4:
            return .string(
                String(
                    (0..<Int.random(in: 0..<6, using: &generator)).map { _ in "aZ0/\"\\\n中 ".randomElement(using: &generator)! }))
        case 5: return .unsigned(UInt64.random(in: 0 ... .max, using: &generator))
        case 6:
            return .array(
                (0..<Int.random(in: 0..<4, using: &generator)).map { _ in randomTree(depth: depth + 1, using: &generator) })
        case 7:
            var members: [String: Tree] = [:]
            for _ in 0..<Int.random(in: 0..<6, using: &generator) {
                let key = (0..<Int.random(in: 1...3, using: &generator)).map { _ in keyParts.randomElement(using: &generator)! }
                    .joined()
                members[key] = randomTree(depth: depth + 1, using: &generator)
            }
            return .object(members)
        default:
            return .record(
                Record(
                    name: Bool.random(using: &generator) ? "n" : nil, port: Bool.random(using: &generator) ? 80 : nil,
                    weight: Bool.random(using: &generator) ? 0.5 : nil, tags: Bool.random(using: &generator) ? ["t"] : nil,
                    child: Bool.random(using: &generator) ? [randomTree(depth: depth + 1, using: &generator)] : nil))
        }
    }
}

/// A thread's encoder is reused for its next body when nothing else holds it, and never carries anything over.
struct JSONEncoderReuseTests {
    /// A value whose encoding keeps the encoder it is given.
    final class Keeper: Encodable, @unchecked Sendable {
        var kept: (any Encoder)?
        func encode(to encoder: any Encoder) throws {
            kept = encoder
            var container = encoder.container(keyedBy: TencentCloudCodingKey.self)
            try container.encode("kept", forKey: "Value")
        }
    }

    /// A value that encodes its members through `superEncoder`, an encoder sharing the body's writer.
    struct Super: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: TencentCloudCodingKey.self)
            try "inner".encode(to: container.superEncoder(forKey: "Inner"))
        }
    }

    /// Encodes with this thread's spare encoder; returns which encoder it was.
    static func identity(of encode: (JSONStreamEncoder) throws -> Void) rethrows -> ObjectIdentifier {
        try JSONStreamEncoder.withSpare { encoder in
            try encode(encoder)
            return ObjectIdentifier(encoder)
        }
    }

    @Test func encoderIsReusedAndStartsEmpty() throws {
        let first = try Self.identity { try $0.encodeValue(["a": 1]) }
        #expect(JSONStreamEncoder.spare.map(ObjectIdentifier.init) == first)
        var writtenBefore = -1
        let second = try Self.identity { encoder in
            writtenBefore = encoder.writer.count
            try encoder.encodeValue(["b": 2])
        }
        #expect(first == second)
        #expect(writtenBefore == 0)
    }

    /// An encoding that fails halfway leaves open containers behind; the next body is whole anyway.
    @Test func failedEncodingLeavesNothingBehind() throws {
        let broken: [String: [String: Double]] = ["a": ["b": 1, "c": .nan]]
        #expect(throws: EncodingError.self) { try TencentCloudJSONEncoder().encode(broken) }
        let value: [String: [Int]] = ["z": [1, 2], "y": []]
        #expect(try JSONBodyEncoderTests.streaming(value) == JSONBodyEncoderTests.foundation(value))
    }

    /// An encoder kept by the value it encoded, or whose writer a nested encoder shares, is not kept for the next
    /// body; nor is one whose writer grew past what is kept.
    @Test func heldOrGrownEncodersAreNotKept() throws {
        let large = [String](repeating: String(repeating: "x", count: 1000), count: 2 * JSONByteWriter.keptCapacity / 1000)
        let keeper = Keeper()
        let cases: [(String, any Encodable)] = [("kept", keeper), ("superEncoder", Super()), ("large", large)]
        for (name, value) in cases {
            _ = try Self.identity { try $0.encodeValue(["a": 1]) }
            #expect(JSONStreamEncoder.spare != nil)
            _ = try Self.identity { try $0.encodeValue(value) }
            #expect(JSONStreamEncoder.spare == nil, "\(name)")
        }
        #expect(keeper.kept != nil)
        #expect(try JSONBodyEncoderTests.streaming(Super()) == JSONBodyEncoderTests.foundation(Super()))
        #expect(try TencentCloudJSONEncoder().encode(large).count > JSONByteWriter.keptCapacity)
    }

    /// A value that encodes another body while its own is being written (its thread's spare encoder is in use).
    struct Reentrant: Encodable {
        func encode(to encoder: any Encoder) throws {
            let inner = try TencentCloudJSONEncoder().encode(["Inner": [1, 2]])
            var container = encoder.container(keyedBy: TencentCloudCodingKey.self)
            try container.encode(String(decoding: inner, as: UTF8.self), forKey: "Body")
            try container.encode(true, forKey: "After")
        }
    }

    /// An encoding started inside another gets an encoder of its own, and both bodies are whole.
    @Test func encodingInsideAnEncodingIsIndependent() throws {
        _ = try Self.identity { try $0.encodeValue(["a": 1]) }
        let outer = try JSONBodyEncoderTests.streaming(["Value": Reentrant()])
        #expect(outer == #"{"Value":{"After":true,"Body":"{\"Inner\":[1,2]}"}}"#)
        #expect(outer == (try JSONBodyEncoderTests.foundation(["Value": Reentrant()])))
        #expect(try JSONBodyEncoderTests.streaming([3]) == "[3]")
    }

    /// Many tasks encoding at once, each on whatever thread runs it, get their own bodies.
    @Test func concurrentEncodingsAreIndependent() async throws {
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for task in 0..<16 {
                group.addTask {
                    for index in 0..<300 {
                        let value = ["Task": [task], "Index": [index], "Pad": Array(repeating: index, count: index % 7)]
                        let body = try TencentCloudJSONEncoder().encode(value)
                        if String(decoding: body, as: UTF8.self) != (try JSONBodyEncoderTests.foundation(value)) { return false }
                    }
                    return true
                }
            }
            for try await ok in group { #expect(ok) }
        }
    }
}
