import DocModel
import Foundation
import Testing

@testable import DocParser

/// Description facts, each read from a real cell of a real page in `../shared/corpus`.
@Suite(.enabled(if: SharedCorpus.isAvailable, "../shared/corpus is missing: real-cell tests skipped"))
struct RealCellFactTests {
    /// The parameter `name` of the action page `page` under `corpus/real`.
    static func parameter(_ page: String, _ name: String) throws -> Parameter {
        let path = SharedCorpus.url.appendingPathComponent("corpus/real/" + page).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let action = try #require(PageParser.parse(PageSource(path: path, text: text)).0.action, "\(page) not read")
        return try #require((action.input + action.output).first { $0.name == name }, "\(page) has no \(name)")
    }

    @Test func nullable() throws {
        #expect(try Self.parameter("billing/DescribeBillDetail.md", "Total").constraints.isNullable)
    }

    @Test func enumerationFromListItems() throws {
        let values = try Self.parameter("as/CreateLaunchConfiguration.md", "InstanceChargeType").constraints.allowedValues
        #expect(values.map(\.value) == ["POSTPAID_BY_HOUR", "SPOTPAID"])
        #expect(values.first?.description == "按小时后付费")
    }

    @Test func enumerationFromBreakLines() throws {
        let values = try Self.parameter("billing/DescribeDealsByCond.md", "Status").constraints.allowedValues
        #expect(values.map(\.value).prefix(3) == ["1", "2", "4"])
    }

    @Test func enumerationAfterKeXuanZhi() throws {
        let values = try Self.parameter("clb/CreateListener.md", "Scheduler").constraints.allowedValues
        #expect(values.map(\.value) == ["WRR", "LEAST_CONN"])
    }

    @Test func rangeWithTildeAndWithBrackets() throws {
        let weight = try Self.parameter("clb/ModifyTargetWeight.md", "Weight").constraints
        #expect(weight.minimum == 0 && weight.maximum == 100)
        let port = try Self.parameter("cdb/CreateDBInstance.md", "Port").constraints
        #expect(port.minimum == 1024 && port.maximum == 65535)
        let size = try Self.parameter("as/CreateAutoScalingGroup.md", "MaxSize").constraints
        #expect(size.minimum == 0 && size.maximum == 2000)
    }

    @Test func defaults() throws {
        #expect(try Self.parameter("as/CreateAutoScalingGroup.md", "DefaultCooldown").constraints.defaultValue == "300")
        #expect(try Self.parameter("clb/CreateListener.md", "Scheduler").constraints.defaultValue == "WRR")
    }

    @Test func maxArrayLength() throws {
        #expect(try Self.parameter("gaap/DescribeProxies.md", "TagSet").constraints.maxCount == 5)
    }

    @Test func unit() throws {
        #expect(try Self.parameter("live/AddDelayLiveStream.md", "DelayTime").constraints.unit == "秒")
        #expect(try Self.parameter("cdb/InquiryPriceUpgradeInstances.md", "Price").constraints.unit == "分")
    }

    @Test func deprecationWithReplacement() throws {
        let constraints = try Self.parameter("gaap/CloseProxies.md", "InstanceIds").constraints
        #expect(constraints.isDeprecated)
        #expect(constraints.replacement == "ProxyIds")
    }
}

/// Facts the 2019 pages do not use yet, read from today's pages (`full-pages.tar.xz`, one page extracted).
@Suite(.enabled(if: SharedCorpus.has("full-pages.tar.xz"), "../shared/corpus/full-pages.tar.xz is missing: skipped"))
struct CurrentPageFactTests {
    /// The page `page` of the whole-API archive, parsed.
    static func parsed(_ page: String) throws -> ParsedPage {
        let archive = SharedCorpus.url.appendingPathComponent("corpus/full-pages.tar.xz").path
        let (status, text) = try SharedCorpus.run("/usr/bin/env", ["tar", "-xJOf", archive, page])
        #expect(status == 0)
        return PageParser.parse(PageSource(path: page, text: text)).0
    }

    @Test func exampleValueEnumerationInAListAndDefault() throws {
        let action = try #require(try Self.parsed("./bh/2023-04-18/ResetUser.md").action)
        let resetType = try #require(action.input.first { $0.name == "ResetType" })
        #expect(resetType.constraints.example == "0")
        #expect(resetType.constraints.defaultValue == "0")
        #expect(resetType.constraints.allowedValues.map(\.value) == ["0", "1", "2"])
        #expect(!resetType.description.contains("<"))
        let ids = try #require(action.input.first { $0.name == "IdSet" })
        #expect(ids.constraints.example == "[1]")
    }

    /// `取值范围：<strong>2</strong>-<strong>10</strong>`: the facts are read from the text without its markup.
    @Test func boldRange() throws {
        let action = try #require(try Self.parsed("./alb/2025-10-30/ModifyHealthCheckTemplate.md").action)
        let threshold = try #require(action.input.first { $0.name == "HealthCheckHealthyThreshold" })
        #expect(threshold.description.contains("**2**"))
        #expect(threshold.constraints.minimum == 2 && threshold.constraints.maximum == 10)
    }

    /// `最多支持`10`个`: a count in a code span.
    @Test func countInCodeSpan() throws {
        let action = try #require(try Self.parsed("./vpc/2017-03-12/DescribeVpcIpv6Addresses.md").action)
        #expect(action.input.first { $0.name == "Ipv6Addresses" }?.constraints.maxCount == 10)
    }

    /// `取值范围：[1, 9223372036854775807]` keeps its upper bound exactly (a `Double` would round it up).
    @Test func boundBeyondDoublePrecision() throws {
        let definition = try #require(try Self.parsed("./smh/2021-07-12/数据结构.md").structs.first { $0.name == "LibraryExtension" })
        let quota = try #require(definition.members.first { $0.name == "LibraryQuota" })
        #expect(quota.constraints.maximum?.description == "9223372036854775807")
        #expect(quota.constraints.maximum?.int64Value == .max)
    }
}
