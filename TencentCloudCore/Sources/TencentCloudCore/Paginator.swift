/// The pages of an action that takes `Offset`/`Limit` and returns `TotalCount` and one list, as an
/// `AsyncSequence` of the list's items; ``pages`` gives the whole responses.
///
/// Iteration starts at the request's offset, asks for the next page at `offset + items so far`, and stops after
/// an empty page or once `TotalCount` items have been seen. Each iteration sends its own requests.
public struct TencentCloudPaginator<Request: TencentCloudRequest, Response: TencentCloudResponse, Item: Sendable>:
    AsyncSequence, Sendable
{
    /// Sends one page's request.
    public typealias Fetch = @Sendable (Request) async throws -> Response

    private let request: Request
    private let offset: @Sendable (Request) -> Int64?
    private let setOffset: @Sendable (inout Request, Int64) -> Void
    private let totalCount: @Sendable (Response) -> Int64?
    private let items: @Sendable (Response) -> [Item]
    private let fetch: Fetch

    /// Creates a paginator; generated code calls this with the action's members.
    public init(
        request: Request,
        offset: @escaping @Sendable (Request) -> Int64?,
        setOffset: @escaping @Sendable (inout Request, Int64) -> Void,
        totalCount: @escaping @Sendable (Response) -> Int64?,
        items: @escaping @Sendable (Response) -> [Item],
        fetch: @escaping Fetch
    ) {
        self.request = request
        self.offset = offset
        self.setOffset = setOffset
        self.totalCount = totalCount
        self.items = items
        self.fetch = fetch
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

            /// The next page, or `nil` after an empty page or once `TotalCount` items were returned.
            public mutating func next() async throws -> Response? {
                guard var request = next else { return nil }
                let response = try await paginator.fetch(request)
                let count = Int64(paginator.items(response).count)
                seen += count
                let start = paginator.offset(request) ?? 0
                if count == 0 || paginator.totalCount(response).map({ start + count >= $0 }) == true {
                    next = nil
                } else {
                    paginator.setOffset(&request, start + count)
                    next = request
                }
                return response
            }
        }
    }
}
