/// The pages of a paged action as an `AsyncSequence` of its list's items; ``pages`` gives the whole responses.
///
/// Tencent Cloud pages in three ways, and the generated paginators use the initializer of the action's:
///
/// - ``init(request:offset:setOffset:totalCount:items:fetch:)``: `Offset`/`Limit`, the next page at
///   `offset + items so far`, until an empty page or `TotalCount` items;
/// - ``init(request:page:setPage:firstPage:pageSize:totalCount:items:fetch:)``: a page number
///   (`PageNumber`, `PageNo`, `PageIndex`, `Page`) and a page size, the next page at `page + 1`, until an empty
///   page, a page shorter than the size asked for, or `TotalCount` items;
/// - ``init(request:token:setToken:nextToken:items:fetch:)``: a token or cursor (`NextToken`, `Cursor`,
///   `ScrollId`) the response hands back, until it hands back none, an empty one or the one sent.
///
/// Each iteration sends its own requests; the request it starts from is never changed.
public struct TencentCloudPaginator<Request: TencentCloudRequest, Response: TencentCloudResponse, Item: Sendable>:
    AsyncSequence, Sendable
{
    /// Sends one page's request.
    public typealias Fetch = @Sendable (Request) async throws -> Response

    /// The request of the page after `response`, the answer to `request`, or `nil` when it was the last. Its
    /// arguments: the request, the response, its items, and how many items the pages before it returned.
    typealias Advance = @Sendable (Request, Response, [Item], Int64) -> Request?

    private let request: Request
    private let items: @Sendable (Response) -> [Item]
    private let advance: Advance
    private let fetch: Fetch

    /// Pages by `Offset`: generated code calls this with the action's members.
    public init(
        request: Request,
        offset: @escaping @Sendable (Request) -> Int64?,
        setOffset: @escaping @Sendable (inout Request, Int64) -> Void,
        totalCount: @escaping @Sendable (Response) -> Int64?,
        items: @escaping @Sendable (Response) -> [Item],
        fetch: @escaping Fetch
    ) {
        self.init(request: request, items: items, fetch: fetch) { request, response, page, _ in
            let start = offset(request) ?? 0
            let count = Int64(page.count)
            if count == 0 || totalCount(response).map({ start + count >= $0 }) == true { return nil }
            var next = request
            setOffset(&next, start + count)
            return next
        }
    }

    /// Pages by page number: generated code calls this with the action's members.
    ///
    /// - Parameters:
    ///   - request: The first page's request.
    ///   - page: Its page number.
    ///   - setPage: Sets the page number of a request.
    ///   - firstPage: The page the server sends when the request gives none (the page's documented default, or 1).
    ///   - pageSize: The page size the request asks for; `nil` leaves the short-page check out (the server's
    ///     default size is not known), so iteration stops at an empty page or at `TotalCount`.
    ///   - totalCount: The response's count of every item, when it has one.
    ///   - items: The response's list.
    ///   - fetch: Sends one page's request.
    public init(
        request: Request,
        page: @escaping @Sendable (Request) -> Int64?,
        setPage: @escaping @Sendable (inout Request, Int64) -> Void,
        firstPage: Int64,
        pageSize: @escaping @Sendable (Request) -> Int64?,
        totalCount: @escaping @Sendable (Response) -> Int64?,
        items: @escaping @Sendable (Response) -> [Item],
        fetch: @escaping Fetch
    ) {
        self.init(request: request, items: items, fetch: fetch) { request, response, items, before in
            let count = Int64(items.count)
            if count == 0 { return nil }
            if let size = pageSize(request), size > 0, count < size { return nil }
            if let total = totalCount(response), before + count >= total { return nil }
            var next = request
            setPage(&next, (page(request) ?? firstPage) + 1)
            return next
        }
    }

    /// Pages by a token or cursor the response hands back: generated code calls this with the action's members.
    public init(
        request: Request,
        token: @escaping @Sendable (Request) -> String?,
        setToken: @escaping @Sendable (inout Request, String) -> Void,
        nextToken: @escaping @Sendable (Response) -> String?,
        items: @escaping @Sendable (Response) -> [Item],
        fetch: @escaping Fetch
    ) {
        self.init(request: request, items: items, fetch: fetch) { request, response, _, _ in
            guard let next = nextToken(response), !next.isEmpty, next != token(request) else { return nil }
            var following = request
            setToken(&following, next)
            return following
        }
    }

    private init(
        request: Request, items: @escaping @Sendable (Response) -> [Item], fetch: @escaping Fetch,
        advance: @escaping Advance
    ) {
        self.request = request
        self.items = items
        self.fetch = fetch
        self.advance = advance
    }

    /// The responses, one per page.
    public var pages: Pages { Pages(paginator: self) }

    /// Returns an iterator over the items of every page.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: pages.makeAsyncIterator(), items: items)
    }

    /// Iterates over the items of every page.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var pages: Pages.AsyncIterator
        let items: @Sendable (Response) -> [Item]
        var buffer: [Item] = []
        var index = 0

        /// The next item, fetching the next page when the current one is used up.
        public mutating func next() async throws -> Item? {
            while index == buffer.count {
                guard let page = try await pages.next() else { return nil }
                buffer = items(page)
                index = 0
            }
            defer { index += 1 }
            return buffer[index]
        }
    }

    /// The responses of every page.
    public struct Pages: AsyncSequence, Sendable {
        let paginator: TencentCloudPaginator

        /// Returns an iterator over the pages.
        public func makeAsyncIterator() -> AsyncIterator {
            AsyncIterator(paginator: paginator, next: paginator.request, seen: 0)
        }

        /// Fetches one page per call to `next()`.
        public struct AsyncIterator: AsyncIteratorProtocol {
            let paginator: TencentCloudPaginator
            var next: Request?
            var seen: Int64

            /// The next page, or `nil` once the last page was returned.
            public mutating func next() async throws -> Response? {
                guard let request = next else { return nil }
                let response = try await paginator.fetch(request)
                let items = paginator.items(response)
                next = paginator.advance(request, response, items, seen)
                seen += Int64(items.count)
                return response
            }
        }
    }
}
