import Foundation
import HTTPTypes

/// One server-sent event (the `text/event-stream` format): its `event` name, `data` (its `data:` lines joined by
/// newlines) and `id`.
public struct ServerSentEvent: Hashable, Sendable {
    /// The `event:` field, when the server names the event.
    public var event: String?
    /// The `data:` lines, joined by `\n`.
    public var data: String
    /// The `id:` field.
    public var id: String?

    /// Creates an event.
    public init(event: String? = nil, data: String, id: String? = nil) {
        self.event = event
        self.data = data
        self.id = id
    }
}

/// Turns the bytes of a `text/event-stream` body into events, chunk by chunk: lines end at LF, CRLF or CR; a blank
/// line ends an event; `:` starts a comment; one space after a field's colon is dropped; an event without `data:`
/// lines is not dispatched (the WHATWG rules).
struct ServerSentEventParser {
    private var line: [UInt8] = []
    private var lastWasCR = false
    private var data: [String] = []
    private var hasData = false
    private var event: String?
    private var id: String?

    /// The events that `chunk` completes.
    mutating func feed(_ chunk: some Sequence<UInt8>) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        for byte in chunk {
            if lastWasCR {
                lastWasCR = false
                if byte == 0x0A { continue }
            }
            switch byte {
            case 0x0A, 0x0D:
                lastWasCR = byte == 0x0D
                if let event = endLine() { events.append(event) }
            default:
                line.append(byte)
            }
        }
        return events
    }

    /// The last event, when the body ends without the blank line that would end it.
    mutating func finish() -> ServerSentEvent? {
        if !line.isEmpty { _ = endLine() }
        return dispatch()
    }

    private mutating func endLine() -> ServerSentEvent? {
        defer { line.removeAll(keepingCapacity: true) }
        if line.isEmpty { return dispatch() }
        if line.first == UInt8(ascii: ":") { return nil }
        let colon = line.firstIndex(of: UInt8(ascii: ":"))
        let name = String(decoding: line[..<(colon ?? line.endIndex)], as: UTF8.self)
        var value = colon.map { line[line.index(after: $0)...] } ?? []
        if value.first == UInt8(ascii: " ") { value = value.dropFirst() }
        let text = String(decoding: value, as: UTF8.self)
        switch name {
        case "data":
            data.append(text)
            hasData = true
        case "event": event = text
        case "id": id = text
        default: break
        }
        return nil
    }

    private mutating func dispatch() -> ServerSentEvent? {
        defer {
            data.removeAll()
            hasData = false
            event = nil
        }
        guard hasData else { return nil }
        return ServerSentEvent(event: event, data: data.joined(separator: "\n"), id: id)
    }
}

/// The answer of a streaming action: its events as they arrive, each decoded as `Event`, and the call's request
/// ID from the `X-TC-RequestId` header.
///
/// Iterate it once (the body is read as it arrives). An event that carries `Error` (at its top level or in a
/// `Response` object) ends the stream with the service's typed error; a body that ends in the middle of an event,
/// or an event that is not `Event`'s JSON, ends it with ``TencentCloudError/invalidResponse(status:reason:bodyExcerpt:)``.
/// Cancelling the iterating task stops reading. A `data: [DONE]` event, as some streams end, ends it quietly. When the
/// server answers with one JSON body instead (it may ignore the request to stream), that answer is the one event.
public struct TencentCloudEventStream<Event: Decodable & Sendable>: AsyncSequence, Sendable {
    /// The request's ID, from the `X-TC-RequestId` header (or the JSON answer).
    public let requestId: String?

    private let body: TransportBody
    /// A JSON answer in place of a stream: its `Response` object's bytes.
    private let single: [UInt8]?
    private let status: Int
    private let mapError: @Sendable (any Error) -> any Error

    /// Wraps an answer of the client's `exchange`; the service's `stream(_:to:region:)` calls this.
    ///
    /// - Parameters:
    ///   - head: The response head.
    ///   - body: The body, still arriving.
    ///   - mapError: Turns ``TencentCloudError/service(code:message:requestId:)`` into the service's typed error, for
    ///     errors met while iterating (the caller maps those this initializer throws).
    package init(head: HTTPResponse, body: TransportBody, mapError: @escaping @Sendable (any Error) -> any Error) async throws {
        status = head.status.code
        self.mapError = mapError
        let contentType = head.headerFields[.contentType]?.lowercased() ?? ""
        if contentType.contains("json") || contentType.isEmpty {
            let bytes = try await body.collect(upTo: TencentCloudClient.maximumResponseBytes)
            requestId = try ResponseDecoder.requestId(status: status, body: bytes)
            single = bytes
            self.body = TransportBody([])
        } else {
            requestId = head.headerFields[.tcRequestId]
            single = nil
            self.body = body
        }
    }

    /// Returns an iterator over the events.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(stream: self, chunks: body.makeAsyncIterator(), single: single)
    }

    /// Reads and decodes one event per call to `next()`.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let stream: TencentCloudEventStream
        var chunks: TransportBody.AsyncIterator
        var single: [UInt8]?
        var parser = ServerSentEventParser()
        var pending: [ServerSentEvent] = []
        var finished = false

        /// The next event, or `nil` at the end of the stream.
        public mutating func next() async throws -> Event? {
            if let bytes = single {
                single = nil
                finished = true
                return try ResponseDecoder.output(Event.self, status: stream.status, body: bytes)
            }
            while pending.isEmpty {
                if finished { return nil }
                try Task.checkCancellation()
                if let chunk = try await chunks.next() {
                    pending = parser.feed(chunk)
                } else {
                    finished = true
                    if let last = parser.finish() { pending = [last] }
                }
            }
            let event = pending.removeFirst()
            if event.data == "[DONE]" {
                finished = true
                pending = []
                return nil
            }
            do {
                return try EventDecoder.decode(Event.self, from: event, status: stream.status, requestId: stream.requestId)
            } catch {
                finished = true
                pending = []
                throw stream.mapError(error)
            }
        }
    }
}

/// Decodes one event's `data`, after checking that it is not an error.
enum EventDecoder {
    private struct ErrorProbe: Decodable {
        struct Failure: Decodable {
            var Code: String
            var Message: String?
        }
        struct Wrapped: Decodable {
            var Error: Failure?
            var RequestId: String?
        }
        var Error: Failure?
        var Response: Wrapped?
        var RequestId: String?
    }

    static func decode<Event: Decodable>(_ type: Event.Type, from event: ServerSentEvent, status: Int, requestId: String?) throws
        -> Event
    {
        let data = Data(event.data.utf8)
        let excerpt = String(event.data.prefix(ResponseDecoder.excerptLength))
        if let probe = try? JSONDecoder().decode(ErrorProbe.self, from: data),
            let failure = probe.Error ?? probe.Response?.Error
        {
            throw TencentCloudError.service(
                code: failure.Code, message: failure.Message ?? "",
                requestId: probe.Response?.RequestId ?? probe.RequestId ?? requestId)
        }
        do {
            return try JSONDecoder().decode(Event.self, from: data)
        } catch let error as DecodingError {
            throw TencentCloudError.invalidResponse(
                status: status, reason: "event: \(ResponseDecoder.describe(error))", bodyExcerpt: excerpt)
        } catch {
            throw TencentCloudError.invalidResponse(status: status, reason: "event is not JSON", bodyExcerpt: excerpt)
        }
    }
}
