import Foundation
import Testing

@testable import TencentCloudCore

struct SignerDateTests {
    @Test(
        "Credential scope dates are UTC calendar dates",
        arguments: [
            (1_539_084_154, "2018-10-09"), (1_551_113_065, "2019-02-25"), (0, "1970-01-01"),
            (951_782_400, "2000-02-29"), (1_640_995_199, "2021-12-31"), (1_640_995_200, "2022-01-01"),
        ])
    func date(timestamp: Int, expected: String) {
        #expect(TC3Signer.date(of: timestamp) == expected)
    }
}

struct ValidationContextTests {
    struct Leaf: TencentCloudValidatable {
        var weight: Int64?
        func validate(into context: inout ValidationContext) {
            context.check(weight, within: 0...100, at: "weight")
        }
    }

    struct Root: TencentCloudValidatable {
        var leaves: [Leaf]
        func validate(into context: inout ValidationContext) {
            context.requireNonEmpty(leaves, at: "leaves")
            context.check(leaves, maxCount: 2, at: "leaves")
            context.validate(leaves, at: "leaves")
        }
    }

    @Test func listsEveryProblemWithItsPath() {
        let root = Root(leaves: [Leaf(weight: 5), Leaf(weight: 101), Leaf(weight: -1)])
        #expect(throws: ValidationError.self) { try root.validate() }
        do {
            try root.validate()
        } catch {
            #expect(error.problems.map(\.path) == ["leaves", "leaves[1].weight", "leaves[2].weight"])
        }
    }

    struct Branch: TencentCloudValidatable {
        var root: Root?
        var named: [String: Leaf]?
        var roots: [Root]?
        var count: Int64
        func validate(into context: inout ValidationContext) {
            context.validate(root, at: "root")
            context.validate(named, at: "named")
            context.validate(roots, at: "roots")
            context.check(count, within: 1...9, at: "count")
        }
    }

    /// Each level puts its field, index or key before the paths of what was found below it, and only there.
    @Test func nestedValuesArraysAndMapsPrefixTheirPaths() {
        let bad = Leaf(weight: 200)
        let branch = Branch(
            root: Root(leaves: [bad]), named: ["b": bad, "a": Leaf(weight: 1), "c": bad],
            roots: [Root(leaves: [Leaf(weight: 1)]), Root(leaves: []), Root(leaves: [Leaf(weight: 0), bad])], count: 0)
        var context = ValidationContext()
        branch.validate(into: &context)
        #expect(
            context.problems.map(\.path) == [
                "root.leaves[0].weight", "named[b].weight", "named[c].weight", "roots[1].leaves",
                "roots[2].leaves[1].weight", "count",
            ])
        var nested = ValidationContext()
        nested.validate([branch], at: "branches")
        #expect(nested.problems.map(\.path) == context.problems.map { "branches[0]." + $0.path })
    }

    @Test func emptyRequiredArrayIsAProblem() {
        #expect(throws: ValidationError(problems: [ValidationProblem(path: "leaves", message: "must not be empty")])) {
            try Root(leaves: []).validate()
        }
    }

    @Test func validValuePasses() throws {
        try Root(leaves: [Leaf(weight: 0), Leaf(weight: nil)]).validate()
    }
}

struct ResponseDecoderTests {
    struct Output: Decodable {
        var RequestId: String
        var Count: Int64
    }

    @Test func decodesTheResponseObject() throws {
        let body = Data(#"{"Response":{"Count":3,"RequestId":"r-1"}}"#.utf8)
        let output = try ResponseDecoder.decode(Output.self, status: 200, body: body)
        #expect(output.Count == 3)
    }

    @Test func serviceErrorBecomesTypedError() {
        let body = Data(#"{"Response":{"Error":{"Code":"InvalidParameter","Message":"bad"},"RequestId":"r-2"}}"#.utf8)
        #expect(throws: TencentCloudError.service(code: "InvalidParameter", message: "bad", requestId: "r-2")) {
            try ResponseDecoder.decode(Output.self, status: 200, body: body)
        }
    }

    @Test(
        "HTML, empty, truncated and 5xx bodies give clear errors",
        arguments: [
            (502, "<html><body>Bad Gateway</body></html>"), (200, ""), (200, #"{"Response":{"Count":"#),
            (500, #"{"Response":{"RequestId":"x"}}"#),
        ])
    func badBodies(status: Int, body: String) {
        do {
            _ = try ResponseDecoder.decode(Output.self, status: status, body: Data(body.utf8))
            Issue.record("decoded a bad body")
        } catch let error as TencentCloudError {
            guard case .invalidResponse(let reported, _, let excerpt) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(reported == status)
            #expect(excerpt == String(body.prefix(ResponseDecoder.excerptLength)))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func missingFieldNamesItsPath() {
        let body = Data(#"{"Response":{"RequestId":"r-3"}}"#.utf8)
        do {
            _ = try ResponseDecoder.decode(Output.self, status: 200, body: body)
            Issue.record("decoded without Count")
        } catch {
            #expect("\(error)".contains("Response.Count"))
        }
    }
}

struct CredentialTests {
    @Test func environmentReadsSecretsAndEitherTokenName() async throws {
        let provider = EnvironmentCredentialProvider {
            ["TENCENTCLOUD_SECRET_ID": "id", "TENCENTCLOUD_SECRET_KEY": "key", "TENCENTCLOUD_TOKEN": "tok"]
        }
        #expect(try await provider.credential() == Credential(secretId: "id", secretKey: "key", token: "tok"))
    }

    @Test func missingEnvironmentIsAnError() async {
        let provider = EnvironmentCredentialProvider { [:] }
        await #expect(throws: TencentCloudError.self) { try await provider.credential() }
    }

    @Test func descriptionNeverShowsSecrets() {
        let text = "\(Credential(secretId: "AKID1", secretKey: "very-secret", token: "session-token"))"
        #expect(!text.contains("very-secret") && !text.contains("session-token"))
    }

    @Test func financialRegionUsesItsOwnHost() throws {
        let configuration = ServiceConfiguration(name: "clb", version: "2018-03-17", host: "clb.tencentcloudapi.com")
        let url = try Endpoint.url(for: configuration, region: "ap-shanghai-fsi", override: nil)
        #expect(url.host == "clb.ap-shanghai-fsi.tencentcloudapi.com")
        #expect(try Endpoint.url(for: configuration, region: "ap-guangzhou", override: nil).host == "clb.tencentcloudapi.com")
        #expect(Endpoint.hostHeader(of: URL(string: "http://127.0.0.1:8080")!) == "127.0.0.1:8080")
    }
}
