/// A secret ID and key, with a session token for temporary credentials.
public struct Credential: Hashable, Sendable, CustomStringConvertible {
    /// The secret ID (`AKID…`).
    public var secretId: String
    /// The secret key.
    public var secretKey: String
    /// The session token of temporary credentials.
    public var token: String?

    /// Creates a credential.
    public init(secretId: String, secretKey: String, token: String? = nil) {
        self.secretId = secretId
        self.secretKey = secretKey
        self.token = token
    }

    /// Shows the secret ID only; the key and token never appear in logs or descriptions.
    public var description: String {
        "Credential(secretId: \(secretId), secretKey: <redacted>, token: \(token == nil ? "nil" : "<redacted>"))"
    }
}

/// Something that supplies credentials when a request is signed.
public protocol CredentialProvider: Sendable {
    /// The credential to sign the next request with.
    func credential() async throws -> Credential
}
