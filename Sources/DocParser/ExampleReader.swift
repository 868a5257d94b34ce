import DocModel
import Foundation

/// Reads an example's code blocks into values, once: the input as a JSON body or a GET URL's query items, the
/// output as its `Response` object. The common parameters (``Example/commonParameters``) are left out.
enum ExampleReader {
    /// `example` with its ``Example/request`` and ``Example/response`` read from its blocks.
    static func read(_ example: Example) -> Example {
        var example = example
        example.request = example.input.map(request)
        example.response = example.output.map(response)
        return example
    }

    /// A JSON object from the input's first `{`, else the query items of a URL.
    static func request(_ input: String) -> ExampleRequest {
        if let brace = input.firstIndex(of: "{") {
            guard case .object(var object)? = json(String(input[brace...])) else {
                return .invalidJSON
            }
            for name in Example.commonParameters { object[name] = nil }
            return .json(object)
        }
        guard input.contains("?") else { return .unrecognized }
        var items: [ExampleRequest.QueryItem] = []
        // Items start after `?` or `&`; a value may span lines (certificates), so lines are not items.
        for piece in input.split(whereSeparator: { $0 == "&" || $0 == "?" }).dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let name = piece[..<equals].trimmingCharacters(in: .whitespacesAndNewlines)
            let raw = piece[piece.index(after: equals)...].trimmingCharacters(in: .whitespacesAndNewlines)
            let item = ExampleRequest.QueryItem(name: name, value: raw.removingPercentEncoding ?? raw)
            guard !Example.commonParameters.contains(item.parameter) else { continue }
            items.append(item)
        }
        return .query(items)
    }

    /// The output's `Response` object, or ``ExampleResponse/unreadable``.
    static func response(_ output: String) -> ExampleResponse {
        guard case .object(let envelope)? = json(output), case .object(let response)? = envelope["Response"] else {
            return .unreadable
        }
        return .object(response)
    }

    /// `text` as a JSON value, or `nil` when it is not JSON.
    static func json(_ text: String) -> JSONValue? {
        JSONReader.value(text)
    }
}
