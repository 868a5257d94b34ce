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
        (try? JSONDecoder().decode(DecodedJSON.self, from: Data(text.utf8)))?.value
    }

    /// Decodes any JSON value, keeping integers, other numbers and booleans apart.
    private struct DecodedJSON: Decodable {
        var value: JSONValue

        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            // Each kind is tried in turn and a wrong guess throws, which costs more than the decoding: the kinds
            // are tried most common first (strings, integers, objects). Each decode succeeds for its own kind
            // only, but for an integer-valued number, which is an integer, so integers go before other numbers.
            let single = try decoder.singleValueContainer()
            if single.decodeNil() {
                value = .null
            } else if let text = try? single.decode(String.self) {
                value = .string(text)
            } else if let integer = try? single.decode(Int64.self) {
                value = .integer(integer)
            } else if let container = try? decoder.container(keyedBy: Key.self) {
                var object: [String: JSONValue] = [:]
                for key in container.allKeys {
                    object[key.stringValue] = try container.decode(DecodedJSON.self, forKey: key).value
                }
                value = .object(object)
            } else if var container = try? decoder.unkeyedContainer() {
                var array: [JSONValue] = []
                while !container.isAtEnd { array.append(try container.decode(DecodedJSON.self).value) }
                value = .array(array)
            } else if let flag = try? single.decode(Bool.self) {
                value = .bool(flag)
            } else {
                value = .number(try single.decode(Double.self))
            }
        }
    }
}
