import Foundation

/// Flattens a request into GET query items the way the API expects: `Targets.0.Port=334`,
/// `Filters.0.Values.1=x`; object keys in sorted order, array elements in index order.
public enum QueryEncoding {
    /// The query items of `value` (encoded to JSON first, so its coding keys are the wire names).
    public static func items(of value: some Encodable) throws -> [(String, String)] {
        let data = try TencentCloudJSONEncoder().encode(value)
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(data))
        var items: [(String, String)] = []
        flatten(json, prefix: nil, into: &items)
        return items
    }

    private static func flatten(_ value: JSONValue, prefix: String?, into items: inout [(String, String)]) {
        func key(_ part: String) -> String { prefix.map { "\($0).\(part)" } ?? part }
        switch value {
        case .null: break
        case .bool(let flag): if let prefix { items.append((prefix, flag ? "true" : "false")) }
        case .integer(let number): if let prefix { items.append((prefix, String(number))) }
        case .number(let number): if let prefix { items.append((prefix, String(number))) }
        case .string(let text): if let prefix { items.append((prefix, text)) }
        case .array(let elements):
            for (index, element) in elements.enumerated() { flatten(element, prefix: key(String(index)), into: &items) }
        case .object(let members):
            for name in members.keys.sorted() { flatten(members[name] ?? .null, prefix: key(name), into: &items) }
        }
    }

    /// `application/x-www-form-urlencoded` text of `items`, byte for byte as Python's `urlencode` writes it
    /// (letters, digits and `_.-~` kept, space as `+`, everything else `%XX`).
    public static func formEncoded(_ items: [(String, String)]) -> String {
        items.map { "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&")
    }

    private static let hex = Array("0123456789ABCDEF".utf8)

    static func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "~"):
                bytes.append(byte)
            case UInt8(ascii: " "):
                bytes.append(UInt8(ascii: "+"))
            default:
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
