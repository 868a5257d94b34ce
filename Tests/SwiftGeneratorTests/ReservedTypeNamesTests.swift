import DocModel
import Foundation
import Testing

@testable import SwiftGenerator

/// A type nested in a service must not hide a type of Swift, Foundation or the runtime: the names come from the
/// compiled modules (`Scripts/reserved-type-names.py`, swift-symbolgraph-extract), not from a list kept by hand.
@Suite("Reserved type names")
struct ReservedTypeNamesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The names the script reads from the compiled modules.
    static func compiledNames() throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("Scripts/reserved-type-names.py").path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "Scripts/reserved-type-names.py failed: \(message)")
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test("Every public type name of Swift, Foundation and the runtime is reserved")
    func everyCompiledNameIsReserved() throws {
        let names = try Self.compiledNames()
        // The extraction read the modules it names: a name of each is among them.
        for known in ["String", "Range", "Task", "Operation", "Process", "URL", "TencentCloudClient", "InMemoryTransport"] {
            #expect(names.contains(known), "\(known) was not read")
        }
        let missing = names.filter { !TypeNameTable.reserved.contains($0) }
        #expect(
            missing.isEmpty,
            "run Scripts/reserved-type-names.py --write: \(missing.count) names are not reserved: \(missing.prefix(20))")
    }

    @Test("A struct named after a platform type is renamed inside its service")
    func platformNamesAreAvoided() {
        let location = SourceLocation(file: "p.md", line: 1, column: 1)
        let structs = ["Operation", "Range", "Process", "Filter", "Error", "ServiceError", "CLB"].map {
            StructDefinition(name: $0, description: "", members: [], location: location)
        }
        let service = Service(name: "clb", version: "2018-03-17", host: "clb.tencentcloudapi.com", actions: [], structs: structs)
        let table = TypeNameTable(service: service, module: "TencentCloudCLB", serviceType: "CLB")
        #expect(
            structs.map { table.swiftName($0.name) } == [
                "OperationModel", "RangeModel", "ProcessModel", "Filter", "ErrorModel", "ServiceErrorModel", "CLBModel",
            ])
    }
}
