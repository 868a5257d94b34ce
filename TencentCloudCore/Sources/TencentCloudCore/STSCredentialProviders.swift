import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat

/// The STS service both role providers call.
public enum STS {
    static let configuration = ServiceConfiguration(name: "sts", version: "2018-08-13", host: "sts.tencentcloudapi.com")
    /// STS's public endpoint.
    public static let defaultEndpoint = URL(string: "https://sts.tencentcloudapi.com/")!

    struct Answer: Decodable, Sendable {
        struct Body: Decodable, Sendable {
            var Token: String
            var TmpSecretId: String
            var TmpSecretKey: String
        }
        var Credentials: Body
        var ExpiredTime: Int
    }

    static func expiring(_ answer: Answer) -> ExpiringCredential {
        ExpiringCredential(
            credential: Credential(
                secretId: answer.Credentials.TmpSecretId, secretKey: answer.Credentials.TmpSecretKey,
                token: answer.Credentials.Token),
            expiration: Date(timeIntervalSince1970: TimeInterval(answer.ExpiredTime)))
    }
}

/// Temporary credentials of a role, from STS AssumeRole signed with base credentials; refreshed before expiry.
public struct AssumeRoleCredentialProvider: CredentialProvider {
    private struct Request: Encodable, TencentCloudValidatable {
        var RoleArn: String
        var RoleSessionName: String
        var DurationSeconds: Int
    }

    private let refreshing: RefreshingCredentialProvider

    /// Creates a provider assuming `roleArn` with `base` credentials.
    public init(
        base: Credentials, roleArn: String, sessionName: String = "tencentcloud-swift", durationSeconds: Int = 7200,
        region: String = "ap-guangzhou", endpoint: URL = STS.defaultEndpoint, httpClient: HTTPClient = .shared
    ) {
        let client = TencentCloudClient(credentials: base, httpClient: httpClient)
        let request = Request(RoleArn: roleArn, RoleSessionName: sessionName, DurationSeconds: durationSeconds)
        refreshing = RefreshingCredentialProvider {
            let answer: STS.Answer = try await client.send(
                request, action: ActionDescriptor(name: "AssumeRole", region: .required), service: STS.configuration,
                region: region, endpoint: endpoint)
            return STS.expiring(answer)
        }
    }

    public func credential() async throws -> Credential { try await refreshing.credential() }
}

/// Temporary credentials for a TKE pod from STS AssumeRoleWithWebIdentity (OIDC), read from `TKE_PROVIDER_ID`,
/// `TKE_WEB_IDENTITY_TOKEN_FILE`, `TKE_ROLE_ARN` (and `TKE_REGION`); the token file is read at every refresh.
public struct TKEOIDCCredentialProvider: CredentialProvider {
    private struct Request: Encodable {
        var ProviderId: String
        var WebIdentityToken: String
        var RoleArn: String
        var RoleSessionName: String
        var DurationSeconds: Int
    }

    private let refreshing: RefreshingCredentialProvider

    /// Creates a provider from the TKE environment; throws when it is incomplete.
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment, endpoint: URL = STS.defaultEndpoint,
        httpClient: HTTPClient = .shared
    ) throws {
        guard let provider = environment["TKE_PROVIDER_ID"], let tokenFile = environment["TKE_WEB_IDENTITY_TOKEN_FILE"],
            let roleArn = environment["TKE_ROLE_ARN"]
        else {
            throw TencentCloudError.missingCredentials(
                "TKE_PROVIDER_ID, TKE_WEB_IDENTITY_TOKEN_FILE and TKE_ROLE_ARN are not set")
        }
        let region = environment["TKE_REGION"] ?? "ap-guangzhou"
        refreshing = RefreshingCredentialProvider {
            guard let token = FileManager.default.contents(atPath: tokenFile) else {
                throw TencentCloudError.credentialsUnavailable("cannot read the web identity token at \(tokenFile)")
            }
            let request = Request(
                ProviderId: provider,
                WebIdentityToken: String(decoding: token, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines),
                RoleArn: roleArn, RoleSessionName: "tencentcloud-swift-\(Int(Date().timeIntervalSince1970))",
                DurationSeconds: 7200)
            return STS.expiring(try await Self.unsignedCall(request, region: region, endpoint: endpoint, httpClient: httpClient))
        }
    }

    public func credential() async throws -> Credential { try await refreshing.credential() }

    /// AssumeRoleWithWebIdentity is called without a signature (`Authorization: SKIP`).
    private static func unsignedCall(_ request: Request, region: String, endpoint: URL, httpClient: HTTPClient) async throws
        -> STS.Answer
    {
        var http = HTTPClientRequest(url: endpoint.absoluteString)
        http.method = .POST
        http.headers.add(name: "Authorization", value: "SKIP")
        http.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
        http.headers.add(name: "X-TC-Action", value: "AssumeRoleWithWebIdentity")
        http.headers.add(name: "X-TC-Version", value: STS.configuration.version)
        http.headers.add(name: "X-TC-Region", value: region)
        http.headers.add(name: "X-TC-Timestamp", value: String(Int(Date().timeIntervalSince1970)))
        http.body = .bytes(ByteBuffer(data: try JSONEncoder().encode(request)))
        let response = try await httpClient.execute(http, timeout: .seconds(10))
        let body = try await response.body.collect(upTo: 1 << 20)
        return try ResponseDecoder.decode(STS.Answer.self, status: Int(response.status.code), body: Data(buffer: body))
    }
}
