import Foundation
import LoopbackTestSupport
import NIOConcurrencyHelpers
import TencentCloudHUNYUAN
import Testing

/// The generated streaming method of `TencentCloudHUNYUAN` (its page documents SSE) against a loopback server that
/// streams events shaped as hunyuan's ChatCompletions streams them.
struct StreamingEndToEndTests {
    static func hunyuan(_ server: LoopbackServer) -> HUNYUAN {
        HUNYUAN(client: TencentCloudClient(credentials: .static(secretId: "id", secretKey: "key")), endpoint: server.url)
    }

    static let request = HUNYUAN.ChatCompletionsRequest(
        model: "hunyuan-lite", messages: [HUNYUAN.Message(role: .user, content: "你好")])

    /// One event as the service sends it: the response's members without `RequestId`, then a blank line.
    static func event(_ content: String, finish: String = "") -> String {
        #"data: {"Note":"以上内容为AI生成","Choices":[{"FinishReason":"\#(finish)","Delta":{"Role":"assistant","Content":"\#(content)"}}],"Created":1705634813,"Id":"681ef57e","Usage":{"PromptTokens":3,"CompletionTokens":1,"TotalTokens":4}}"#
            + "\n\n"
    }

    @Test func eventsArriveTypedWithTheRequestIdFromTheHeader() async throws {
        let sent = NIOLockedValueBox<[RecordedRequest]>([])
        // The second event is split across two chunks, with a comment line and CRLF line ends in between.
        let chunks = [
            Self.event("你"), ": keep-alive\r\n" + String(Self.event("好").dropLast(12)), "TotalTokens\":4}}\r\n\r\n",
            Self.event("", finish: "stop"),
        ]
        let server = try await LoopbackServer { request in
            sent.withLockedValue { $0.append(request) }
            return .stream(headers: [("X-TC-RequestId", "req-stream-1")], chunks: chunks, interval: .milliseconds(5))
        }
        defer { Task { try await server.shutdown() } }
        let stream = try await Self.hunyuan(server).chatCompletionsStream(Self.request)
        #expect(stream.requestId == "req-stream-1")
        var text = ""
        var finishes: [String?] = []
        for try await event in stream {
            text += event.choices?.first?.delta?.content ?? ""
            finishes.append(event.choices?.first?.finishReason)
        }
        #expect(text == "你好")
        #expect(finishes.last == "stop")
        #expect(finishes.count == 3)
        // The method asked for a stream; the request is otherwise the caller's.
        let body = try #require(sent.withLockedValue { $0.first }?.body)
        let json = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(json["Stream"] as? Bool == true)
        #expect(json["Model"] as? String == "hunyuan-lite")
    }

    @Test func anErrorInTheMiddleOfTheStreamIsTheTypedError() async throws {
        let failure =
            #"data: {"Response":{"Error":{"Code":"FailedOperation.EngineServerError","Message":"engine"},"RequestId":"req-e"}}"#
        let server = try await LoopbackServer { _ in
            .stream(
                headers: [("X-TC-RequestId", "req-e")], chunks: [Self.event("a"), failure + "\n\n"], interval: .milliseconds(5))
        }
        defer { Task { try await server.shutdown() } }
        var received = 0
        do {
            for try await _ in try await Self.hunyuan(server).chatCompletionsStream(Self.request) { received += 1 }
            Issue.record("the stream ended without its error")
        } catch let error as HUNYUAN.Error {
            #expect(error.code == .failedOperationEngineServerError)
            #expect(error.requestId == "req-e")
        }
        #expect(received == 1)
    }

    @Test func anErrorBeforeTheStreamIsTheTypedError() async throws {
        let server = try await LoopbackServer(
            body: #"{"Response":{"Error":{"Code":"InvalidParameterValue.Model","Message":"no such model"},"RequestId":"req-j"}}"#)
        defer { Task { try await server.shutdown() } }
        await #expect(throws: HUNYUAN.Error(code: .invalidParameterValueModel, message: "no such model", requestId: "req-j")) {
            _ = try await Self.hunyuan(server).chatCompletionsStream(Self.request)
        }
    }

    @Test func cancellingTheIteratingTaskStopsReading() async throws {
        // The server sends one event and then holds the stream open.
        let server = try await LoopbackServer { _ in
            .stream(headers: [], chunks: [Self.event("a")], interval: .milliseconds(5), endAfter: false)
        }
        defer { Task { try await server.shutdown() } }
        let first = NIOLockedValueBox(false)
        let hunyuan = Self.hunyuan(server)
        let reader = Task {
            for try await _ in try await hunyuan.chatCompletionsStream(Self.request) { first.withLockedValue { $0 = true } }
        }
        while !first.withLockedValue({ $0 }) { try await Task.sleep(for: .milliseconds(5)) }
        let started = ContinuousClock.now
        reader.cancel()
        _ = await reader.result
        #expect(ContinuousClock.now - started < .seconds(10), "cancellation ends the iteration at once")
    }

    @Test func theNonStreamingMethodIsUnchanged() async throws {
        let server = try await LoopbackServer(
            body:
                #"{"Response":{"Created":1,"Id":"x","Choices":[{"FinishReason":"stop","Message":{"Role":"assistant","Content":"好"}}],"Usage":{"TotalTokens":2},"RequestId":"req-1"}}"#
        )
        defer { Task { try await server.shutdown() } }
        let response = try await Self.hunyuan(server).chatCompletions(Self.request)
        #expect(response.choices.first?.message?.content == "好")
        #expect(response.requestId == "req-1")
    }
}
