import Foundation

/// Reads the `{"Response": {…}}` envelope: the service's error, or the action's output.
enum ResponseDecoder {
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
        try decodeWithRequestId(type, status: status, body: body).output
    }

    /// Decodes `body` as the output of an action together with its RequestId, reading the envelope once.
    static func decodeWithRequestId<Output: Decodable>(
        _ type: Output.Type, status: Int, body: Data
    ) throws -> (output: Output, requestId: String?) {
        let decoder = JSONDecoder()
        let envelope: ErrorEnvelope
        do {
            envelope = try decoder.decode(ErrorEnvelope.self, from: body)
        } catch {
            let reason = body.isEmpty ? "empty body" : "not a Tencent Cloud JSON response"
            throw TencentCloudError.invalidResponse(status: status, reason: reason, bodyExcerpt: excerpt(body))
        }
        if let serviceError = envelope.Response.Error {
            throw TencentCloudError.service(
                code: serviceError.Code, message: serviceError.Message ?? "", requestId: envelope.Response.RequestId)
        }
        guard (200..<300).contains(status) else {
            throw TencentCloudError.invalidResponse(status: status, reason: "HTTP error status", bodyExcerpt: excerpt(body))
        }
        do {
            return (try decoder.decode(Envelope<Output>.self, from: body).Response, envelope.Response.RequestId)
        } catch let error as DecodingError {
            throw TencentCloudError.invalidResponse(status: status, reason: describe(error), bodyExcerpt: excerpt(body))
        }
    }

    private static func excerpt(_ body: Data) -> String {
        let text = String(decoding: body.prefix(excerptLength), as: UTF8.self)
        return body.count > excerptLength ? text + "…" : text
    }

    /// A decoding error as `field path: what went wrong`.
    static func describe(_ error: DecodingError) -> String {
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
