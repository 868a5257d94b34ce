import Logging
import TencentCloudTesting
import Testing

@testable import TencentCloudCore

/// A value the doc page does not list is the policy's choice; every other problem stops the request.
struct ValidationPolicyTests {
    struct Mode: TencentCloudEnumeration {
        let rawValue: String
        init(rawValue: String) { self.rawValue = rawValue }
        static let fast = Mode(rawValue: "FAST")
        static let knownValues: [Mode] = [.fast]
    }

    struct Request: TencentCloudRequest {
        var Mode: Mode?
        var Items: [String]?
        func validate(into context: inout ValidationContext) {
            context.checkKnown(Mode, at: "mode")
            context.check(Int64(Items?.count ?? 0), isOneOf: [0, 1], at: "count")
            context.requireNonEmpty(Items, at: "items")
        }
        func encodeMembers(to container: TencentCloudMemberEncoder) throws {
            try container.encodeIfPresent(Items, forKey: "Items")
            try container.encodeIfPresent(Mode, forKey: "Mode")
        }
    }

    let read = ActionDescriptor(name: "DescribeThings", region: .required, isReadOnly: true)

    func send(_ request: Request, policy: ValidationPolicy, logs: Recorder<String>) async throws -> InMemoryTransport {
        let transport = InMemoryTransport(examples: ["DescribeThings": "{}"])
        var logger = Logger(label: "test") { _ in CapturingLogHandler(records: logs) }
        logger.logLevel = .warning
        let client = TencentCloudClient(
            credentials: .static(secretId: Demo.secretId, secretKey: Demo.secretKey),
            configuration: Demo.configuration {
                $0.validation = policy; $0.middleware = []
            }, transport: transport,
            logger: logger)
        let _: DemoResponse = try await client.send(
            request, action: read, service: Demo.service, options: CallOptions(region: "ap-guangzhou"))
        return transport
    }

    @Test func byDefaultAnUnlistedValueIsSentWithAWarning() async throws {
        let logs = Recorder<String>()
        let transport = try await send(Request(Mode: "TURBO", Items: ["a", "b"]), policy: .default, logs: logs)
        #expect(transport.requests.count == 1)
        #expect(transport.requests.first?.bodyText.contains(#""Mode":"TURBO""#) == true)
        let warning = try #require(logs.values.first)
        #expect(warning.hasPrefix("warning sending a value the docs do not list"))
        #expect(warning.contains(#"mode: \"TURBO\" is not one of FAST"#) && warning.contains("count: 2 is not one of 0, 1"))
    }

    @Test func strictRefusesItAndOffSendsItSilently() async throws {
        let logs = Recorder<String>()
        await #expect(throws: ValidationError.self) {
            _ = try await send(Request(Mode: "TURBO", Items: ["a"]), policy: .strict, logs: logs)
        }
        let transport = try await send(Request(Mode: "TURBO", Items: ["a"]), policy: .off, logs: logs)
        #expect(transport.requests.count == 1 && logs.values.isEmpty)
    }

    @Test func otherProblemsStopTheRequestUnderEveryPolicy() async throws {
        for policy in [ValidationPolicy.strict, .default, .off] {
            do {
                _ = try await send(Request(Mode: "TURBO", Items: []), policy: policy, logs: Recorder())
                Issue.record("an empty required list was sent under \(policy)")
            } catch let error as ValidationError {
                #expect(error.problems.map(\.path) == (policy == .strict ? ["mode", "items"] : ["items"]))
            }
        }
    }
}
