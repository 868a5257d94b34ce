import Foundation

/// Reads the `{"Response": {…}}` envelope: the service's error, or the action's output.
package enum ResponseDecoder {
    private struct ErrorEnvelope: Decodable {
        struct Body: Decodable {
            struct ServiceError: Decodable {
                var Code: String
                var Message: String?
            }
            var Error: ServiceError?
            var RequestId: String?
        }
        var Response: Body
    }

    private struct Envelope<Output: Decodable>: Decodable {
        var Response: Output
    }

    /// The longest excerpt of a bad body quoted in an error.
    static let excerptLength = 200

    /// Decodes `body` as the output of an action, or throws ``TencentCloudError``.
    static func decode<Output: Decodable>(_ type: Output.Type, status: Int, body: Data) throws -> Output {
        _ = try requestId(status: status, body: body)
        return try output(type, status: status, body: body)
    }

    /// The answer's RequestId, after checking that it is a Tencent Cloud answer without `Response.Error` and with a
    /// success status; throws ``TencentCloudError/service(code:message:requestId:)`` or
    /// ``TencentCloudError/invalidResponse(status:reason:bodyExcerpt:)`` otherwise.
    static func requestId(status: Int, body: some DataProtocol) throws -> String? {
        let data = Data(body)
        let envelope: ErrorEnvelope
        do {
            envelope = try JSONDecoder().decode(ErrorEnvelope.self, from: data)
        } catch {
            let reason = data.isEmpty ? "empty body" : "not a Tencent Cloud JSON response"
            throw TencentCloudError.invalidResponse(status: status, reason: reason, bodyExcerpt: excerpt(data))
        }
        if let serviceError = envelope.Response.Error {
            throw TencentCloudError.service(
                code: serviceError.Code, message: serviceError.Message ?? "", requestId: envelope.Response.RequestId)
        }
        guard (200..<300).contains(status) else {
            throw TencentCloudError.invalidResponse(status: status, reason: "HTTP error status", bodyExcerpt: excerpt(data))
        }
        return envelope.Response.RequestId
    }

    /// Decodes the `Response` object of an answer already checked by ``requestId(status:body:)``.
    static func output<Output: Decodable>(_ type: Output.Type, status: Int, body: some DataProtocol) throws -> Output {
        let data = Data(body)
        do {
            return try JSONDecoder().decode(Envelope<Output>.self, from: data).Response
        } catch let error as DecodingError {
            throw TencentCloudError.invalidResponse(status: status, reason: describe(error), bodyExcerpt: excerpt(data))
        }
    }

    private static func excerpt(_ body: Data) -> String {
        let text = String(decoding: body.prefix(excerptLength), as: UTF8.self)
        return body.count > excerptLength ? text + "…" : text
    }

    /// A decoding error as `field path: what went wrong`.
    package static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop { $0 == "." }.description
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context.codingPath + [key])): missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
