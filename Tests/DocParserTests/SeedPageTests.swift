import DocModel
import Testing

@testable import DocParser

/// The seed page (specs/clb/2018-03-17/DeregisterTargets.md) read in full.
struct SeedPageTests {
    let path = "specs/clb/2018-03-17/DeregisterTargets.md"

    func parsed() throws -> (ParsedPage, [Diagnostic]) {
        PageParser.parse(PageSource(path: path, text: try PageFixtures.specsPage("clb/2018-03-17/DeregisterTargets.md")))
    }

    @Test func readsTheOverview() throws {
        let (page, diagnostics) = try parsed()
        #expect(diagnostics.isEmpty)
        #expect(page.kind == .action)
        #expect(page.serviceName == "clb")
        let action = try #require(page.action)
        #expect(action.name == "DeregisterTargets")
        #expect(action.version == "2018-03-17")
        #expect(action.host == "clb.tencentcloudapi.com")
        #expect(action.rateLimit == 20)
        #expect(action.isAsync)
        #expect(action.supportsFinancialRegions)
        #expect(action.region == .required)
        #expect(action.description.hasPrefix("DeregisterTargets 接口用来将一台或多台后端机器"))
        #expect(!action.description.contains("接口请求域名"))
    }

    @Test func readsInputWithoutCommonRows() throws {
        let action = try #require(try parsed().0.action)
        #expect(action.input.map(\.name) == ["LoadBalancerId", "ListenerId", "Targets", "LocationId", "Domain", "Url"])
        #expect(action.input.map(\.type.irName) == ["String", "String", "[Target]", "String", "String", "String"])
        #expect(action.input.map(\.isRequired) == [true, true, true, false, false, false])
        #expect(action.input[2].location == SourceLocation(file: path, line: 25, column: 1))
        #expect(action.output.map(\.name) == ["RequestId"])
        #expect(action.output[0].isRequired == nil)
    }

    @Test func readsErrorsAndExamples() throws {
        let action = try #require(try parsed().0.action)
        #expect(
            action.errors.map(\.code) == [
                "FailedOperation", "InternalError", "InvalidParameter", "InvalidParameterValue", "UnauthorizedOperation",
            ])
        #expect(action.errors[0].description == "操作失败")
        #expect(action.examples.count == 1)
        let example = action.examples[0]
        #expect(example.title == "示例1 从监听器的注册列表中删除一个云服务器")
        #expect(example.input?.contains("&Targets.0.Port=334") == true)
        #expect(example.output?.contains("\"RequestId\": \"4d1df727-d61c-45bf-936b-cb0368fb2a7d\"") == true)
    }

    @Test func specsFolderBuildsOneService() async throws {
        let folder = "clb/2018-03-17/"
        let pages = try ["DeregisterTargets.md", "DescribeTaskStatus.md", "数据结构.md"].map {
            PageSource(path: "specs/" + folder + $0, text: try PageFixtures.specsPage(folder + $0))
        }
        let result = await ModelBuilder.build(pages)
        #expect(result.diagnostics.filter { $0.severity != .note }.isEmpty)
        let service = try #require(result.model.services.first)
        #expect(result.model.services.count == 1)
        #expect(service.name == "clb" && service.version == "2018-03-17" && service.host == "clb.tencentcloudapi.com")
        #expect(service.actions.map(\.name) == ["DeregisterTargets", "DescribeTaskStatus"])
        let target = try #require(service.structs.first { $0.name == "Target" })
        #expect(target.members.map(\.name) == ["Port", "Type", "InstanceId", "Weight", "EniIp", "Tag"])
        let weight = target.members[3]
        #expect(weight.constraints.minimum == 0 && weight.constraints.maximum == 100)
        #expect(weight.constraints.defaultValue == "10")
        let status = try #require(service.actions[1].output.first)
        #expect(status.constraints.allowedValues.map(\.value) == ["0", "1", "2"])
    }
}
