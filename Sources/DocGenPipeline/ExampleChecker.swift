import DocModel

/// Holds each 示例 against its own page: every parameter an example sends or receives must be in the page's
/// 输入参数 or 输出参数 table. A mismatch is a doc mistake, reported as a warning naming the page.
public enum ExampleChecker {
    /// The warnings for every example of every action in `model`, in the model's order (its services checked on up
    /// to `concurrency` tasks at once).
    public static func check(_ model: APIModel, concurrency: Int = 1) async -> [Diagnostic] {
        await BoundedConcurrency.map(model.services, concurrency: concurrency, cost: { $0.actions.count }) { service in
            var diagnostics: [Diagnostic] = []
            for action in service.actions where !action.examples.isEmpty {
                let names = ParameterNames(action)
                for example in action.examples { diagnostics += check(example, names: names) }
            }
            return diagnostics
        }.flatMap { $0 }
    }

    /// The parameter names an action's examples may send and return (made once for all its examples).
    struct ParameterNames {
        var input: Set<String>
        var output: Set<String>

        init(_ action: Action) {
            input = Set(action.input.map(\.name))
            output = Set(action.output.map(\.name)).union(["RequestId", "Error"])
        }
    }

    static func check(_ example: Example, names: ParameterNames) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for name in example.request?.parameterNames ?? [] where !names.input.contains(name) {
            diagnostics.append(
                .warning(
                    "example '\(example.title)' sends '\(name)', which the 输入参数 table does not list",
                    at: example.location, kind: .exampleMismatch))
        }
        switch example.response {
        case .object(let members):
            for name in members.keys.sorted() where !names.output.contains(name) {
                diagnostics.append(
                    .warning(
                        "example '\(example.title)' returns '\(name)', which the 输出参数 table does not list",
                        at: example.location, kind: .exampleMismatch))
            }
        case .unreadable:
            diagnostics.append(
                .warning(
                    "example '\(example.title)' output is not JSON with a Response object", at: example.location,
                    kind: .exampleMismatch))
        case nil:
            break
        }
        return diagnostics
    }
}
