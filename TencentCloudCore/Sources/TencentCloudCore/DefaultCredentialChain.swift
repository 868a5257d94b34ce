import Foundation

/// Tries providers in order — environment, profile file, CVM instance role, TKE OIDC — and keeps the first
/// that gives credentials.
public actor DefaultCredentialChain: CredentialProvider {
    private let providers: [any CredentialProvider]
    private var chosen: (any CredentialProvider)?

    /// Creates the chain over `providers`.
    public init(providers: [any CredentialProvider]) {
        self.providers = providers
    }

    /// The standard chain, with every base URL configurable so tests can run on loopback.
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        metadataURL: URL = CVMRoleCredentialProvider.defaultBaseURL, stsEndpoint: URL = Credentials.stsEndpoint,
        transport: any TencentCloudTransport = AsyncHTTPClientTransport()
    ) {
        var providers: [any CredentialProvider] = [
            EnvironmentCredentialProvider(environment: { environment }),
            ProfileCredentialProvider(environment: environment),
            CVMRoleCredentialProvider(baseURL: metadataURL, transport: transport),
        ]
        if let tke = try? TKEOIDCCredentialProvider(environment: environment, endpoint: stsEndpoint, transport: transport) {
            providers.append(tke)
        }
        self.providers = providers
    }

    public func credential() async throws -> Credential {
        if let chosen { return try await chosen.credential() }
        var reasons: [String] = []
        for provider in providers {
            do {
                let credential = try await provider.credential()
                chosen = provider
                return credential
            } catch {
                reasons.append("\(type(of: provider)): \(error)")
            }
        }
        throw TencentCloudError.missingCredentials(
            "no provider in the chain gave credentials (" + reasons.joined(separator: "; ") + ")")
    }
}

extension Credentials {
    /// Environment, then the profile file, then the CVM instance role, then TKE OIDC.
    public static var `default`: Credentials { Credentials(provider: DefaultCredentialChain()) }

    /// A profile of the credentials file.
    public static func profile(_ name: String? = nil, path: String? = nil) -> Credentials {
        Credentials(provider: ProfileCredentialProvider(path: path, profile: name))
    }

    /// The CVM instance's role.
    public static func cvmRole(_ roleName: String? = nil) -> Credentials {
        Credentials(provider: CVMRoleCredentialProvider(roleName: roleName))
    }

    /// A role assumed through STS with `base` credentials.
    public static func assumeRole(_ roleArn: String, base: Credentials, sessionName: String = "tencentcloud-swift") -> Credentials
    {
        Credentials(provider: AssumeRoleCredentialProvider(base: base, roleArn: roleArn, sessionName: sessionName))
    }
}
