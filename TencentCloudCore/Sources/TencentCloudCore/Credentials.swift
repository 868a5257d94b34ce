import Foundation

/// Where a ``TencentCloudClient`` gets its credentials.
public struct Credentials: Sendable {
    /// The provider consulted before each request.
    public let provider: any CredentialProvider

    /// Wraps any provider.
    public init(provider: any CredentialProvider) {
        self.provider = provider
    }

    /// Fixed credentials.
    public static func `static`(secretId: String, secretKey: String, token: String? = nil) -> Credentials {
        Credentials(
            provider: StaticCredentialProvider(credential: Credential(secretId: secretId, secretKey: secretKey, token: token)))
    }

    /// `TENCENTCLOUD_SECRET_ID`, `TENCENTCLOUD_SECRET_KEY` and `TENCENTCLOUD_SESSION_TOKEN` (or
    /// `TENCENTCLOUD_TOKEN`), read when a request is signed.
    public static var environment: Credentials {
        Credentials(provider: EnvironmentCredentialProvider())
    }
}

/// Supplies one fixed credential.
public struct StaticCredentialProvider: CredentialProvider {
    let value: Credential

    /// Creates a provider of `credential`.
    public init(credential: Credential) {
        value = credential
    }

    public func credential() async throws -> Credential { value }
}

/// Reads credentials from the process environment each time.
public struct EnvironmentCredentialProvider: CredentialProvider {
    let environment: @Sendable () -> [String: String]

    /// Creates a provider reading `environment` (the process's environment by default).
    public init(environment: @escaping @Sendable () -> [String: String] = { ProcessInfo.processInfo.environment }) {
        self.environment = environment
    }

    public func credential() async throws -> Credential {
        let values = environment()
        guard let id = values["TENCENTCLOUD_SECRET_ID"], !id.isEmpty,
            let key = values["TENCENTCLOUD_SECRET_KEY"], !key.isEmpty
        else {
            throw TencentCloudError.missingCredentials("TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not set")
        }
        let token = values["TENCENTCLOUD_SESSION_TOKEN"] ?? values["TENCENTCLOUD_TOKEN"]
        return Credential(secretId: id, secretKey: key, token: token?.isEmpty == true ? nil : token)
    }
}
