import DocModel
import TencentCloudCore
import Testing

@testable import SwiftGenerator

/// The common error codes are declared once, in the runtime (`TencentCloudErrorCode`); the generator only needs to
/// know which they are, to leave them out of each service's code type and to name them as the runtime does.
struct CommonErrorCodesTests {
    struct Probe: TencentCloudErrorCode {
        let rawValue: String
        init(rawValue: String) { self.rawValue = rawValue }
        static let knownValues: [Probe] = commonCodes
    }

    @Test func theGeneratorKnowsExactlyTheRuntimesCommonCodes() {
        #expect(CommonErrorCodes.all == Probe.commonCodes.map(\.rawValue))
        #expect(CommonErrorCodes.all.contains("RequestLimitExceeded"))
    }

    @Test func aServiceCodeNamedLikeACommonOneGetsAnotherName() {
        let location = DocModel.SourceLocation(file: "p.md", line: 1, column: 1)
        let action = DocModel.Action(
            name: "Go", version: "2020-01-01", host: nil, description: "", rateLimit: nil, isAsync: false,
            supportsFinancialRegions: false, region: .required, input: [], output: [],
            errors: [
                DocModel.ErrorCode(code: "Invalid.Parameter", description: "点号", location: location),
                DocModel.ErrorCode(code: "InternalError", description: "内部错误。", location: location),
            ],
            examples: [], location: location)
        let service = DocModel.Service(name: "demo", version: "2020-01-01", host: "d", actions: [action], structs: [])
        let codes = ServiceErrorEmitter.codes(of: service)
        let byCode = Dictionary(uniqueKeysWithValues: codes.map { ($0.code, $0) })
        #expect(byCode["Invalid.Parameter"]?.name == "invalidParameter2", "the runtime's invalidParameter is InvalidParameter")
        #expect(byCode["InvalidParameter"]?.name == "invalidParameter")
        #expect(byCode["InvalidParameter"]?.isCommonOnly == true)
        #expect(byCode["InternalError"]?.isCommonOnly == false, "documented by the page: declared with its text")
    }
}
