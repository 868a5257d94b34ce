import Foundation
import LoopbackTestSupport
import Testing

@testable import TencentCloudCore

/// Every credential provider, with its service on loopback.
struct CredentialProviderTests {
    static func temporaryFile(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tc-\(UUID().uuidString)").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func stsAnswer(expiresIn seconds: Int, id: String = "TMPID") -> String {
        let expiry = Int(Date().timeIntervalSince1970) + seconds
        return
            #"{"Response":{"Credentials":{"Token":"tmp-token","TmpSecretId":"\#(id)","TmpSecretKey":"tmp-key"},"ExpiredTime":\#(expiry),"Expiration":"x","RequestId":"r"}}"#
    }

    @Test func profileFile() async throws {
        let path = try Self.temporaryFile(
            "# comment\n[default]\nsecret_id = AKID1\nsecret_key = key1\n\n[prod]\nsecret_id=AKID2\nsecret_key=key2\ntoken = t2\n"
        )
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try await ProfileCredentialProvider(path: path).credential() == Credential(secretId: "AKID1", secretKey: "key1"))
        let prod = ProfileCredentialProvider(environment: ["TENCENTCLOUD_CREDENTIALS_FILE": path, "TENCENTCLOUD_PROFILE": "prod"])
        #expect(try await prod.credential() == Credential(secretId: "AKID2", secretKey: "key2", token: "t2"))
        await #expect(throws: TencentCloudError.self) {
            try await ProfileCredentialProvider(path: path, profile: "none").credential()
        }
    }

    @Test func cvmRoleFromTheMetadataService() async throws {
        let expiry = Int(Date().timeIntervalSince1970) + 3600
        let server = try await LoopbackServer { request in
            switch request.uri {
            case "/meta/": .respond(status: 200, body: "role-a\n")
            case "/meta/role-a":
                .respond(
                    status: 200,
                    body:
                        #"{"TmpSecretId":"CVMID","TmpSecretKey":"cvm-key","Token":"cvm-token","ExpiredTime":\#(expiry),"Code":"Success"}"#
                )
            default: .respond(status: 404, body: "")
            }
        }
        let provider = CVMRoleCredentialProvider(baseURL: server.url.appendingPathComponent("meta/"))
        #expect(try await provider.credential() == Credential(secretId: "CVMID", secretKey: "cvm-key", token: "cvm-token"))
        _ = try await provider.credential()
        #expect(server.requestCount == 2)
        try await server.shutdown()
    }

    @Test func assumeRoleIsSignedWithTheBaseCredentialsAndRefreshedBeforeExpiry() async throws {
        let server = try await LoopbackServer { request in
            guard request.header("X-TC-Action") == "AssumeRole",
                Demo.signatureIsValid(request, secretKey: "base-key", service: "sts"),
                String(decoding: request.body, as: UTF8.self).contains(#""RoleArn":"qcs::cam::uin/1:roleName/r""#)
            else {
                return .respond(
                    status: 200, body: #"{"Response":{"Error":{"Code":"AuthFailure","Message":"no"},"RequestId":"r"}}"#)
            }
            // Credentials that expire within the refresh margin: every use fetches again.
            return .respond(status: 200, body: CredentialProviderTests.stsAnswer(expiresIn: 60))
        }
        let provider = AssumeRoleCredentialProvider(
            base: .static(secretId: "BASEID", secretKey: "base-key"), roleArn: "qcs::cam::uin/1:roleName/r", endpoint: server.url)
        #expect(try await provider.credential() == Credential(secretId: "TMPID", secretKey: "tmp-key", token: "tmp-token"))
        _ = try await provider.credential()
        #expect(server.requestCount == 2)
        try await server.shutdown()
    }

    @Test func tkeOIDCReadsTheTokenFileAndCallsUnsigned() async throws {
        let tokenFile = try Self.temporaryFile("the-oidc-token\n")
        defer { try? FileManager.default.removeItem(atPath: tokenFile) }
        let server = try await LoopbackServer { request in
            let body = String(decoding: request.body, as: UTF8.self)
            guard request.header("Authorization") == "SKIP", request.header("X-TC-Action") == "AssumeRoleWithWebIdentity",
                body.contains(#""WebIdentityToken":"the-oidc-token""#), body.contains(#""ProviderId":"provider-1""#)
            else { return .respond(status: 400, body: "{}") }
            return .respond(status: 200, body: CredentialProviderTests.stsAnswer(expiresIn: 7200, id: "TKEID"))
        }
        let provider = try TKEOIDCCredentialProvider(
            environment: [
                "TKE_PROVIDER_ID": "provider-1", "TKE_WEB_IDENTITY_TOKEN_FILE": tokenFile,
                "TKE_ROLE_ARN": "qcs::cam::uin/1:roleName/r",
            ],
            endpoint: server.url)
        #expect(try await provider.credential().secretId == "TKEID")
        #expect(throws: TencentCloudError.self) { try TKEOIDCCredentialProvider(environment: [:]) }
        try await server.shutdown()
    }

    @Test func concurrentCallersShareOneRefresh() async throws {
        let fetches = Recorder<Int>()
        let provider = RefreshingCredentialProvider {
            fetches.append(1)
            try await Task.sleep(for: .milliseconds(50))
            return ExpiringCredential(
                credential: Credential(secretId: "a", secretKey: "b"), expiration: Date().addingTimeInterval(3600))
        }
        try await withThrowingTaskGroup(of: Credential.self) { group in
            for _ in 0..<200 { group.addTask { try await provider.credential() } }
            for try await credential in group { #expect(credential.secretId == "a") }
        }
        #expect(fetches.count == 1)
    }

    @Test func refreshHappensBeforeExpiry() async throws {
        let clock = Recorder<Int>()
        let provider = RefreshingCredentialProvider(
            refreshMargin: 300, now: { Date(timeIntervalSince1970: 1_000 + Double(clock.count) * 200) }
        ) {
            ExpiringCredential(
                credential: Credential(secretId: "a", secretKey: "b"), expiration: Date(timeIntervalSince1970: 1_700))
        }
        _ = try await provider.credential()  // t=1000: fetch; expires at 1700
        clock.append(1)
        _ = try await provider.credential()  // t=1200: 500 s left, cached
        clock.append(1)
        _ = try await provider.credential()  // t=1400: 300 s left, within the margin: refetch
        #expect(await provider.fetchCount == 2)
    }

    @Test func defaultChainTakesTheFirstProviderThatWorks() async throws {
        let path = try Self.temporaryFile("[default]\nsecret_id = PROFILEID\nsecret_key = k\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let metadata = try await LoopbackServer(status: 404, body: "")
        let fromEnvironment = DefaultCredentialChain(
            environment: [
                "TENCENTCLOUD_SECRET_ID": "ENVID", "TENCENTCLOUD_SECRET_KEY": "k", "TENCENTCLOUD_CREDENTIALS_FILE": path,
            ],
            metadataURL: metadata.url)
        #expect(try await fromEnvironment.credential().secretId == "ENVID")
        let fromProfile = DefaultCredentialChain(environment: ["TENCENTCLOUD_CREDENTIALS_FILE": path], metadataURL: metadata.url)
        #expect(try await fromProfile.credential().secretId == "PROFILEID")
        let nothing = DefaultCredentialChain(environment: ["HOME": "/nonexistent"], metadataURL: metadata.url)
        await #expect(throws: TencentCloudError.self) { try await nothing.credential() }
        try await metadata.shutdown()
    }
}
