import DocModel
import Foundation

/// Holds each 示例 against its own page: every parameter an example sends or receives must be in the page's
/// 输入参数 or 输出参数 table. A mismatch is a doc mistake, reported as a warning naming the page.
public enum ExampleChecker {
    /// Common parameters an input example may carry besides the action's own.
    static let commonInput: Set<String> = [
        "Action", "Version", "Region", "Timestamp", "Nonce", "SecretId", "Signature", "Token", "Language",
    ]

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
        let inputNames = Set(action.input.map(\.name)).union(commonInput)
        if let input = example.input {
            for name in inputParameterNames(input) where !inputNames.contains(name) {
                diagnostics.append(
                    .warning(
                        "example '\(example.title)' sends '\(name)', which the 输入参数 table does not list",
                        at: example.location, kind: .exampleMismatch))
            }
        }
        if let output = example.output, let names = outputParameterNames(output) {
            let outputNames = Set(action.output.map(\.name)).union(["RequestId", "Error"])
            for name in names where !outputNames.contains(name) {
                diagnostics.append(
                    .warning(
                        "example '\(example.title)' returns '\(name)', which the 输出参数 table does not list",
                        at: example.location, kind: .exampleMismatch))
            }
        } else if example.output != nil {
            diagnostics.append(
                .warning(
                    "example '\(example.title)' output is not JSON with a Response object", at: example.location,
                    kind: .exampleMismatch))
        }
        return diagnostics
    }

    /// Top-level parameter names of an input example: a GET URL with `&Name.0.Field=value` items, or an
    /// HTTP request whose body is a JSON object.
    static func inputParameterNames(_ input: String) -> [String] {
        if let brace = input.firstIndex(of: "{"), let object = jsonObject(String(input[brace...])) {
            return object.keys.sorted()
        }
        var names: [String] = []
        // Query items start after `?` or `&`; a value may span lines (certificates), so lines are not items.
        for piece in input.split(whereSeparator: { $0 == "&" || $0 == "?" }).dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let key = piece[..<equals].trimmingCharacters(in: .whitespacesAndNewlines)
            guard let name = key.split(separator: ".").first.map(String.init), !name.isEmpty,
                name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
            else { continue }
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// The keys of the `Response` object of an output example, or `nil` when it is not such JSON.
    static func outputParameterNames(_ output: String) -> [String]? {
        guard let object = jsonObject(output), let response = object["Response"] as? [String: Any] else { return nil }
        return response.keys.sorted()
    }

    private static func jsonObject(_ text: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) as? [String: Any]
    }
}
