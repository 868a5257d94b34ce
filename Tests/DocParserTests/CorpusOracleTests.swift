import DocModel
import Foundation
import Testing

@testable import DocParser

/// Holds the parser's model of the real pages against the official specs with `../shared/tools/oracle_check.py`:
/// the 2019 snapshot (`corpus/real`) and the whole API (`corpus/full-pages.tar.xz`, unpacked to a temp folder).
@Suite(.enabled(if: SharedCorpus.isAvailable, "../shared/corpus is missing: corpus oracle tests skipped"))
struct CorpusOracleTests {
    static var shared: URL { SharedCorpus.url }

    @Test func realPagesMatchTheOracle() throws {
        let pages = Self.shared.appendingPathComponent("corpus/real").path
        let summary = try Self.check(
            pages: pages, oracle: Self.shared.appendingPathComponent("corpus/oracle").path,
            thresholds: ["--min-type", "99.7", "--min-required", "98.7", "--min-recall", "100"])
        #expect(summary.hasPrefix("PASS"), "\(summary)")
    }

    @Test(
        .enabled(
            if: SharedCorpus.has("full-pages.tar.xz"), "../shared/corpus/full-pages.tar.xz is missing: whole-API check skipped"))
    func wholeAPIMatchesTheOracle() throws {
        try Self.checkWholeAPI(pages: "full-pages.tar.xz", oracle: "full-oracle.tar.xz")
    }

    /// The whole API as English pages (`<Action>_intl.md`, both English wordings).
    @Test(
        .enabled(
            if: SharedCorpus.has("full-pages-en.tar.xz"),
            "../shared/corpus/full-pages-en.tar.xz is missing: English check skipped"))
    func wholeEnglishAPIMatchesTheOracle() throws {
        try Self.checkWholeAPI(pages: "full-pages-en.tar.xz", oracle: "full-oracle-en.tar.xz")
    }

    /// Unpacks a whole-API archive and its oracle and holds the dump against it: every page read, the
    /// whole-API thresholds met.
    static func checkWholeAPI(pages archive: String, oracle oracleArchive: String) throws {
        let (pages, oracle, done) = try unpack(pages: archive, oracle: oracleArchive)
        defer { done() }
        let summary = try check(
            pages: pages, oracle: oracle, thresholds: ["--min-type", "99.98", "--min-required", "99.99", "--min-recall", "99.99"])
        #expect(summary.hasPrefix("PASS"), "\(summary)")
        #expect(summary.contains("missing_pages=0"), "\(summary)")
    }

    /// A slice of the documentation repository in its original paths, Chinese and English pages side by side.
    @Test(.enabled(if: SharedCorpus.has("tree.tar.xz"), "../shared/corpus/tree.tar.xz is missing: checkout check skipped"))
    func documentationCheckoutMatchesTheOracle() throws {
        let (folder, _, done) = try Self.unpack(pages: "tree.tar.xz", oracle: nil)
        defer { done() }
        let pages = folder + "/API/API 3.0"
        let summary = try Self.check(
            pages: pages, oracle: Self.shared.appendingPathComponent("corpus/oracle").path,
            thresholds: ["--min-type", "99.7", "--min-required", "98.7", "--min-recall", "99.9"])
        #expect(summary.hasPrefix("PASS"), "\(summary)")
        #expect(summary.contains("missing_pages=0"), "\(summary)")
    }

    /// Unpacks `corpus/<pages>` (and `corpus/<oracle>`) into a temporary folder; the closure removes it.
    static func unpack(pages: String, oracle: String?) throws -> (pages: String, oracle: String, done: () -> Void) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-corpus-\(UUID().uuidString)")
        let targets =
            [(pages, folder.appendingPathComponent("pages"))]
            + (oracle.map { [($0, folder.appendingPathComponent("oracle"))] } ?? [])
        for (archive, target) in targets {
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            let status = try Self.run(
                "/usr/bin/env", ["tar", "-xJf", Self.shared.appendingPathComponent("corpus/\(archive)").path, "-C", target.path]
            ).status
            #expect(status == 0, "tar failed on \(archive)")
        }
        return (
            folder.appendingPathComponent("pages").path, folder.appendingPathComponent("oracle").path,
            { try? FileManager.default.removeItem(at: folder) }
        )
    }

    /// Parses every page under `pages`, dumps the model and runs the oracle check; returns its summary line.
    static func check(pages: String, oracle: String, thresholds: [String]) throws -> String {
        var files: [String] = []
        for case let relative as String in FileManager.default.enumerator(atPath: pages) ?? FileManager.DirectoryEnumerator()
        where relative.hasSuffix(".md") {
            files.append(pages + "/" + relative)
        }
        let sources = try files.sorted().map { PageSource(path: $0, text: try String(contentsOfFile: $0, encoding: .utf8)) }
        let result = ModelBuilder.build(sources)
        let dump = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-dump-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: dump) }
        try JSONEncoder().encode(ModelDump(result.model)).write(to: dump)
        let script = shared.appendingPathComponent("tools/oracle_check.py").path
        let (status, output) = try run(
            "/usr/bin/env", ["python3", script, "--dump", dump.path, "--oracle", oracle, "--pages", pages] + thresholds)
        let summary = output.split(separator: "\n").last.map(String.init) ?? ""
        if status != 0 { print(output) }
        return summary
    }

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
}
