import DocModel

/// Holds each 示例 against its own page: every parameter an example sends or receives must be in the page's
/// 输入参数 or 输出参数 table. A mismatch is a doc mistake, reported as a warning naming the page.
public enum ExampleChecker {
    /// The warnings for every example of every action in `model`.
    public static func check(_ model: APIModel) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for service in model.services {
            for action in service.actions {
                for example in action.examples {
                    diagnostics += check(example, of: action)
                }
            }
        }
        return diagnostics
    }

    static func check(_ example: Example, of action: Action) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let inputNames = Set(action.input.map(\.name))
        for name in example.request?.parameterNames ?? [] where !inputNames.contains(name) {
            diagnostics.append(
                .warning(
                    "example '\(example.title)' sends '\(name)', which the 输入参数 table does not list",
                    at: example.location, kind: .exampleMismatch))
        }
        switch example.response {
        case .object(let members):
            let outputNames = Set(action.output.map(\.name)).union(["RequestId", "Error"])
            for name in members.keys.sorted() where !outputNames.contains(name) {
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
