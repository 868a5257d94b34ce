import DocModel
import Testing

@testable import DocParser

/// Facts about an action as a whole, read by the parser so the generator and the runtime never guess them.
struct ActionFactTests {
    @Test(arguments: [
        ("DescribeInstances", true), ("GetFunction", true), ("ListTopics", true), ("QueryOrder", true),
        ("InquiryPriceRunInstances", true), ("CheckDomain", true), ("Checkout", false), ("Describe", false),
        ("CreateInstance", false), ("DeregisterTargets", false), ("Getaway", false),
    ])
    func readOnlyActionsByTheirVerb(name: String, isReadOnly: Bool) {
        #expect(PageVocabulary.isReadOnlyAction(name) == isReadOnly)
    }

    @Test func theSeedsTaskStatusActionReadsAndItsWriteDoesNot() async throws {
        let folder = "clb/2018-03-17/"
        let pages = try ["DeregisterTargets.md", "DescribeTaskStatus.md"].map {
            PageSource(path: "specs/" + folder + $0, text: try PageFixtures.specsPage(folder + $0))
        }
        let actions = try #require(await ModelBuilder.build(pages).model.services.first?.actions)
        #expect(actions.map(\.name) == ["DeregisterTargets", "DescribeTaskStatus"])
        #expect(actions.map(\.isReadOnly) == [false, true])
    }
}
