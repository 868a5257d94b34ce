import Foundation
import TencentCloudCore

/// Checks a doc page's example against the generated types; the generated example tests call it.
public enum ExampleCheck {
    /// How an example and the generated type disagree.
    public struct Mismatch: Error, CustomStringConvertible {
        /// What differs, with the field path.
        public var description: String
    }

    /// Decodes `json` as `Request`, encodes the request again and requires the same JSON (numbers compared by
    /// value, `null` members ignored). With `query`, the request's GET query items must be those items.
    public static func request<Request: TencentCloudRequest>(
        _ type: Request.Type, json: String, query: [String: String]? = nil
    ) throws {
        let request = try decode(Request.self, json)
        let expected = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
        let actual = try JSONDecoder().decode(JSONValue.self, from: Data(TencentCloudJSONEncoder().encode(request)))
        if let difference = difference(expected, actual, path: "") {
            throw Mismatch(description: "request JSON differs at \(difference)")
        }
        guard let query else { return }
        let items = Dictionary(try QueryEncoding.items(of: request), uniquingKeysWith: { first, _ in first })
        for key in Set(items.keys).union(query.keys).sorted() where !sameScalar(items[key], query[key]) {
            throw Mismatch(
                description:
                    "query item \(key): the example has \(query[key] ?? "nothing"), the request \(items[key] ?? "nothing")")
        }
    }

    /// Decodes `json` (the example's `Response` object) as `Response`; then again with every member at `nulling`
    /// set to `null`, as the page says the server may send it. A path is the members' wire names joined by dots
    /// (`LoadBalancerSet.Log`), through every element of an array on the way.
    public static func response<Response: TencentCloudResponse>(
        _ type: Response.Type, json: String, nulling paths: [String] = []
    ) throws {
        _ = try decode(Response.self, json)
        guard !paths.isEmpty else { return }
        var object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        for path in paths { object = nulled(object, path.split(separator: ".").map(String.init)[...]) }
        let text = String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        do {
            _ = try decode(Response.self, text)
        } catch let mismatch as Mismatch {
            throw Mismatch(description: "with the members that may be null set to null: \(mismatch.description)")
        }
    }

    /// `value` with the member at `path` set to `null` wherever it is present.
    private static func nulled(_ value: Any, _ path: ArraySlice<String>) -> Any {
        guard let key = path.first else { return value }
        if let array = value as? [Any] { return array.map { nulled($0, path) } }
        guard var object = value as? [String: Any], let member = object[key] else { return value }
        object[key] = path.count == 1 ? NSNull() : nulled(member, path.dropFirst())
        return object
    }

    private static func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
        do {
            return try JSONDecoder().decode(Value.self, from: Data(json.utf8))
        } catch let error as DecodingError {
            throw Mismatch(description: "\(Value.self) does not decode: \(ResponseDecoder.describe(error))")
        }
    }

    /// The path of the first difference, or `nil`.
    private static func difference(_ expected: JSONValue, _ actual: JSONValue, path: String) -> String? {
        switch (expected, actual) {
        case (.object(let left), .object(let right)):
            let keys = Set(left.filter { $0.value != .null }.keys).union(right.filter { $0.value != .null }.keys)
            for key in keys.sorted() {
                if let found = difference(left[key] ?? .null, right[key] ?? .null, path: path.isEmpty ? key : "\(path).\(key)") {
                    return found
                }
            }
            return nil
        case (.array(let left), .array(let right)):
            guard left.count == right.count else { return "\(path): \(left.count) elements, encoded \(right.count)" }
            for (index, pair) in zip(left, right).enumerated() {
                if let found = difference(pair.0, pair.1, path: "\(path)[\(index)]") { return found }
            }
            return nil
        case (.integer(let left), .number(let right)), (.number(let right), .integer(let left)):
            return Double(left) == right ? nil : "\(path): \(left) vs \(right)"
        default:
            return expected == actual ? nil : "\(path): \(expected) vs \(actual)"
        }
    }

    /// Whether two query values are the same text, the same number or the same boolean.
    private static func sameScalar(_ left: String?, _ right: String?) -> Bool {
        guard let left, let right else { return left == right }
        if left == right || left.lowercased() == right.lowercased() && ["true", "false"].contains(left.lowercased()) {
            return true
        }
        if let a = Double(left), let b = Double(right) { return a == b }
        return false
    }
}
