import Foundation

/// Reads a profile of the credentials file (`~/.tencentcloud/credentials`, or `TENCENTCLOUD_CREDENTIALS_FILE`):
///
/// ```ini
/// [default]
/// secret_id = AKID…
/// secret_key = …
/// token = …        ; optional
/// ```
public struct ProfileCredentialProvider: CredentialProvider {
    /// The file read.
    public let path: String
    /// The profile (section) read.
    public let profile: String

    /// Creates a provider for `profile` (`TENCENTCLOUD_PROFILE`, else `default`) of `path` (the environment's
    /// `TENCENTCLOUD_CREDENTIALS_FILE`, else `~/.tencentcloud/credentials`).
    public init(path: String? = nil, profile: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment)
    {
        let home = environment["HOME"] ?? NSHomeDirectory()
        self.path = path ?? environment["TENCENTCLOUD_CREDENTIALS_FILE"] ?? "\(home)/.tencentcloud/credentials"
        self.profile = profile ?? environment["TENCENTCLOUD_PROFILE"] ?? "default"
    }

    public func credential() async throws -> Credential {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TencentCloudError.missingCredentials("no credentials file at \(path)")
        }
        let values = Self.section(profile, of: String(decoding: data, as: UTF8.self))
        guard let id = values["secret_id"], !id.isEmpty, let key = values["secret_key"], !key.isEmpty else {
            throw TencentCloudError.missingCredentials("profile [\(profile)] of \(path) has no secret_id and secret_key")
        }
        return Credential(secretId: id, secretKey: key, token: values["token"].flatMap { $0.isEmpty ? nil : $0 })
    }

    /// The `key = value` pairs of `[name]` in INI text (comments with `#` or `;`).
    static func section(_ name: String, of text: String) -> [String: String] {
        var current: String?
        var values: [String: String] = [:]
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                current = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                continue
            }
            guard current == name, let equals = line.firstIndex(of: "=") else { continue }
            values[line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()] =
                line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        }
        return values
    }
}
