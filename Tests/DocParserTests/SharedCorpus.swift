import Foundation

/// Where the shared material is, and what of it exists.
enum SharedCorpus {
    static let url = PageFixtures.root.appendingPathComponent("../shared").standardizedFileURL

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("tools/oracle_check.py").path)
            && FileManager.default.fileExists(atPath: url.appendingPathComponent("corpus/real").path)
    }

    /// Whether `corpus/<archive>` exists.
    static func has(_ archive: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("corpus/" + archive).path)
    }

    /// Runs `executable` with `arguments`; its exit status and output (standard output and error).
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
