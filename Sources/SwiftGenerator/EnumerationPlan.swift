import DocModel

/// How a string parameter whose page lists its values becomes a nested ``TencentCloudEnumeration`` struct.
struct EnumerationPlan {
    /// One listed value.
    struct Case {
        /// The static member's name (`tcp`).
        var name: String
        /// The wire text (`TCP`).
        var value: String
        /// What the page says it means.
        var description: String
    }

    /// The nested type's name (`Protocol` becomes `ProtocolValue` where the plain name is taken).
    var typeName: String
    /// The listed values, in page order.
    var cases: [Case]

    /// The plan for `parameter`, or `nil` when it should stay a `String`: it is not a string (or an array of
    /// strings), lists fewer than two values, or the values do not give distinct Swift names.
    static func plan(for parameter: Parameter, takenTypeNames: Set<String>) -> EnumerationPlan? {
        guard parameter.type == .string || parameter.type == .array(.string) else { return nil }
        let values = parameter.constraints.allowedValues
        guard values.count >= 2, Set(values.map(\.value)).count == values.count else { return nil }
        var cases: [Case] = []
        var names: Set<String> = []
        for value in values {
            guard !value.value.isEmpty, value.value.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 })
            else { return nil }
            let name = SwiftNaming.caseName(value.value)
            guard !name.allSatisfy({ $0 == "_" }), names.insert(name).inserted, !reservedMemberNames.contains(name)
            else { return nil }
            cases.append(Case(name: SwiftNaming.escaped(name), value: value.value, description: value.description))
        }
        var typeName = SwiftNaming.upperCamelCase(parameter.name)
        while takenTypeNames.contains(typeName) || SwiftKeywords.needsEscaping(typeName) || typeName.hasPrefix("_") {
            typeName += "Value"
        }
        return EnumerationPlan(typeName: typeName, cases: cases)
    }

    /// Names the enumeration protocol already gives its conforming types.
    private static let reservedMemberNames: Set<String> = [
        "rawValue", "knownValues", "isKnown", "description", "hashValue", "init", "self", "Type",
    ]
}
