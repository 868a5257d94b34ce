import Foundation
import PropertyBased
import Testing

@testable import TencentCloudCore

/// `TencentCloudMemberEncoder`, what every generated `encodeMembers(to:)` writes through, gives the same JSON
/// straight into the body (`TencentCloudJSONEncoder`, whether it reaches the value through `encodeMembers(to:)` or
/// through `encode(to:)`) as through any other encoder's keyed container (Foundation's).
struct MemberEncoderTests {
    struct ListenerProtocol: TencentCloudEnumeration {
        var rawValue: String
        init(rawValue: String) { self.rawValue = rawValue }
        static let knownValues: [ListenerProtocol] = ["TCP", "UDP"]
    }

    /// A data structure with a member of every kind the overloads take, written as the generator writes one
    /// (keys in byte order) or, with `shuffled`, in another order.
    struct Record: TencentCloudValue {
        var name: String
        var port: Int64?
        var weight: Double?
        var enabled: Bool?
        var created: TencentCloudTimestamp?
        var protocolValue: ListenerProtocol?
        var tags: [String]?
        var ports: [Int64]?
        var children: [Record]?
        var labels: [String: Int64]?
        var next: Indirect<Record>?
        var shuffled = false

        func encodeMembers(to container: TencentCloudMemberEncoder) throws {
            if shuffled {
                try container.encodeIfPresent(self.tags, forKey: "Tags")
                try container.encode(self.name, forKey: "Name")
                try container.encodeIfPresent(self.children, forKey: "Children")
            }
            try container.encodeIfPresent(self.children.map { _ in 1 as Int64 }, forKey: "ChildCount")
            if !shuffled { try container.encodeIfPresent(self.children, forKey: "Children") }
            try container.encodeIfPresent(self.created, forKey: "Created")
            try container.encodeIfPresent(self.enabled, forKey: "Enabled")
            try container.encodeIfPresent(self.labels, forKey: "Labels")
            if !shuffled { try container.encode(self.name, forKey: "Name") }
            try container.encodeIfPresent(self.next, forKey: "Next")
            try container.encodeIfPresent(self.port, forKey: "Port")
            try container.encodeIfPresent(self.ports, forKey: "Ports")
            try container.encodeIfPresent(self.protocolValue, forKey: "Protocol")
            if !shuffled { try container.encodeIfPresent(self.tags, forKey: "Tags") }
            try container.encodeIfPresent(self.weight, forKey: "Weight")
        }
    }

    static func random(depth: Int, using generator: inout Xoshiro) -> Record {
        func maybe<T>(_ value: @autoclosure () -> T) -> T? { Bool.random(using: &generator) ? value() : nil }
        let texts = ["", "lb-1", "a/b", "quote\"", "中文", "tab\t"]
        return Record(
            name: texts.randomElement(using: &generator)!,
            port: maybe(Int64.random(in: .min ... .max, using: &generator)),
            weight: maybe(Double(Int.random(in: -1000...1000, using: &generator)) / 8),
            enabled: maybe(Bool.random(using: &generator)),
            created: maybe(TencentCloudTimestamp(rawValue: "2024-01-02 03:04:05")),
            protocolValue: maybe(ListenerProtocol(rawValue: ["TCP", "QUIC"].randomElement(using: &generator)!)),
            tags: maybe(texts.shuffled(using: &generator).prefix(Int.random(in: 0...3, using: &generator)).map { $0 }),
            ports: maybe(
                (0..<Int.random(in: 0...3, using: &generator)).map { _ in Int64.random(in: .min ... .max, using: &generator) }),
            children: depth < 2
                ? maybe((0..<Int.random(in: 0...2, using: &generator)).map { _ in random(depth: depth + 1, using: &generator) })
                : nil,
            labels: maybe(["b": 2, "a": 1, "B": 3]),
            next: depth < 2 ? maybe(Indirect(wrappedValue: random(depth: depth + 1, using: &generator))) : nil,
            shuffled: Bool.random(using: &generator))
    }

    @Test func randomRecordsEncodeAlikeThroughEitherPath() throws {
        var generator = Xoshiro(seed: (0x4E3B, 0x9E37_79B9_7F4A_7C15, 0xBF58_476D_1CE4_E5B9, 0x94D0_49BB_1331_11EB))
        for _ in 0..<500 {
            let record = Self.random(depth: 0, using: &generator)
            // The body path, from `encodeMembers(to:)` and from `encode(to:)`, alone, in an array and as a map's
            // value; the keyed-container path through Foundation.
            let members = String(decoding: try TencentCloudJSONEncoder().encode(record), as: UTF8.self)
            #expect(try members == JSONBodyEncoderTests.foundation(record))
            #expect(try JSONBodyEncoderTests.streaming(record) == JSONBodyEncoderTests.foundation(record))
            #expect(try JSONBodyEncoderTests.streaming([record, record]) == JSONBodyEncoderTests.foundation([record, record]))
            #expect(try JSONBodyEncoderTests.streaming(["k": record]) == JSONBodyEncoderTests.foundation(["k": record]))
        }
    }

    @Test func recordsDecodeToWhatWasEncoded() throws {
        var generator = Xoshiro(seed: (0x51D, 0x9E37_79B9_7F4A_7C15, 0xBF58_476D_1CE4_E5B9, 0x94D0_49BB_1331_11EB))
        for _ in 0..<200 {
            let record = Self.random(depth: 0, using: &generator)
            let decoded = try JSONDecoder().decode(Record.self, from: Data(try TencentCloudJSONEncoder().encode(record)))
            #expect(decoded == record)
        }
    }

    @Test func aNonFiniteNumberIsAnErrorOnEitherPath() {
        let record = Record(name: "x", weight: .nan)
        #expect(throws: EncodingError.self) { try TencentCloudJSONEncoder().encode(record) }
        #expect(throws: EncodingError.self) { try TencentCloudJSONEncoder().encode(Record(name: "y", children: [record])) }
        #expect(throws: EncodingError.self) { try JSONBodyEncoderTests.streaming(record) }
        #expect(throws: EncodingError.self) { try JSONBodyEncoderTests.foundation(record) }
    }

    @Test func membersOutOfOrderAreSortedByKey() throws {
        let record = Record(name: "n", tags: ["t"], children: [], shuffled: true)
        #expect(try JSONBodyEncoderTests.streaming(record) == #"{"ChildCount":1,"Children":[],"Name":"n","Tags":["t"]}"#)
    }
}

extension MemberEncoderTests.Record {
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: TencentCloudCodingKey.self)
        self.init(
            name: try container.decode(String.self, forKey: "Name"),
            port: try container.decodeIfPresent(Int64.self, forKey: "Port"),
            weight: try container.decodeIfPresent(Double.self, forKey: "Weight"),
            enabled: try container.decodeIfPresent(Bool.self, forKey: "Enabled"),
            created: try container.decodeIfPresent(TencentCloudTimestamp.self, forKey: "Created"),
            protocolValue: try container.decodeIfPresent(MemberEncoderTests.ListenerProtocol.self, forKey: "Protocol"),
            tags: try container.decodeIfPresent([String].self, forKey: "Tags"),
            ports: try container.decodeIfPresent([Int64].self, forKey: "Ports"),
            children: try container.decodeIfPresent([Self].self, forKey: "Children"),
            labels: try container.decodeIfPresent([String: Int64].self, forKey: "Labels"),
            next: try container.decodeIfPresent(Indirect<Self>.self, forKey: "Next"))
    }
}
