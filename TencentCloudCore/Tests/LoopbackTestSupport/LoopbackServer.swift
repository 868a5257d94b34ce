import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// A request as the loopback server received it.
public struct RecordedRequest: Sendable {
    public var method: String
    public var uri: String
    public var headers: [(String, String)]
    public var body: Data

    /// The first value of header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }
}

/// What the server does with a request.
public enum LoopbackReply: Sendable {
    /// Answers with `status` and `body` after `delay`.
    case respond(status: Int, body: String, delay: TimeAmount = .zero)
    /// Closes the connection without answering (a connection reset for the client).
    case reset
    /// Answers `text/event-stream` with `headers`, writing each chunk `interval` after the one before, then ends
    /// the body (or, with `endAfter` false, holds it open until the client goes away).
    case stream(headers: [(String, String)], chunks: [String], interval: TimeAmount, endAfter: Bool = true)
}

/// An HTTP/1.1 server on 127.0.0.1 with a random port, for tests: each request is answered by `respond`;
/// it counts requests and open connections so tests can check for leaks.
public final class LoopbackServer: Sendable {
    public typealias Responder = @Sendable (RecordedRequest) -> LoopbackReply

    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    private let counters: NIOLockedValueBox<(requests: Int, open: Int, peak: Int)>

    /// The port the server listens on.
    public var port: Int { channel.localAddress?.port ?? 0 }
    /// `http://127.0.0.1:<port>`.
    public var url: URL { URL(string: "http://127.0.0.1:\(port)")! }
    /// Requests answered or reset so far.
    public var requestCount: Int { counters.withLockedValue { $0.requests } }
    /// Connections open now.
    public var openConnections: Int { counters.withLockedValue { $0.open } }
    /// The most connections open at once.
    public var peakConnections: Int { counters.withLockedValue { $0.peak } }

    /// Starts a server answering with `respond`.
    public init(threads: Int = 1, respond: @escaping Responder) async throws {
        group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
        let counters = NIOLockedValueBox((requests: 0, open: 0, peak: 0))
        self.counters = counters
        channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .serverChannelOption(.backlog, value: 1024)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(RequestHandler(respond: respond, counters: counters))
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
    }

    /// Answers every request with `status` and `body`.
    public convenience init(status: Int = 200, body: String) async throws {
        try await self.init { _ in .respond(status: status, body: body) }
    }

    /// Stops the server.
    public func shutdown() async throws {
        try await channel.close()
        try await group.shutdownGracefully()
    }
}

private final class RequestHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let respond: LoopbackServer.Responder
    private let counters: NIOLockedValueBox<(requests: Int, open: Int, peak: Int)>
    private var head: HTTPRequestHead?
    private var body = Data()

    init(respond: @escaping LoopbackServer.Responder, counters: NIOLockedValueBox<(requests: Int, open: Int, peak: Int)>) {
        self.respond = respond
        self.counters = counters
    }

    func channelActive(context: ChannelHandlerContext) {
        counters.withLockedValue {
            $0.open += 1
            $0.peak = max($0.peak, $0.open)
        }
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        counters.withLockedValue { $0.open -= 1 }
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body = Data()
        case .body(var buffer):
            body.append(contentsOf: buffer.readBytes(length: buffer.readableBytes) ?? [])
        case .end:
            guard let head else { return }
            self.head = nil
            let request = RecordedRequest(
                method: head.method.rawValue, uri: head.uri, headers: head.headers.map { ($0.name, $0.value) }, body: body)
            counters.withLockedValue { $0.requests += 1 }
            switch respond(request) {
            case .reset:
                context.close(promise: nil)
            case .respond(let status, let text, let delay):
                let version = head.version
                let send = { [self] in
                    var headers = HTTPHeaders()
                    headers.add(name: "Content-Type", value: "application/json")
                    headers.add(name: "Content-Length", value: String(text.utf8.count))
                    let responseHead = HTTPResponseHead(version: version, status: .init(statusCode: status), headers: headers)
                    context.write(wrapOutboundOut(.head(responseHead)), promise: nil)
                    context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: text)))), promise: nil)
                    context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
                }
                if delay == .zero {
                    send()
                } else {
                    context.eventLoop.assumeIsolated().scheduleTask(in: delay) { send() }
                }
            case .stream(let extra, let chunks, let interval, let endAfter):
                var headers = HTTPHeaders()
                headers.add(name: "Content-Type", value: "text/event-stream")
                headers.add(name: "Transfer-Encoding", value: "chunked")
                for (name, value) in extra { headers.add(name: name, value: value) }
                context.writeAndFlush(
                    wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .ok, headers: headers))), promise: nil)
                let loop = context.eventLoop.assumeIsolated()
                for (index, chunk) in chunks.enumerated() {
                    loop.scheduleTask(in: interval * Int64(index + 1)) { [self] in
                        context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: chunk)))), promise: nil)
                    }
                }
                if endAfter {
                    loop.scheduleTask(in: interval * Int64(chunks.count + 1)) { [self] in
                        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
                    }
                }
            }
        }
    }
}
