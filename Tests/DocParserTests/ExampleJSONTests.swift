import DocModel
import Foundation
import PropertyBased
import Testing

@testable import DocParser

/// `JSONReader` reads an example's JSON as Foundation's `JSONDecoder` did before it (kept here as the reference):
/// the same values, integers kept apart, and the same texts rejected.
struct ExampleJSONTests {
    // MARK: Reference (the previous implementation)

    static func reference(_ text: String) -> JSONValue? {
        (try? JSONDecoder().decode(Decoded.self, from: Data(text.utf8)))?.value
    }

    private struct Decoded: Decodable {
        var value: JSONValue

        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
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
                    object[key.stringValue] = try container.decode(Decoded.self, forKey: key).value
                }
                value = .object(object)
            } else if var container = try? decoder.unkeyedContainer() {
                var array: [JSONValue] = []
                while !container.isAtEnd { array.append(try container.decode(Decoded.self).value) }
                value = .array(array)
            } else if let flag = try? single.decode(Bool.self) {
                value = .bool(flag)
            } else {
                value = .number(try single.decode(Double.self))
            }
        }
    }

    // MARK: Random JSON-like texts

    /// Pieces texts are made of: every token of JSON, numbers of every shape (leading zeros, exponents, values
    /// past `Int64` and past `Double`), escapes (surrogates, lone and paired), whitespace, and the slips a page
    /// makes (trailing commas, comments, single quotes, raw control characters).
    static let pieces: [String] = [
        "{", "}", "[", "]", ",", ":", " ", "\n", "\t", "\r", "\"", "\"A\"", "\"键\"", "\"a b\"", "true", "false", "null",
        "0", "-0", "7", "-12", "007", "1.0", "1.5", "-2.50", "1e2", "1E+2", "2.5e-3", "1e400", "-1e400", ".5", "1.", "1e",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "12345678901234567890", "9007199254740993", "1e18", "1.0e19", "\\n", "\\u0041", "\\u00e9", "\\ud83d\\ude80",
        "\\ud83d", "\\ude80", "\\uZZZZ", "\\x", "\\/", "\\\"", "'", "//", "/*", "\u{01}", "\u{7F}", "值", "🚀", "NaN", "-",
        "+1", "tru", "nul",
    ]

    /// A random JSON value written with random spacing, most of them valid, some with a piece changed.
    static func randomText(using generator: inout Xoshiro) -> String {
        var text = randomValue(depth: 0, using: &generator)
        if Int.random(in: 0..<3, using: &generator) == 0 {
            let bytes = Array(text.unicodeScalars)
            let at = Int.random(in: 0...bytes.count, using: &generator)
            let piece = pieces.randomElement(using: &generator)!
            var scalars = String.UnicodeScalarView(bytes[..<at])
            if Bool.random(using: &generator) { scalars.append(contentsOf: piece.unicodeScalars) }
            scalars.append(contentsOf: bytes[min(at + 1, bytes.count)...])
            text = String(scalars)
        }
        return text
    }

    static func randomValue(depth: Int, using generator: inout Xoshiro) -> String {
        let space = [" ", "", "\n  ", "\t"].randomElement(using: &generator)!
        switch Int.random(in: 0..<(depth > 3 ? 5 : 8), using: &generator) {
        case 0: return ["true", "false", "null"].randomElement(using: &generator)!
        case 1, 2:
            return pieces.filter { $0.first.map { $0.isNumber || $0 == "-" || $0 == "." } == true }
                .randomElement(using: &generator)!
        case 3, 4:
            let parts = (0..<Int.random(in: 0..<4, using: &generator)).map { _ in
                pieces.filter { !$0.contains("\"") }.randomElement(using: &generator)!
            }
            return "\"" + parts.joined() + "\""
        case 5:
            let elements = (0..<Int.random(in: 0..<4, using: &generator)).map { _ in
                randomValue(depth: depth + 1, using: &generator)
            }
            return "[" + space + elements.joined(separator: "," + space) + space + "]"
        default:
            let keys = ["\"A\"", "\"B\"", "\"A\"", "\"键\"", "\"\\u0041\"", "\"\""]
            let members = (0..<Int.random(in: 0..<4, using: &generator)).map { _ in
                keys.randomElement(using: &generator)! + space + ":" + space + randomValue(depth: depth + 1, using: &generator)
            }
            return "{" + space + members.joined(separator: "," + space) + space + "}"
        }
    }

    /// Whether `text` holds a number with a fraction or an exponent and more than 15 significant digits, which
    /// no double holds exactly: `JSONDecoder` reads some of them as the integer of their first digits
    /// (`9007199254740993.5` as 9007199254740993, through `Decimal`) and some as doubles, as its roundings fall;
    /// `JSONReader` reads them as their exact value says. Only whether the text is JSON is compared for them.
    static func hasUnroundableNumber(_ text: String) -> Bool {
        let tokens = text.split { !($0.isASCII && ($0.isNumber || "+-.eE".contains($0))) }
        return tokens.contains { token in
            guard token.contains(where: { ".eE".contains($0) }) else { return false }
            let mantissa = token.prefix { $0 != "e" && $0 != "E" }.drop { $0 == "-" || $0 == "0" || $0 == "." }
            return mantissa.filter(\.isNumber).count > 15
        }
    }

    // MARK: Tests

    @Test func randomTextsReadAsJSONDecoderReadsThem() {
        var generator = Xoshiro(seed: (7, 0x9E37_79B9_7F4A_7C15, 0xBF58_476D_1CE4_E5B9, 0x94D0_49BB_1331_11EB))
        var valid = 0
        for _ in 0..<4_000 {
            let text = Self.randomText(using: &generator)
            let expected = Self.reference(text)
            if expected != nil { valid += 1 }
            if Self.hasUnroundableNumber(text) {
                #expect((JSONReader.value(text) == nil) == (expected == nil), "\(text.debugDescription)")
            } else {
                #expect(JSONReader.value(text) == expected, "\(text.debugDescription)")
            }
        }
        // Both kinds of text were tried.
        #expect(valid > 1_000 && valid < 3_900)
    }

    @Test(arguments: [
        "1", "-0", "-0.0", "1.0", "1e2", "2.5", "1e400", "9223372036854775808", "-9223372036854775809", "1e19",
        #""\ud83d\ude80""#, #""\ud83d""#, #""\ude80""#, #""\ud83dx""#, #"{"A": 1, "A": 2}"#, "[1,]", "{\"A\":1,}", " [] ", "[,]",
        "[1,,]", "{,}", "{\"A\":1,,}", "[1]  ,",
        "-9223372036854775808", "-9223372036854775809", "-9223372036854775808e0", "-9223372036854775807e0",
        "9223372036854775000e0", "9223372036854775800e0", "1234567890123456781e0", "900719925474091e3", "150e-1",
        "15e-1", "0.1e1", "1e-400", "0.0000000000000000000000000000000000000000001e43", "99999999999999999999e-2",
        "1.000000000000000000000000000000000000001", "12345678901234567891234e-5", "1e19", "0e5",
        #"{"A":1,"A":-}"#, #"{"A":1,"A":1-2}"#, #"{"A":1,"A":tru}"#, #"{"A":1,"A":"\x"}"#, #"{"A":1,"A":"\u12"}"#,
        #"{"A":1,"A":"\u00zz"}"#, #"{"A":1,"A":[1,,2]}"#, #"{"A":1,"A":{"\x":1,}}"#, #"{"A":1,"A":[E]}"#,
        #"{"A":1,"A":1/}"#, #"{"A":1,"A":[1.2.3]}"#, #"{"A":1,"A":"\"}"#, "{\"A\":1,\"A\":\"\u{01}\"}",
        "\"\u{01}\"", "\"\u{7F}\"", "01", "-", "1.", ".5", "[1 2]", "{\"A\" 1}", "{1: 2}", "truex", "", " ",
    ])
    func edgeCasesReadAsJSONDecoderReadsThem(text: String) {
        #expect(JSONReader.value(text) == Self.reference(text))
    }

    @Test func nestingStopsWhereJSONDecoderStops() {
        for depth in [1, 100, 511, 512, 513, 600] {
            for (open, close) in [("[", "]"), ("{\"A\":", "}")] {
                let text = String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth)
                #expect(JSONReader.value(text) == Self.reference(text), "depth \(depth) \(open)")
            }
        }
        // Far deeper than the stack could take if each level were a frame: refused, no crash.
        #expect(JSONReader.value(String(repeating: "[", count: 200_000)) == nil)
    }

    @Test func everyExampleOfTheRealPagesReadsAsJSONDecoderReadsIt() async throws {
        try #require(SharedCorpus.isAvailable, "../shared is needed")
        let root = SharedCorpus.url.appendingPathComponent("corpus/real")
        let paths = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".md") }
        var pages: [PageSource] = []
        for path in paths.sorted() {
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            pages.append(PageSource(path: path, text: text))
        }
        let model = await ModelBuilder.build(pages).model
        var texts = 0
        for action in model.services.flatMap(\.actions) {
            for example in action.examples {
                var candidates: [String] = []
                if let input = example.input, let brace = input.firstIndex(of: "{") { candidates.append(String(input[brace...])) }
                if let output = example.output { candidates.append(output) }
                for text in candidates {
                    texts += 1
                    #expect(JSONReader.value(text) == Self.reference(text), "\(action.name)")
                }
            }
        }
        #expect(texts > 600)
    }
}
