import Foundation
import Testing

@testable import TencentCloudCore

/// 200 random requests signed by this library and by the official Python SDK give the same Authorization
/// (and, for GET, the same query string). Needs `pip install tencentcloud-sdk-python-common` (CI installs it).
@Suite(.enabled(if: PythonSDK.isInstalled, "tencentcloud-sdk-python-common is not installed: cross-check skipped"))
struct PythonSDKCrossCheckTests {
    struct Case: Encodable {
        var method: String
        var params: OrderedParams
        var host: String
        var service: String
        var version = "2017-03-12"
        var action: String
        var region = "ap-guangzhou"
        var timestamp: Int
        var secret_id: String
        var secret_key: String
        var token: String?
        /// GET parameters as ordered pairs (JSON objects do not keep key order through `JSONEncoder`).
        var pairs: [[String]]?
    }

    /// A JSON object that keeps its key order (the SDK signs what `json.dumps`/`urlencode` write, in order).
    struct OrderedParams: Encodable {
        var items: [(String, ParamValue)]
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            for (key, value) in items { try container.encode(value, forKey: AnyKey(stringValue: key)) }
        }
    }

    indirect enum ParamValue: Encodable {
        case string(String), integer(Int), list([ParamValue]), object(OrderedParams)
        func encode(to encoder: any Encoder) throws {
            switch self {
            case .string(let text):
                var container = encoder.singleValueContainer()
                try container.encode(text)
            case .integer(let number):
                var container = encoder.singleValueContainer()
                try container.encode(number)
            case .list(let values):
                var container = encoder.unkeyedContainer()
                for value in values { try container.encode(value) }
            case .object(let object): try object.encode(to: encoder)
            }
        }
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    struct Answer: Decodable {
        var authorization: String
        var payload: String
        var query: String
    }

    static let alphabet = Array("abcXYZ019 -_.~!*'();:@&=+$,/?#[]%中文€")

    static func randomString(_ generator: inout some RandomNumberGenerator) -> String {
        String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
    }

    static func randomKey(_ generator: inout some RandomNumberGenerator) -> String {
        let characters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<32).map { _ in characters.randomElement(using: &generator)! })
    }

    static func randomValue(_ generator: inout some RandomNumberGenerator, depth: Int) -> ParamValue {
        switch Int.random(in: 0..<(depth > 1 ? 2 : 4), using: &generator) {
        case 0: .string(randomString(&generator))
        case 1: .integer(Int.random(in: -1000...100_000, using: &generator))
        case 2: .list((0..<Int.random(in: 0...3, using: &generator)).map { _ in randomValue(&generator, depth: depth + 1) })
        default:
            .object(
                OrderedParams(
                    items: (0..<Int.random(in: 1...3, using: &generator)).map { index in
                        ("K\(index)", randomValue(&generator, depth: depth + 1))
                    }))
        }
    }

    static func text(_ value: ParamValue) -> String {
        switch value {
        case .string(let text): text
        case .integer(let number): String(number)
        default: ""
        }
    }

    /// Flattens like the SDK's `_format_params`: `A.0.B`.
    static func flatten(_ value: ParamValue, prefix: String, into items: inout [(String, ParamValue)]) {
        switch value {
        case .string, .integer: items.append((prefix, value))
        case .list(let values):
            for (index, element) in values.enumerated() { flatten(element, prefix: "\(prefix).\(index)", into: &items) }
        case .object(let object):
            for (key, element) in object.items { flatten(element, prefix: "\(prefix).\(key)", into: &items) }
        }
    }

    @Test func twoHundredRandomRequestsSignAlike() throws {
        var generator = SystemRandomNumberGenerator()
        var cases: [Case] = []
        for index in 0..<200 {
            let params = OrderedParams(
                items: (0..<Int.random(in: 0...5, using: &generator)).map { key in
                    ("P\(key)", Self.randomValue(&generator, depth: 0))
                })
            let method = index % 2 == 0 ? "POST" : "GET"
            var flat: [(String, ParamValue)] = []
            for (key, value) in params.items { Self.flatten(value, prefix: key, into: &flat) }
            cases.append(
                Case(
                    method: method, params: method == "GET" ? OrderedParams(items: flat) : params,
                    host: ["cvm.tencentcloudapi.com", "clb.ap-guangzhou.tencentcloudapi.com"][index % 4 / 2],
                    service: ["cvm", "clb"][index % 4 / 2], action: "DescribeThings",
                    timestamp: Int.random(in: 1_500_000_000...1_900_000_000, using: &generator),
                    secret_id: "AKID" + Self.randomKey(&generator), secret_key: Self.randomKey(&generator),
                    pairs: method == "GET" ? flat.map { [$0.0, Self.text($0.1)] } : nil))
        }
        let input = try cases.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }.joined(separator: "\n")
        let output = try PythonSDK.run(input: input)
        let answers = try output.split(separator: "\n").map { try JSONDecoder().decode(Answer.self, from: Data($0.utf8)) }
        #expect(answers.count == 200)
        for (testCase, answer) in zip(cases, answers) {
            var query = ""
            var payload: [UInt8] = []
            if testCase.method == "GET" {
                query = QueryEncoding.formEncoded(testCase.params.items.map { ($0.0, Self.text($0.1)) })
                #expect(query == answer.query)
            } else {
                payload = Array(answer.payload.utf8)
            }
            let contentType = testCase.method == "GET" ? "application/x-www-form-urlencoded" : "application/json"
            let signature = TC3Signer.sign(
                TC3Signer.Input(
                    method: testCase.method, query: query, headers: [("content-type", contentType), ("host", testCase.host)],
                    payload: payload, timestamp: testCase.timestamp, service: testCase.service),
                secretId: testCase.secret_id, secretKey: testCase.secret_key)
            #expect(signature.authorization == answer.authorization)
        }
    }
}

/// Runs `Python/sdk_sign.py` with the official SDK.
enum PythonSDK {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Python/sdk_sign.py")

    static var isInstalled: Bool {
        (try? run(arguments: ["-c", "import tencentcloud.common.abstract_client"], input: "")) != nil
    }

    static func run(input: String) throws -> String {
        try run(arguments: [script.path], input: input)
    }

    struct Failure: Error {
        var status: Int32
        var output: String
    }

    static func run(arguments: [String], input: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw Failure(status: process.terminationStatus, output: output) }
        return output
    }
}
