import Foundation
import Testing

/// Reads `../shared/vectors/tc3.json` (beside the project) when it is there.
enum SharedVectors {
    /// This file is `<project>/TencentCloudCore/Tests/TencentCloudCoreTests/SharedVectors.swift`.
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/vectors/tc3.json").standardizedFileURL

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: url.path) }

    struct Vector: Sendable, CustomTestStringConvertible {
        var id: String
        var method: String
        var query: String
        var payload: String?
        var payloadHash: String?
        var headers: [(String, String)]
        var timestamp: Int
        var service: String
        var secretId: String
        var secretKey: String?
        var secretSigning: String?
        var computed: [String: String]
        var expect: [String: String]

        var testDescription: String { id }
    }

    static func tc3() -> [Vector] {
        guard let data = try? Data(contentsOf: url),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let vectors = root["tc3"] as? [[String: Any]]
        else { return [] }
        return vectors.map { raw in
            func strings(_ key: String) -> [String: String] {
                (raw[key] as? [String: Any] ?? [:]).compactMapValues { $0 as? String }
            }
            let headers = (raw["headers"] as? [[String]] ?? []).map { ($0[0], $0[1]) }
            return Vector(
                id: raw["id"] as? String ?? "?",
                method: raw["method"] as? String ?? "POST",
                query: raw["query"] as? String ?? "",
                payload: raw["payload"] as? String,
                payloadHash: raw["payload_hash"] as? String,
                headers: headers,
                timestamp: raw["timestamp"] as? Int ?? 0,
                service: raw["service"] as? String ?? "",
                secretId: raw["secret_id"] as? String ?? "",
                secretKey: raw["secret_key"] as? String,
                secretSigning: raw["secret_signing"] as? String,
                computed: strings("computed"),
                expect: strings("expect"))
        }
    }
}
