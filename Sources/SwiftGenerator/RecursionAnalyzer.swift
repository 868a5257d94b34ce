import DocModel

/// Finds the struct members that close a cycle of direct containment (`Node.child: Node`, `A.b: B` with
/// `B.a: A`). Such members need indirect storage, or the struct would have infinite size. Arrays and maps
/// already store their elements indirectly, so they break cycles.
enum RecursionAnalyzer {
    /// `"Struct.Member"` keys (wire names) of the members to store indirectly.
    static func indirectMembers(in structs: [StructDefinition]) -> Set<String> {
        var edges: [String: Set<String>] = [:]
        for definition in structs {
            for member in definition.members {
                if case .structure(let target) = member.type { edges[definition.name, default: []].insert(target) }
            }
        }
        var result: Set<String> = []
        for definition in structs {
            for member in definition.members {
                guard case .structure(let target) = member.type else { continue }
                if reaches(from: target, to: definition.name, edges: edges) {
                    result.insert("\(definition.name).\(member.name)")
                }
            }
        }
        return result
    }

    /// Whether `target` is reachable from `start` (or is `start`) along direct containment.
    private static func reaches(from start: String, to target: String, edges: [String: Set<String>]) -> Bool {
        var seen: Set<String> = []
        var stack = [start]
        while let current = stack.popLast() {
            if current == target { return true }
            guard seen.insert(current).inserted else { continue }
            stack.append(contentsOf: edges[current] ?? [])
        }
        return false
    }
}
