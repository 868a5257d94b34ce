import Foundation

/// The STS calls both role providers make.
enum STSCall {
    static let configuration = ServiceConfiguration(name: "sts", version: "2018-08-13", host: "sts.tencentcloudapi.com")

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

extension Credentials {
    /// STS's public endpoint, where the role providers get temporary credentials.
    public static let stsEndpoint = URL(string: "https://sts.tencentcloudapi.com/")!
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
        region: String = "ap-guangzhou", endpoint: URL = Credentials.stsEndpoint,
        transport: any TencentCloudTransport = AsyncHTTPClientTransport()
    ) {
        let client = TencentCloudClient(credentials: base, transport: transport)
        let request = Request(RoleArn: roleArn, RoleSessionName: sessionName, DurationSeconds: durationSeconds)
        refreshing = RefreshingCredentialProvider {
            let answer: STSCall.Answer = try await client.send(
                request, action: ActionDescriptor(name: "AssumeRole", region: .required), service: STSCall.configuration,
                options: CallOptions(region: region, endpoint: endpoint))
            return STSCall.expiring(answer)
        }
    }

    public func credential() async throws -> Credential { try await refreshing.credential() }
}

/// Temporary credentials for a TKE pod from STS AssumeRoleWithWebIdentity (OIDC), read from `TKE_PROVIDER_ID`,
/// `TKE_WEB_IDENTITY_TOKEN_FILE`, `TKE_ROLE_ARN` (and `TKE_REGION`); the token file is read at every refresh.
public struct TKEOIDCCredentialProvider: CredentialProvider {
    private struct Request: Encodable, TencentCloudValidatable {
        var ProviderId: String
        var WebIdentityToken: String
        var RoleArn: String
        var RoleSessionName: String
        var DurationSeconds: Int
    }

    private let refreshing: RefreshingCredentialProvider

    /// Creates a provider from the TKE environment; throws when it is incomplete.
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment, endpoint: URL = Credentials.stsEndpoint,
        transport: any TencentCloudTransport = AsyncHTTPClientTransport()
    ) throws {
        guard let provider = environment["TKE_PROVIDER_ID"], let tokenFile = environment["TKE_WEB_IDENTITY_TOKEN_FILE"],
            let roleArn = environment["TKE_ROLE_ARN"]
        else {
            throw TencentCloudError.missingCredentials(
                "TKE_PROVIDER_ID, TKE_WEB_IDENTITY_TOKEN_FILE and TKE_ROLE_ARN are not set")
        }
        let region = environment["TKE_REGION"] ?? "ap-guangzhou"
        // The action is called without credentials (`Authorization: SKIP`), as its page says.
        let client = TencentCloudClient(credentials: .static(secretId: "", secretKey: ""), transport: transport)
        let action = ActionDescriptor(name: "AssumeRoleWithWebIdentity", region: .required, signing: .skip)
        refreshing = RefreshingCredentialProvider {
            guard let token = FileManager.default.contents(atPath: tokenFile) else {
                throw TencentCloudError.credentialsUnavailable("cannot read the web identity token at \(tokenFile)")
            }
            let request = Request(
                ProviderId: provider,
                WebIdentityToken: String(decoding: token, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines),
                RoleArn: roleArn, RoleSessionName: "tencentcloud-swift-\(Int(Date().timeIntervalSince1970))",
                DurationSeconds: 7200)
            let answer: STSCall.Answer = try await client.send(
                request, action: action, service: STSCall.configuration, options: CallOptions(region: region, endpoint: endpoint))
            return STSCall.expiring(answer)
        }
    }

    public func credential() async throws -> Credential { try await refreshing.credential() }
}
