import DocModel

/// Emits the service's enumeration types (``EnumerationTable``), each a ``TencentCloudEnumeration`` struct: a
/// static member per listed value and `knownValues`; any other wire text still decodes.
struct EnumerationEmitter {
    var plan: EnumerationPlan
    var access: String

    /// How many users the doc comment names before it counts the rest.
    static let namedUsers = 3

    func emit(into writer: inout CodeWriter) {
        var users = plan.users.prefix(Self.namedUsers).map { "`\($0)`" }
        let rest = plan.users.count - users.count
        if rest > 0 { users.append("\(rest) more") }
        let list = users.count == 1 ? users[0] : users.dropLast().joined(separator: ", ") + " and " + users[users.count - 1]
        writer.docComment("The values the pages list for \(list); other values still decode.")
        writer.block("\(access) struct \(plan.typeName): \(Constants.Conformance.enumeration)") { body in
            Self.emitValues(
                plan.cases.map { ($0.name, $0.value, $0.description) }, of: plan.typeName, access: access, into: &body)
            body.line()
            let list = plan.cases.map { ".\($0.name)" }.joined(separator: ", ")
            body.line("\(access) static let knownValues: [\(plan.typeName)] = [\(list)]")
        }
    }

    /// What every open enumeration struct holds (these and the service error's codes): `rawValue`,
    /// `init(rawValue:)` and a static member per value, documented with what the page says it means. The
    /// protocol's requirements keep the protocol's documentation.
    static func emitValues(
        _ values: [(name: String, value: String, description: String)], of typeName: String, access: String,
        into body: inout CodeWriter
    ) {
        body.line("\(access) let rawValue: String")
        body.line()
        body.block("\(access) init(rawValue: String)") { $0.line("self.rawValue = rawValue") }
        for item in values {
            body.line()
            body.docComment(item.description.isEmpty ? "`\(item.value)`." : item.description)
            body.line("\(access) static let \(item.name) = \(typeName)(rawValue: \(quoted: item.value))")
        }
    }
}
