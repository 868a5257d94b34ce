import DocModel
import PropertyBased
import SwiftParser
import SwiftSyntax
import Testing

@testable import SwiftGenerator

/// Properties of the naming helpers for any wire name: ASCII letters and digits, punctuation, CJK text.
struct NamingPropertyTests {
    /// Wire names as pages spell them, and worse: printable ASCII, CJK, control characters.
    static let wireNames = Gen<Character>.oneOf(
        Gen.letterOrNumber,
        Gen.character(in: " "..."~"),
        Gen.character(in: "一"..."龥"),
        Gen.character(in: "\u{0}"..."\u{1F}")
    )
    .string(of: 0...16)

    /// Whether `source` parses with SwiftParser without an error.
    static func parses(_ source: String) -> Bool {
        !Parser.parse(source: source).hasError
    }

    @Test func propertyNamesAreValidStableIdentifiers() async {
        await propertyCheck(count: 500, input: Self.wireNames) { wire in
            let name = SwiftNaming.propertyName(wire)
            let plain = SwiftNaming.lowerCamelCase(wire)
            #expect(plain.unicodeScalars.allSatisfy { $0.isASCII })
            #expect(
                Self.parses("struct S { var \(name): Int; init(\(name): Int) { self.\(name) = \(name) } }"), "\(wire) → \(name)")
            #expect(SwiftNaming.lowerCamelCase(plain) == plain, "lowerCamelCase is idempotent for \(wire)")
            #expect(!SwiftNaming.unusableMemberNames.contains(plain))
        }
    }

    /// A word set's bit table never lets a word through, and says no more than the set: the keywords and the
    /// unusable member names against their own sets, for their words, their case and length variants, and any name.
    @Test func wordSetsTellWhatTheirSetsTell() async {
        for set in [SwiftNaming.unusableMemberNames, SwiftKeywords.reserved] {
            for word in set.words {
                #expect(set.contains(word), "\(word)")
                for other in [word.uppercased(), word.lowercased(), word + "s", String(word.dropLast()), "_" + word, ""] {
                    #expect(set.contains(other) == set.words.contains(other), "\(other)")
                }
            }
            await propertyCheck(count: 500, input: Self.wireNames) { name in
                #expect(set.contains(name) == set.words.contains(name), "\(name)")
            }
            #expect(!set.contains(String(repeating: "s", count: 70)))
        }
        let long: WordSet = ["a", String(repeating: "b", count: 64), String(repeating: "b", count: 80)]
        #expect(long.contains(String(repeating: "b", count: 80)) && !long.contains(String(repeating: "b", count: 70)))
    }

    /// Byte order over the contiguous bytes is the UTF-8 views' order, prefixes and long names included.
    @Test func utf8OrderIsTheViewsOrder() async {
        await propertyCheck(count: 1000, input: zip(Self.wireNames, Self.wireNames)) { pair in
            let (first, second) = pair
            let cases: [(String, String)] = [
                (first, second), (first, first + second), (first + "\u{E9}", first + "e\u{301}"),
            ]
            for (a, b) in cases {
                #expect(a.utf8Precedes(b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) \(b)")
                #expect(b.utf8Precedes(a) == b.utf8.lexicographicallyPrecedes(a.utf8), "\(b) \(a)")
            }
        }
        #expect(!"".utf8Precedes("") && "".utf8Precedes("a") && "Zz".utf8Precedes("a"))
    }

    /// A name that is one word takes a shorter way; a separator in front of it (which separates no words) takes the
    /// general one, and both give the same name.
    @Test func oneWordNamesAreNamedAsByWords() async {
        let words = Gen<Character>.oneOf(Gen.letterOrNumber, Gen.character(in: "A"..."Z"), Gen.character(in: "0"..."9"))
            .string(of: 0...12)
        await propertyCheck(count: 1000, input: words) { word in
            #expect(SwiftNaming.lowerCamelCase(word) == SwiftNaming.lowerCamelCase("_" + word), "\(word)")
        }
        for word in ["SSLMode", "URL", "VpcId", "eniIp", "Self", "self", "Type", "init", "A", "ID", "IPv6Address", "x1", "1x"] {
            #expect(SwiftNaming.lowerCamelCase(word) == SwiftNaming.lowerCamelCase("_" + word), "\(word)")
        }
    }

    @Test func enumerationCaseNamesAreValidStableIdentifiers() async {
        await propertyCheck(count: 500, input: Self.wireNames) { value in
            let plain = SwiftNaming.caseName(value)
            let name = SwiftNaming.escaped(plain)
            #expect(plain.unicodeScalars.allSatisfy { $0.isASCII })
            #expect(Self.parses("struct S { static let \(name) = S() }\nlet x = S.\(name)"), "\(value) → \(name)")
            // A value in capitals never gives a run of capitals: its words read as words.
            if !value.unicodeScalars.contains(where: { ("a"..."z").contains($0) }) {
                let scalars = Array(plain.unicodeScalars)
                #expect(!zip(scalars, scalars.dropFirst()).contains { ("A"..."Z").contains($0) && ("A"..."Z").contains($1) })
            }
        }
    }

    @Test func distinctListedValuesGiveDistinctCasesOrNoEnumeration() async {
        await propertyCheck(count: 300, input: Self.wireNames.array(of: 2...8)) { values in
            let location = SourceLocation(file: "p.md", line: 1, column: 1)
            let parameter = Parameter(
                name: "Mode", type: .string, isRequired: false, description: "",
                constraints: Constraints(allowedValues: values.map { AllowedValue(value: $0, description: "") }),
                location: location)
            guard let cases = EnumerationPlan.cases(for: parameter) else { return }
            #expect(Set(cases.map(\.name)).count == cases.count, "\(values)")
            #expect(Set(cases.map(\.value)) == Set(values))
        }
    }

    /// Members with random names listing random value sets (from a small pool, so sets repeat in any order): one
    /// enumeration type per distinct set, shared by every member listing it, each type name distinct, free of the
    /// service's other type names, and a valid identifier.
    @Test func oneEnumerationTypePerDistinctValueSet() async {
        let names = ["Type", "NodeType", "Mode", "Zones", "Status", "Protocol", "Kind"]
        let sets = [["A", "B"], ["B", "A"], ["A", "B", "C"], ["X", "Y"], ["POSTPAID_BY_HOUR", "PREPAID"]]
        let owners = ["Node", "Instance", "CreateThingRequest", "DescribeThingsResponse"]
        let member = zip(Gen.int(in: 0...names.count - 1), Gen.int(in: 0...sets.count - 1), Gen.int(in: 0...owners.count - 1))
        await propertyCheck(count: 200, input: member.array(of: 1...10)) { members in
            let location = SourceLocation(file: "p.md", line: 1, column: 1)
            let uses = members.map { nameIndex, setIndex, ownerIndex in
                let (name, values, owner) = (names[nameIndex], sets[setIndex], owners[ownerIndex])
                return EnumerationTable.Use(
                    owner: owner,
                    parameter: Parameter(
                        name: name, type: name == "Zones" ? .array(.string) : .string, isRequired: false, description: "",
                        constraints: Constraints(allowedValues: values.map { AllowedValue(value: $0, description: "") }),
                        location: location))
            }
            let taken: Set<String> = ["Node", "Instance", "Type", "Protocol"]
            let table = EnumerationTable(members: uses.map { ($0.owner, [$0.parameter]) }, taken: taken)
            for (first, second) in zip(uses, uses.dropFirst()) {
                let same =
                    Set(first.parameter.constraints.allowedValues.map(\.value))
                    == Set(second.parameter.constraints.allowedValues.map(\.value))
                #expect((table.plan(for: first.parameter)?.typeName == table.plan(for: second.parameter)?.typeName) == same)
            }
            let typeNames = table.all.map(\.typeName)
            #expect(Set(typeNames).count == typeNames.count, "\(typeNames)")
            #expect(Set(typeNames).isDisjoint(with: taken))
            #expect(table.all.count == Set(uses.map { Set($0.parameter.constraints.allowedValues.map(\.value)) }).count)
            for name in typeNames { #expect(Self.parses("struct \(name) {}"), "\(name)") }
        }
    }

    @Test func typeNamesAreValidIdentifiers() async {
        await propertyCheck(count: 500, input: Self.wireNames) { wire in
            let name = SwiftNaming.typeName(wire)
            #expect(Self.parses("struct \(name) {}\nlet x: \(name)? = nil"), "\(wire) → \(name)")
            #expect(SwiftNaming.upperCamelCase(SwiftNaming.upperCamelCase(wire)) == SwiftNaming.upperCamelCase(wire))
        }
    }

    @Test func membersOfOneTypeNeverCollide() async {
        await propertyCheck(count: 300, input: Self.wireNames.array(of: 1...12)) { wires in
            let location = SourceLocation(file: "p.md", line: 1, column: 1)
            let parameters = wires.map {
                Parameter(name: $0, type: .string, isRequired: false, description: "", location: location)
            }
            let service = Service(name: "demo", version: "2020-01-01", host: "demo.tencentcloudapi.com", actions: [], structs: [])
            let names = TypeNameTable(service: service, module: "TencentCloudDEMO", serviceType: "DEMO")
            let enumerations = EnumerationTable(members: [("DemoRequest", parameters)], taken: names.taken)
            let plans = MemberPlan.plans(for: parameters, names: names, enumerations: enumerations)
            #expect(Set(plans.map(\.plainName)).count == plans.count, "\(wires)")
            let body = plans.map { "var \($0.name): String?" }.joined(separator: "\n")
            #expect(Self.parses("struct DemoRequest {\n\(body)\n}"))
        }
    }

    @Test func acronymsLowercaseAsOneWord() async {
        await propertyCheck(count: 200, input: Gen.uppercaseLetter.string(of: 1...6), Gen.lowercaseLetter.string(of: 1...6)) {
            acronym, rest in
            // `VPC` + `Id` → `vpcId`: the acronym's last capital starts the next word.
            let wire = acronym + "X" + rest
            #expect(SwiftNaming.lowerCamelCase(wire) == acronym.lowercased() + "X" + rest)
            #expect(SwiftNaming.lowerCamelCase(acronym) == acronym.lowercased())
        }
    }

    @Test func docCommentLinesNeverCarryHiddenCharacters() async {
        let text = Gen<Character>.oneOf(
            Gen.letterOrNumber,
            Gen.character(in: "一"..."龥"),
            Gen.character(in: "\u{0}"..."\u{1F}"),
            Gen.character(in: "\u{7F}"..."\u{9F}"),
            Gen.character(in: "\u{2000}"..."\u{206F}"),
            Gen.character(in: "\u{FEFF}"..."\u{FEFF}")
        )
        .string(of: 0...40)
        await propertyCheck(count: 500, input: text) { text in
            let lines = DocCommentText.lines(text)
            #expect(lines.allSatisfy { line in line.unicodeScalars.allSatisfy(DocCommentText.isAllowed) }, "\(lines)")
            #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
            let kept = String(String.UnicodeScalarView(text.unicodeScalars.filter { DocCommentText.isAllowed($0) || $0 == "\n" }))
            let visible = lines.joined().filter { $0 != " " }
            #expect(visible == kept.filter { $0 != " " && $0 != "\n" }, "\(text.unicodeScalars.map(\.value))")
        }
    }
}

/// The naming rules as first written, on Unicode scalars: the byte-level helpers must agree with them for any
/// text, since a non-ASCII character's UTF-8 bytes separate words as the character does.
struct NamingReferenceTests {
    private static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func lowerLeadingAcronym(_ word: String) -> String {
        let scalars = Array(word.unicodeScalars)
        let upperRun = scalars.prefix { ("A"..."Z").contains($0) }.count
        let lowered = upperRun == scalars.count || upperRun <= 1 ? upperRun : upperRun - 1
        var result = String(String.UnicodeScalarView(scalars[..<lowered])).lowercased()
        result.unicodeScalars.append(contentsOf: scalars[lowered...])
        return result
    }

    private static func startsWithDigit(_ text: String) -> Bool {
        text.unicodeScalars.first?.properties.numericType != nil
    }

    static func lowerCamelCase(_ wireName: String) -> String {
        let words = words(wireName)
        guard let first = words.first else { return "_" }
        var result = lowerLeadingAcronym(first)
        for word in words.dropFirst() { result += word.prefix(1).uppercased() + word.dropFirst() }
        if startsWithDigit(result) { result = "_" + result }
        if SwiftNaming.unusableMemberNames.contains(result) { result = "_" + result }
        return result
    }

    static func caseName(_ value: String) -> String {
        var result = ""
        for word in words(value) {
            let shouting = !word.unicodeScalars.contains { ("a"..."z").contains($0) }
            let normal = shouting ? word.lowercased() : word
            if result.isEmpty {
                result = shouting ? normal : lowerLeadingAcronym(normal)
            } else if startsWithDigit(normal) {
                result += "_" + normal
            } else {
                result += normal.prefix(1).uppercased() + normal.dropFirst()
            }
        }
        guard !result.isEmpty else { return "_" }
        if startsWithDigit(result) { result = "_" + result }
        if SwiftNaming.unusableMemberNames.contains(result) { result = "_" + result }
        return result
    }

    static func upperCamelCase(_ wireName: String) -> String {
        var result = words(wireName).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        if result.isEmpty { result = "_" }
        if startsWithDigit(result) { result = "_" + result }
        return result
    }

    static func serviceTypeName(_ serviceName: String) -> String {
        var result = words(serviceName).map { $0.uppercased() }.joined()
        if result.isEmpty { result = "Service" }
        if startsWithDigit(result) { result = "_" + result }
        return result
    }

    /// Names as the pages spell them, in every shape the rules distinguish.
    static let samples = [
        "", "LoadBalancerId", "SSLMode", "URL", "VpcId", "eniIp", "POSTPAID_BY_HOUR", "RENEW_FLAG_AUTO", "PrePaid",
        "ES.S1.2XLARGE32", "1", "self", "Self", "init", "Type", "cert_info", "2xx", "a1_b2", "实例ID", "ID实例Name",
        "Ünïcode_Näme", "x\u{0}y", "ÅB", "ＡＢＣ", "k8s-Cluster", "HTTPSProxy", "IPv6", "_private", "default", "S3",
    ]

    @Test(arguments: samples) func agreesOnSamples(_ name: String) {
        #expect(SwiftNaming.lowerCamelCase(name) == Self.lowerCamelCase(name))
        #expect(SwiftNaming.caseName(name) == Self.caseName(name))
        #expect(SwiftNaming.upperCamelCase(name) == Self.upperCamelCase(name))
        #expect(SwiftNaming.serviceTypeName(name) == Self.serviceTypeName(name))
    }

    @Test func agreesOnAnyText() async {
        let text = Gen<Character>.oneOf(
            Gen.letterOrNumber, Gen.character(in: " "..."~"), Gen.character(in: "\u{80}"..."\u{24F}"),
            Gen.character(in: "一"..."龥"), Gen.character(in: "\u{FF00}"..."\u{FFEF}")
        )
        .string(of: 0...20)
        await propertyCheck(count: 2_000, input: text) { name in
            #expect(SwiftNaming.lowerCamelCase(name) == Self.lowerCamelCase(name), "\(name)")
            #expect(SwiftNaming.caseName(name) == Self.caseName(name), "\(name)")
            #expect(SwiftNaming.upperCamelCase(name) == Self.upperCamelCase(name), "\(name)")
            #expect(SwiftNaming.serviceTypeName(name) == Self.serviceTypeName(name), "\(name)")
        }
    }
}
