import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-tencentcloud [docgen options]`:
/// regenerates `Generated/` from `specs/` with `docgen generate`. Extra arguments (such as `--services clb`)
/// are passed on to docgen.
@main
struct GenerateTencentCloud: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let docgen = try context.tool(named: "docgen")
        let root = context.package.directoryURL
        let process = Process()
        process.executableURL = docgen.url
        process.currentDirectoryURL = root
        process.arguments = ["generate", "--specs", "specs", "--output", "Generated"] + arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Diagnostics.error("docgen generate failed with exit status \(process.terminationStatus)")
            throw GenerateError.failed(process.terminationStatus)
        }
    }

    enum GenerateError: Error {
        case failed(Int32)
    }
}
