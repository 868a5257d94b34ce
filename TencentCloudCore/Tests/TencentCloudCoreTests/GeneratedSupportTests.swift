import Foundation
import TencentCloudTesting
import Testing

@testable import TencentCloudCore

/// The runtime types generated code builds on: enumerations, timestamps, paginators, example checks.
struct GeneratedSupportTests {
    struct Protocol_: TencentCloudEnumeration {
        let rawValue: String
        init(rawValue: String) { self.rawValue = rawValue }
        static let tcp = Protocol_(rawValue: "TCP")
        static let udp = Protocol_(rawValue: "UDP")
        static let knownValues: [Protocol_] = [.tcp, .udp]
    }

    struct Listener: TencentCloudModel {
        var protocols: [Protocol_]?
        var kind: Protocol_?
        func validate(into context: inout ValidationContext) {
            context.checkKnown(protocols, at: "protocols")
            context.checkKnown(kind, at: "kind")
        }
        enum CodingKeys: String, CodingKey {
            case protocols = "Protocols"
            case kind = "Kind"
        }
        func encodeMembers(to container: TencentCloudMemberEncoder) throws {
            try container.encodeIfPresent(kind, forKey: "Kind")
            try container.encodeIfPresent(protocols, forKey: "Protocols")
        }
    }

    @Test func enumerationsKeepUnknownValuesAndValidateMembership() throws {
        let decoded = try JSONDecoder().decode(Listener.self, from: Data(#"{"Protocols":["TCP","QUIC"],"Kind":"UDP"}"#.utf8))
        #expect(decoded.protocols == [.tcp, "QUIC"])
        #expect(String(decoding: try JSONEncoder().encode(decoded.kind), as: UTF8.self) == #""UDP""#)
        let problem = ValidationProblem(
            path: "protocols[1]", message: #""QUIC" is not one of TCP, UDP"#, kind: .unlistedValue)
        #expect(throws: ValidationError(problems: [problem])) {
            try decoded.validate()
        }
        var context = ValidationContext()
        context.check(Int64(3), isOneOf: [0, 1, 2], at: "status")
        #expect(context.problems.map(\.description) == ["status: 3 is not one of 0, 1, 2"])
    }

    @Test func timestampsKeepTheirTextAndReadEveryForm() throws {
        let beijing = TencentCloudTimestamp(rawValue: "2019-01-01 12:00:00")
        #expect(beijing.date == Date(timeIntervalSince1970: 1_546_315_200))
        #expect(TencentCloudTimestamp(rawValue: "2019-01-01T04:00:00Z").date == beijing.date)
        #expect(TencentCloudTimestamp(rawValue: "2019-01-01T12:00:00+08:00").date == beijing.date)
        #expect(TencentCloudTimestamp(rawValue: "2019-01-01T04:00:00.500Z").date == Date(timeIntervalSince1970: 1_546_315_200.5))
        #expect(TencentCloudTimestamp(rawValue: "2019-01-01").date == Date(timeIntervalSince1970: 1_546_272_000))
        #expect(TencentCloudTimestamp(rawValue: "soon").date == nil)
        #expect(TencentCloudTimestamp(rawValue: "2019-13-01").date == nil)
        #expect(TencentCloudTimestamp(beijing.date!) == beijing)
        #expect(TencentCloudTimestamp(beijing.date!, format: .iso8601).rawValue == "2019-01-01T04:00:00Z")
        #expect(TencentCloudTimestamp(Date(timeIntervalSince1970: 1_546_272_000), format: .date).rawValue == "2019-01-01")
        let before1970 = TencentCloudTimestamp(Date(timeIntervalSince1970: -86_400 * 400), format: .iso8601)
        #expect(before1970.rawValue == "1968-11-27T00:00:00Z")
        let wire = Data(#"["0000-00-00 00:00:00", 1546315200]"#.utf8)
        let decoded = try JSONDecoder().decode([TencentCloudTimestamp].self, from: wire)
        #expect(decoded.map(\.rawValue) == ["0000-00-00 00:00:00", "1546315200"])
        #expect(String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self) == #"["0000-00-00 00:00:00","1546315200"]"#)
    }

    struct PageRequest: TencentCloudRequest {
        var offset: Int64?
        var limit: Int64?
        func encodeMembers(to container: TencentCloudMemberEncoder) throws {
            try container.encodeIfPresent(limit, forKey: "limit")
            try container.encodeIfPresent(offset, forKey: "offset")
        }
    }

    struct PageResponse: TencentCloudResponse {
        var totalCount: Int64?
        var items: [Int]?
        var requestId: String
        func encodeMembers(to container: TencentCloudMemberEncoder) throws {
            try container.encodeIfPresent(items, forKey: "items")
            try container.encode(requestId, forKey: "requestId")
            try container.encodeIfPresent(totalCount, forKey: "totalCount")
        }
    }

    actor Calls {
        var offsets: [Int64?] = []
        func record(_ offset: Int64?) { offsets.append(offset) }
    }

    static func paginator(total: Int64?, size: Int, stored: Int, calls: Calls, start: Int64? = nil)
        -> TencentCloudPaginator<PageRequest, PageResponse, Int>
    {
        TencentCloudPaginator(
            request: PageRequest(offset: start, limit: Int64(size)), offset: { $0.offset }, setOffset: { $0.offset = $1 },
            totalCount: { $0.totalCount }, items: { $0.items ?? [] },
            fetch: { request in
                await calls.record(request.offset)
                let first = Int(request.offset ?? 0)
                let items = Array(first..<min(first + size, stored))
                return PageResponse(totalCount: total, items: items, requestId: "r")
            })
    }

    @Test func paginatorStopsAtTotalCount() async throws {
        let calls = Calls()
        var items: [Int] = []
        for try await item in Self.paginator(total: 7, size: 3, stored: 7, calls: calls) { items.append(item) }
        #expect(items == Array(0..<7))
        #expect(await calls.offsets == [nil, 3, 6])
    }

    @Test func paginatorStopsAtAnEmptyPageWithoutTotalCount() async throws {
        let calls = Calls()
        var pages = 0
        for try await _ in Self.paginator(total: nil, size: 4, stored: 8, calls: calls, start: 0).pages { pages += 1 }
        #expect(pages == 3)
        #expect(await calls.offsets == [0, 4, 8])
    }

    struct NumberedRequest: TencentCloudRequest {
        var pageNumber: Int64?
        var pageSize: Int64?
        var nextToken: String?
        func encodeMembers(to container: TencentCloudMemberEncoder) throws {
            try container.encodeIfPresent(nextToken, forKey: "nextToken")
            try container.encodeIfPresent(pageNumber, forKey: "pageNumber")
            try container.encodeIfPresent(pageSize, forKey: "pageSize")
        }
    }

    struct NumberedResponse: TencentCloudResponse {
        var total: Int64?
        var items: [Int]
        var nextToken: String?
        var requestId: String
        func encodeMembers(to container: TencentCloudMemberEncoder) throws {
            try container.encode(items, forKey: "items")
            try container.encodeIfPresent(nextToken, forKey: "nextToken")
            try container.encode(requestId, forKey: "requestId")
            try container.encodeIfPresent(total, forKey: "total")
        }
    }

    actor Sent {
        var requests: [NumberedRequest] = []
        func record(_ request: NumberedRequest) { requests.append(request) }
    }

    /// Pages by number over `stored` items, `size` per page (the server's default size when the request gives none).
    static func numbered(total: Int64?, size: Int64?, serverSize: Int = 3, stored: Int, sent: Sent)
        -> TencentCloudPaginator<NumberedRequest, NumberedResponse, Int>
    {
        TencentCloudPaginator(
            request: NumberedRequest(pageSize: size), page: { $0.pageNumber }, setPage: { $0.pageNumber = $1 },
            firstPage: 1, pageSize: { $0.pageSize }, totalCount: { $0.total }, items: { $0.items },
            fetch: { request in
                await sent.record(request)
                let per = Int(request.pageSize ?? Int64(serverSize))
                let first = (Int(request.pageNumber ?? 1) - 1) * per
                return NumberedResponse(total: total, items: Array(first..<min(first + per, max(first, stored))), requestId: "r")
            })
    }

    @Test func pageNumbersStopAtAShortPage() async throws {
        let sent = Sent()
        var items: [Int] = []
        for try await item in Self.numbered(total: nil, size: 3, stored: 7, sent: sent) { items.append(item) }
        #expect(items == Array(0..<7))
        #expect(await sent.requests.map(\.pageNumber) == [nil, 2, 3])
    }

    @Test func pageNumbersStopAtTotalCountOrAnEmptyPage() async throws {
        let sent = Sent()
        var items: [Int] = []
        for try await item in Self.numbered(total: 6, size: 3, stored: 6, sent: sent) { items.append(item) }
        #expect(items == Array(0..<6))
        #expect(await sent.requests.map(\.pageNumber) == [nil, 2], "the second page reaches TotalCount")
        // No size asked for and no total: the server's own size is unknown, so only an empty page stops.
        let unsized = Sent()
        var pages = 0
        for try await _ in Self.numbered(total: nil, size: nil, stored: 6, sent: unsized).pages { pages += 1 }
        #expect(pages == 3)
        #expect(await unsized.requests.map(\.pageNumber) == [nil, 2, 3])
    }

    @Test func tokensAreFollowedUntilTheResponseHandsNoneBack() async throws {
        let sent = Sent()
        let tokens = [nil: "t1", "t1": "t2", "t2": ""] as [String?: String]
        let paginator = TencentCloudPaginator<NumberedRequest, NumberedResponse, Int>(
            request: NumberedRequest(), token: { $0.nextToken }, setToken: { $0.nextToken = $1 },
            nextToken: { $0.nextToken }, items: { $0.items },
            fetch: { request in
                await sent.record(request)
                return NumberedResponse(
                    items: [request.nextToken?.count ?? 0], nextToken: tokens[request.nextToken], requestId: "r")
            })
        var items: [Int] = []
        for try await item in paginator { items.append(item) }
        #expect(items == [0, 2, 2])
        #expect(await sent.requests.map(\.nextToken) == [nil, "t1", "t2"])
        // A token handed back unchanged ends the iteration instead of looping.
        let stuck = TencentCloudPaginator<NumberedRequest, NumberedResponse, Int>(
            request: NumberedRequest(nextToken: "same"), token: { $0.nextToken }, setToken: { $0.nextToken = $1 },
            nextToken: { $0.nextToken }, items: { $0.items },
            fetch: { _ in NumberedResponse(items: [1], nextToken: "same", requestId: "r") })
        var count = 0
        for try await _ in stuck { count += 1 }
        #expect(count == 1)
    }

    @Test func exampleCheckFindsDifferences() throws {
        struct Request: TencentCloudRequest {
            var port: Int64
            var weight: Double?
            enum CodingKeys: String, CodingKey {
                case port = "Port"
                case weight = "Weight"
            }
            func encodeMembers(to container: TencentCloudMemberEncoder) throws {
                try container.encode(port, forKey: "Port")
                try container.encodeIfPresent(weight, forKey: "Weight")
            }
        }
        let json = #"{"Port":80,"Weight":10,"Other":null}"#
        try ExampleCheck.request(Request.self, json: json, query: ["Port": "80", "Weight": "10"])
        #expect(throws: ExampleCheck.Mismatch.self) { try ExampleCheck.request(Request.self, json: #"{"Port":80,"Extra":1}"#) }
        #expect(throws: ExampleCheck.Mismatch.self) { try ExampleCheck.request(Request.self, json: #"{"Port":"80"}"#) }
        #expect(throws: ExampleCheck.Mismatch.self) {
            try ExampleCheck.request(Request.self, json: #"{"Port":80}"#, query: ["Port": "81"])
        }
    }

    @Test func exampleCheckDecodesTheOutputAgainWithTheMayBeNullMembersSetToNull() throws {
        struct Item: Codable, Hashable {
            var name: String?
            var size: Int64
            enum CodingKeys: String, CodingKey {
                case name = "Name"
                case size = "Size"
            }
        }
        struct Response: TencentCloudResponse {
            var items: [Item]?
            var requestId: String
            enum CodingKeys: String, CodingKey {
                case items = "Items"
                case requestId = "RequestId"
            }
            func encodeMembers(to container: TencentCloudMemberEncoder) throws {
                try container.encodeIfPresent(items, forKey: "Items")
                try container.encode(requestId, forKey: "RequestId")
            }
        }
        let json = #"{"Items":[{"Name":"a","Size":1},{"Name":"b","Size":2}],"RequestId":"r"}"#
        try ExampleCheck.response(Response.self, json: json, nulling: ["Items", "Items.Name", "Absent.Member"])
        // A member stored as a value fails once it is null: the check reaches into every element of the array.
        #expect(throws: ExampleCheck.Mismatch.self) {
            try ExampleCheck.response(Response.self, json: json, nulling: ["Items.Size"])
        }
    }
}
