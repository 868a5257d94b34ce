import Foundation
import PropertyBased
import Testing

@testable import TencentCloudCore

/// Generated types compare and hash by their JSON (`TencentCloudValue`) and code through `TencentCloudCodingKey`.
struct TencentCloudValueTests {
    /// A data structure written as the generator writes one.
    struct Target: TencentCloudModel {
        var port: Int64
        var instanceId: String?
        var weight: Double?
        var tags: [String]?
        var child: [Target]?

        init(port: Int64, instanceId: String? = nil, weight: Double? = nil, tags: [String]? = nil, child: [Target]? = nil) {
            self.port = port
            self.instanceId = instanceId
            self.weight = weight
            self.tags = tags
            self.child = child
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: TencentCloudCodingKey.self)
            self.port = try container.decode(Int64.self, forKey: "Port")
            self.instanceId = try container.decodeIfPresent(String.self, forKey: "InstanceId")
            self.weight = try container.decodeIfPresent(Double.self, forKey: "Weight")
            self.tags = try container.decodeIfPresent([String].self, forKey: "Tags")
            self.child = try container.decodeIfPresent([Target].self, forKey: "Child")
        }

        func encodeMembers(to container: TencentCloudMemberEncoder) throws {
            try container.encodeIfPresent(self.child, forKey: "Child")
            try container.encodeIfPresent(self.instanceId, forKey: "InstanceId")
            try container.encode(self.port, forKey: "Port")
            try container.encodeIfPresent(self.tags, forKey: "Tags")
            try container.encodeIfPresent(self.weight, forKey: "Weight")
        }

        /// Member-by-member equality, as the compiler would synthesize it.
        func sameMembers(as other: Target) -> Bool {
            port == other.port && instanceId == other.instanceId && weight == other.weight && tags == other.tags
                && child?.count == other.child?.count
                && zip(child ?? [], other.child ?? []).allSatisfy { $0.sameMembers(as: $1) }
        }
    }

    static func randomTarget(depth: Int, using generator: inout Xoshiro) -> Target {
        func maybe<T>(_ value: @autoclosure () -> T) -> T? { Bool.random(using: &generator) ? value() : nil }
        return Target(
            port: Int64.random(in: 0...1, using: &generator),
            instanceId: maybe(["ins-1", ""].randomElement(using: &generator)!),
            weight: maybe([0.5, 1e300].randomElement(using: &generator)!),
            tags: maybe((0..<Int.random(in: 0...1, using: &generator)).map { _ in "t" }),
            child: depth < 2 ? maybe([randomTarget(depth: depth + 1, using: &generator)]) : nil)
    }

    /// Over random pairs (half of them the same members rebuilt, some with one changed): `==` agrees with member-by-member
    /// equality, and equal values hash alike.
    @Test func equalityIsMemberByMemberAndHashingAgrees() {
        var generator = Xoshiro(seed: (0x7A1, 0x9E37_79B9_7F4A_7C15, 0xBF58_476D_1CE4_E5B9, 0x94D0_49BB_1331_11EB))
        var equalPairs = 0
        for _ in 0..<2_000 {
            let a = Self.randomTarget(depth: 0, using: &generator)
            var b = Self.randomTarget(depth: 0, using: &generator)
            if Bool.random(using: &generator) {
                // The same members rebuilt, sometimes with one changed.
                b = Target(port: a.port, instanceId: a.instanceId, weight: a.weight, tags: a.tags, child: a.child)
                if Bool.random(using: &generator) { b.weight = b.weight == nil ? 0.5 : nil }
            }
            #expect((a == b) == a.sameMembers(as: b), "\(a) vs \(b)")
            if a == b {
                equalPairs += 1
                #expect(a.hashValue == b.hashValue)
            }
            #expect(a == a)
        }
        #expect(equalPairs > 300)
    }

    @Test func aNilMemberIsAbsentAndSetsAreByValue() {
        #expect(Target(port: 1) != Target(port: 1, tags: []))
        #expect(Target(port: 1, instanceId: "a") != Target(port: 1))
        #expect(Set([Target(port: 1, tags: ["x"]), Target(port: 1, tags: ["x"]), Target(port: 2)]).count == 2)
    }

    /// Non-finite numbers cannot be sent, but values holding them still compare: `.nan` equals `.nan`, and the
    /// JSON text of `-0.0` differs from `0.0` (the documented difference from synthesized equality).
    @Test func nonFiniteAndSignedZero() throws {
        #expect(Target(port: 1, weight: .nan) == Target(port: 1, weight: .nan))
        #expect(Target(port: 1, weight: .infinity) != Target(port: 1, weight: -.infinity))
        #expect(Target(port: 1, weight: .infinity) != Target(port: 1, weight: .nan))
        #expect(Target(port: 1, weight: -0.0) != Target(port: 1, weight: 0.0))
        #expect(throws: EncodingError.self) { try TencentCloudJSONEncoder().encode(Target(port: 1, weight: .nan)) }
    }

    @Test func codingKeysRoundTrip() throws {
        let value = Target(port: 334, instanceId: "ins-1", child: [Target(port: 1, tags: ["a"])])
        let bytes = try TencentCloudJSONEncoder().encode(value)
        #expect(String(decoding: bytes, as: UTF8.self) == #"{"Child":[{"Port":1,"Tags":["a"]}],"InstanceId":"ins-1","Port":334}"#)
        #expect(try JSONDecoder().decode(Target.self, from: Data(bytes)) == value)
        #expect(TencentCloudCodingKey(intValue: 0) == nil)
        #expect(TencentCloudCodingKey(stringValue: "Port") == "Port")
    }
}
