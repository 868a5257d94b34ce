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
        if let brace = firstBrace(in: input) {
            guard case .object(var object)? = json(String(input[brace...])) else {
                return .invalidJSON
            }
            for name in Example.commonParameters { object[name] = nil }
            return .json(object)
        }
        guard input.utf8.contains(UInt8(ascii: "?")) else { return .unrecognized }
        var items: [ExampleRequest.QueryItem] = []
        // Items start after `?` or `&`; a value may span lines (certificates), so lines are not items.
        // Where every scalar is standalone, each `&`, `?` and `=` byte is a character of its own.
        let standalone = input.standaloneParts { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "?") }
        let pieces = standalone ?? input.split(whereSeparator: { $0 == "&" || $0 == "?" })
        for piece in pieces.dropFirst() {
            let equals = standalone == nil ? piece.firstIndex(of: "=") : piece.utf8.firstIndex(of: UInt8(ascii: "="))
            guard let equals else { continue }
            let name = trimmingWhitespace(piece[..<equals])
            let raw = trimmingWhitespace(piece[piece.index(after: equals)...])
            let value = raw.utf8.contains(UInt8(ascii: "%")) ? (raw.removingPercentEncoding ?? raw) : raw
            let item = ExampleRequest.QueryItem(name: name, value: value)
            guard !Example.commonParameters.contains(item.parameter) else { continue }
            items.append(item)
        }
        return .query(items)
    }

    /// The index of the first `{` character: found among the bytes, and checked to be a character of its own (not
    /// the start of one with a combining mark), else searched for by character.
    private static func firstBrace(in input: String) -> String.Index? {
        guard let byte = input.utf8.firstIndex(of: UInt8(ascii: "{")) else { return nil }
        if input[byte...].first == "{" { return byte }
        return input.firstIndex(of: "{")
    }

    /// `text` without whitespace and newlines at either end; most items have none, which their end bytes tell.
    /// Trimmed scalar by scalar, as `trimmingCharacters(in: .whitespacesAndNewlines)` trims (which went through
    /// `NSString`, copying a long value twice).
    private static func trimmingWhitespace(_ text: Substring) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return "" }
        func isPlain(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
        if isPlain(first) && isPlain(last) { return String(text) }
        let scalars = text.unicodeScalars
        let whitespace = CharacterSet.whitespacesAndNewlines
        guard let start = scalars.firstIndex(where: { !whitespace.contains($0) }),
            let last = scalars.lastIndex(where: { !whitespace.contains($0) })
        else { return "" }
        return String(scalars[start...last])
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
