import Foundation
import HTTPTypes

/// Temporary credentials of the CVM instance's role, from the metadata service; refreshed before expiry.
public struct CVMRoleCredentialProvider: CredentialProvider {
    /// The metadata service's credentials folder.
    public static let defaultBaseURL = URL(string: "http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/")!

    private let refreshing: RefreshingCredentialProvider

    /// Creates a provider for `roleName` (discovered from the metadata service when `nil`).
    public init(
        baseURL: URL = Self.defaultBaseURL, roleName: String? = nil,
        transport: any TencentCloudTransport = AsyncHTTPClientTransport()
    ) {
        refreshing = RefreshingCredentialProvider {
            try await Self.fetch(baseURL: baseURL, roleName: roleName, transport: transport)
        }
    }

    public func credential() async throws -> Credential { try await refreshing.credential() }

    private struct Answer: Decodable {
        var TmpSecretId: String
        var TmpSecretKey: String
        var Token: String
        var ExpiredTime: Int
    }

    static func fetch(baseURL: URL, roleName: String?, transport: any TencentCloudTransport) async throws -> ExpiringCredential {
        let base = baseURL.absoluteString.hasSuffix("/") ? baseURL.absoluteString : baseURL.absoluteString + "/"
        var role = roleName
        if role == nil {
            let listing = try await get(base, transport: transport)
            role = String(decoding: listing, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init)
        }
        guard let role, !role.isEmpty else { throw TencentCloudError.credentialsUnavailable("the instance has no CAM role") }
        let data = try await get(base + role, transport: transport)
        guard let answer = try? JSONDecoder().decode(Answer.self, from: data) else {
            throw TencentCloudError.credentialsUnavailable("the metadata service's answer for role \(role) is not credentials")
        }
        return ExpiringCredential(
            credential: Credential(secretId: answer.TmpSecretId, secretKey: answer.TmpSecretKey, token: answer.Token),
            expiration: Date(timeIntervalSince1970: TimeInterval(answer.ExpiredTime)))
    }

    private static func get(_ address: String, transport: any TencentCloudTransport) async throws -> Data {
        guard let url = URL(string: address), let host = Endpoint.hostHeader(of: url) else {
            throw TencentCloudError.invalidRequest("the metadata address \(address) is not a URL")
        }
        let request = HTTPRequest(method: .get, scheme: url.scheme, authority: host, path: Endpoint.path(of: url))
        let (head, body) = try await transport.send(request, body: nil, timeout: .seconds(2))
        let bytes = try await body.collect(upTo: 1 << 20)
        guard head.status.code == 200 else {
            throw TencentCloudError.credentialsUnavailable("metadata service answered HTTP \(head.status.code)")
        }
        return Data(bytes)
    }
}
