import ArgumentParser

/// `docgen`: turns Tencent Cloud API doc pages into a Swift library.
@main
struct DocGen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docgen",
        abstract: "Generate Swift clients from Tencent Cloud API doc pages.",
        subcommands: [Generate.self, Check.self, Lint.self, Dump.self, Diff.self]
    )
}
