import DocModel

/// Holds a page's example against the page's own types, the way the generated types will decode it, and turns a
/// GET example's query items into typed JSON. A problem is a path and a reason (`Targets[0].Port: not an
/// Integer`).
struct ExampleFit {
    /// The service's data structures by wire name.
    var structs: [String: StructDefinition]

    /// Whether a member decodes from a missing or `null` value: whether it is stored as optional.
    static func isOptional(_ parameter: Parameter) -> Bool { MemberPlan.isStoredOptional(parameter) }

    /// The wire paths (`Set.Member`, through arrays) of the members present in `object` that the page says may be
    /// null: the example test decodes the output again with them set to `null`.
    func nullablePaths(in object: [String: JSONValue], members: [Parameter], prefix: String = "") -> [String] {
        var paths: [String] = []
        appendNullablePaths(in: object, members: members, prefix: prefix, to: &paths)
        return Array(Set(paths)).sorted()
    }

    /// Appends ``nullablePaths(in:members:prefix:)``'s paths, as they are found (made unique and sorted once, by the
    /// caller).
    private func appendNullablePaths(
        in object: [String: JSONValue], members: [Parameter], prefix: String, to paths: inout [String]
    ) {
        for member in members {
            guard let value = object[member.name], value != .null else { continue }
            // The path is made only where it is kept or leads further.
            let definition = member.type.referencedStructures.first.flatMap { structs[$0] }
            guard member.constraints.isNullable || definition != nil else { continue }
            let path = prefix.isEmpty ? member.name : prefix + "." + member.name
            if member.constraints.isNullable { paths.append(path) }
            guard let definition else { continue }
            for case .object(let inner) in Self.objects(in: value) {
                appendNullablePaths(in: inner, members: definition.members, prefix: path, to: &paths)
            }
        }
    }

    /// The objects a value holds directly or as elements of (nested) arrays.
    private static func objects(in value: JSONValue) -> [JSONValue] {
        switch value {
        case .object: [value]
        case .array(let items): items.flatMap(objects(in:))
        default: []
        }
    }

    /// The first problem of `object` as a value with `members`; unknown keys are problems only for requests,
    /// whose JSON must survive a round trip.
    func problem(in object: [String: JSONValue], members: [Parameter], path: String, isRequest: Bool) -> String? {
        found(in: object, members: members, isRequest: isRequest)?.message(at: path)
    }

    /// A problem found below the value checked: the steps to it, the deepest first (a path is only written for
    /// a problem, from these), and what is wrong there.
    private struct Found {
        enum Step {
            case member(String)
            case element(Int)
            case key(String)
        }

        var steps: [Step]
        var reason: String

        init(_ reason: String, at steps: Step...) {
            self.steps = steps
            self.reason = reason
        }

        /// `Targets[0].Port: not an Integer` below `path`.
        func message(at path: String) -> String {
            var text = path
            for step in steps.reversed() {
                switch step {
                case .member(let name): text = text.isEmpty ? name : "\(text).\(name)"
                case .element(let index): text += "[\(index)]"
                case .key(let key): text += "[\(key)]"
                }
            }
            return "\(text): \(reason)"
        }

        /// This problem one step further down from where it is reported.
        func below(_ step: Step) -> Found {
            var found = self
            found.steps.append(step)
            return found
        }
    }

    private func found(in object: [String: JSONValue], members: [Parameter], isRequest: Bool) -> Found? {
        if isRequest, let unknown = object.keys.sorted().first(where: { key in !members.contains { $0.name == key } }) {
            return Found("not a member", at: .member(unknown))
        }
        // By index: a `for … in` loop would copy each parameter whole.
        for index in members.indices {
            let name = members[index].name
            guard let value = object[name], value != .null else {
                if !Self.isOptional(members[index]) { return Found("missing", at: .member(name)) }
                continue
            }
            if let found = found(in: value, type: members[index].type, isRequest: isRequest) {
                return found.below(.member(name))
            }
        }
        return nil
    }

    private func found(in value: JSONValue, type: TypeReference, isRequest: Bool) -> Found? {
        switch (type, value) {
        case (.string, .string), (.binary, .string), (.boolean, .bool), (.integer, .integer), (.float, .integer),
            (.float, .number), (.timestamp, .string), (.timestampISO8601, .string), (.date, .string),
            (.timestamp, .integer), (.timestampISO8601, .integer), (.date, .integer):
            return nil
        case (.array(let element), .array(let values)):
            for (index, item) in values.enumerated() {
                if item == .null { return Found("null", at: .element(index)) }
                if let found = found(in: item, type: element, isRequest: isRequest) { return found.below(.element(index)) }
            }
            return nil
        case (.map(_, let valueType), .object(let members)):
            for key in members.keys.sorted() {
                guard let item = members[key], item != .null else { return Found("null", at: .key(key)) }
                if let found = found(in: item, type: valueType, isRequest: isRequest) { return found.below(.key(key)) }
            }
            return nil
        case (.structure(let name), .object(let members)):
            guard let definition = structs[name] else { return Found("unknown structure \(name)") }
            return found(in: members, members: definition.members, isRequest: isRequest)
        default:
            return Found("not a \(type.irName)")
        }
    }

    /// The typed JSON object of `items` for a request with `members`, or the first problem.
    func requestJSON(from items: [ExampleRequest.QueryItem], members: [Parameter]) -> Result<JSONValue, ExampleFitProblem> {
        var root: JSONValue = .object([:])
        let byName = Dictionary(members.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for item in items {
            let (value, segments) = (item.value, item.segments)
            guard let member = byName[segments[0]] else { return .failure(ExampleFitProblem("\(segments[0]): not a member")) }
            if let problem = insert(
                value, at: segments.dropFirst(), type: member.type, into: &root, key: segments[0], path: segments[0])
            {
                return .failure(ExampleFitProblem(problem))
            }
        }
        return .success(root)
    }

    /// Puts `raw` at `segments` below `container[key]`, converting it to `type`.
    private func insert(
        _ raw: String, at segments: ArraySlice<String>, type: TypeReference, into container: inout JSONValue, key: String,
        path: String
    ) -> String? {
        var child: JSONValue
        switch container {
        case .object(let members): child = members[key] ?? .null
        case .array(let elements): child = Int(key).map { $0 < elements.count ? elements[$0] : .null } ?? .null
        default: return "\(path): conflicting items"
        }
        if let next = segments.first {
            switch type {
            case .array(let element):
                guard let index = Int(next), index >= 0, index < 10_000 else { return "\(path).\(next): not an index" }
                if child == .null { child = .array([]) }
                guard case .array(var elements) = child else { return "\(path): conflicting items" }
                while elements.count <= index { elements.append(.null) }
                child = .array(elements)
                if let problem = insert(
                    raw, at: segments.dropFirst(), type: element, into: &child, key: next, path: "\(path).\(next)")
                {
                    return problem
                }
            case .structure(let name):
                guard let definition = structs[name], let member = definition.members.first(where: { $0.name == next }) else {
                    return "\(path).\(next): not a member"
                }
                if child == .null { child = .object([:]) }
                if let problem = insert(
                    raw, at: segments.dropFirst(), type: member.type, into: &child, key: next, path: "\(path).\(next)")
                {
                    return problem
                }
            case .map(_, let valueType):
                if child == .null { child = .object([:]) }
                if let problem = insert(
                    raw, at: segments.dropFirst(), type: valueType, into: &child, key: next, path: "\(path).\(next)")
                {
                    return problem
                }
            default:
                return "\(path).\(next): \(type.irName) has no members"
            }
        } else {
            guard let value = Self.scalar(raw, type: type) else { return "\(path): '\(raw)' is not a \(type.irName)" }
            child = value
        }
        switch container {
        case .object(var members):
            members[key] = child
            container = .object(members)
        case .array(var elements):
            guard let index = Int(key), index < elements.count else { return "\(path): not an index" }
            elements[index] = child
            container = .array(elements)
        default: return "\(path): conflicting items"
        }
        return nil
    }

    private static func scalar(_ raw: String, type: TypeReference) -> JSONValue? {
        switch type {
        case .string, .binary, .timestamp, .timestampISO8601, .date: return .string(raw)
        case .integer: return Int64(raw).map(JSONValue.integer)
        case .float: return Int64(raw).map(JSONValue.integer) ?? Double(raw).flatMap { $0.isFinite ? .number($0) : nil }
        case .boolean:
            switch raw.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return nil
            }
        case .array, .map, .structure: return nil
        }
    }

}

/// Why an example does not fit its page.
struct ExampleFitProblem: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
