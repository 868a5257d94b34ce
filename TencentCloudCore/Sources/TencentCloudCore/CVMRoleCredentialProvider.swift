import AsyncHTTPClient
import Foundation
import NIOCore

/// Temporary credentials of the CVM instance's role, from the metadata service; refreshed before expiry.
public struct CVMRoleCredentialProvider: CredentialProvider {
    /// The metadata service's credentials folder.
    public static let defaultBaseURL = URL(string: "http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/")!

    private let refreshing: RefreshingCredentialProvider

    /// Creates a provider for `roleName` (discovered from the metadata service when `nil`).
    public init(baseURL: URL = Self.defaultBaseURL, roleName: String? = nil, httpClient: HTTPClient = .shared) {
        refreshing = RefreshingCredentialProvider {
            try await Self.fetch(baseURL: baseURL, roleName: roleName, httpClient: httpClient)
        }
    }

    public func credential() async throws -> Credential { try await refreshing.credential() }

    private struct Answer: Decodable {
        var TmpSecretId: String
        var TmpSecretKey: String
        var Token: String
        var ExpiredTime: Int
    }

    static func fetch(baseURL: URL, roleName: String?, httpClient: HTTPClient) async throws -> ExpiringCredential {
        let base = baseURL.absoluteString.hasSuffix("/") ? baseURL.absoluteString : baseURL.absoluteString + "/"
        var role = roleName
        if role == nil {
            let listing = try await get(base, httpClient: httpClient)
            role = String(decoding: listing, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init)
        }
        guard let role, !role.isEmpty else { throw TencentCloudError.credentialsUnavailable("the instance has no CAM role") }
        let data = try await get(base + role, httpClient: httpClient)
        guard let answer = try? JSONDecoder().decode(Answer.self, from: data) else {
            throw TencentCloudError.credentialsUnavailable("the metadata service's answer for role \(role) is not credentials")
        }
        return ExpiringCredential(
            credential: Credential(secretId: answer.TmpSecretId, secretKey: answer.TmpSecretKey, token: answer.Token),
            expiration: Date(timeIntervalSince1970: TimeInterval(answer.ExpiredTime)))
    }

    private static func get(_ url: String, httpClient: HTTPClient) async throws -> Data {
        let response = try await httpClient.execute(HTTPClientRequest(url: url), timeout: .seconds(2))
        let body = try await response.body.collect(upTo: 1 << 20)
        guard response.status.code == 200 else {
            throw TencentCloudError.credentialsUnavailable("metadata service answered HTTP \(response.status.code)")
        }
        return Data(buffer: body)
    }
}
