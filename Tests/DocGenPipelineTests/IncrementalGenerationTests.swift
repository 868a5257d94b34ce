import DocGenPipeline
import DocModel
import DocParser
import Foundation
import PropertyBased
import SwiftGenerator
import Testing

/// Incremental regeneration gives the bytes of a full run: after every random edit of a set of pages (a word
/// changed, a page touched, removed, added, moved to another service by its host line, a data-structure member
/// changed), the folder kept up to date with the cache holds exactly what a full run writes into an empty one.
struct IncrementalGenerationTests {
    /// A folder of pages with several services: specs/ (clb, hunyuan), the hostile pages, and two real services
    /// of ../shared when it is there.
    struct Corpus {
        let root: URL
        var specs: String { root.appendingPathComponent("specs").path }
        var incremental: String { root.appendingPathComponent("incremental").path }
        var full: String { root.appendingPathComponent("full").path }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-incremental-\(UUID().uuidString)")
            let manager = FileManager.default
            try manager.createDirectory(atPath: root.appendingPathComponent("specs").path, withIntermediateDirectories: true)
            for folder in ["specs/clb", "specs/hunyuan", "Tests/HostilePages/hostile"] {
                let source = PipelineTests.root.appendingPathComponent(folder)
                try manager.copyItem(at: source, to: root.appendingPathComponent("specs/" + source.lastPathComponent))
            }
            for service in ["es", "scf"] {
                let source = CorpusGoldenTests.corpus.appendingPathComponent(service)
                guard manager.fileExists(atPath: source.path) else { continue }
                try manager.copyItem(at: source, to: root.appendingPathComponent("specs/" + service))
            }
        }

        func remove() { try? FileManager.default.removeItem(at: root) }

        var pageFiles: [String] { SpecReader.files(at: [specs]).0 }

        static let key = "test-key"

        /// A `docgen generate` into `incremental`, with its cache.
        func runIncrementally() async -> IncrementalGeneration.Run {
            let cache = IncrementalGeneration.Cache.read(in: incremental)
            let run = await IncrementalGeneration.run(
                files: pageFiles, options: .init(sourceRoot: specs), key: Self.key, cache: cache, concurrency: 2)
            if !run.output.hasErrors {
                let directory = OutputDirectory(path: incremental, owningModulesOf: run.output)
                await #expect(throws: Never.self) { try await directory.write(run.output.files) }
                #expect(throws: Never.self) { try run.cache.write(in: incremental) }
            } else {
                try? FileManager.default.removeItem(atPath: incremental + "/" + IncrementalGeneration.Cache.fileName)
            }
            return run
        }

        /// A full run into an empty `full`.
        func runFully() async -> Bool {
            try? FileManager.default.removeItem(atPath: full)
            try? FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
            let (pages, _) = SpecReader.pages(files: pageFiles)
            let output = await GeneratorPipeline.run(pages, options: .init(sourceRoot: specs), concurrency: 2)
            if !output.hasErrors { _ = try? await OutputDirectory(path: full).write(output.files) }
            return !output.hasErrors
        }

        /// Every generated file under `folder`, by path.
        static func contents(of folder: String) -> [String: Data] {
            var result: [String: Data] = [:]
            for case let path as String in FileManager.default.enumerator(atPath: folder) ?? FileManager.DirectoryEnumerator()
            where path.hasPrefix("TencentCloud") && !path.hasSuffix("/") {
                if let data = FileManager.default.contents(atPath: folder + "/" + path) { result[path] = data }
            }
            return result
        }

        /// Applies `edit` (its kind and a number choosing the page) to the pages.
        func apply(_ kind: Int, _ choice: Int) throws {
            let files = pageFiles.filter { $0.hasSuffix(".md") }
            let manager = FileManager.default
            let path = files[choice % files.count]
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            switch kind % 6 {
            case 0:  // a word of a description changes
                try text.replacingOccurrences(of: "。", with: "；", options: [], range: text.range(of: "。")).write(
                    toFile: path, atomically: true, encoding: .utf8)
            case 1:  // only the time changes
                try manager.setAttributes(
                    [.modificationDate: Date(timeIntervalSinceNow: Double(choice % 100))], ofItemAtPath: path)
            case 2:  // a page goes
                try manager.removeItem(atPath: path)
            case 3:  // a page comes: an action page copied under a new action name
                guard
                    let action = files.first(where: {
                        (try? String(contentsOfFile: $0, encoding: .utf8))?.contains("本接口取值：") == true
                    }),
                    let source = try? String(contentsOfFile: action, encoding: .utf8),
                    let name = source.firstMatch(of: /本接口取值：(\w+)/)?.1
                else { return }
                let copy = PagePath.folder(of: action) + "/Copied\(choice)\(name).md"
                try source.replacingOccurrences(of: "本接口取值：\(name)", with: "本接口取值：Copied\(choice)\(name)").write(
                    toFile: copy, atomically: true, encoding: .utf8)
            case 4:  // an action moves to another service by its host line
                guard let host = text.firstMatch(of: /([a-z]+)\.tencentcloudapi\.com/)?.1 else { return }
                let other = host == "clb" ? "hunyuan" : "clb"
                try text.replacingOccurrences(of: "\(host).tencentcloudapi.com", with: "\(other).tencentcloudapi.com").write(
                    toFile: path, atomically: true, encoding: .utf8)
            default:  // a data-structure page's member changes
                guard let structs = files.filter({ $0.contains("数据结构") }).dropFirst(choice % 3).first,
                    let source = try? String(contentsOfFile: structs, encoding: .utf8)
                else { return }
                try source.replacingOccurrences(of: "| 否 |", with: "| 是 |", options: [], range: source.range(of: "| 否 |"))
                    .write(toFile: structs, atomically: true, encoding: .utf8)
            }
        }
    }

    @Test func randomEditsGiveTheBytesOfAFullRun() async throws {
        let edits = Gen.int(in: 0...5).array(of: 4...8)
        let choices = Gen.int(in: 0...10_000).array(of: 8...8)
        await propertyCheck(count: 6, input: edits, choices) { kinds, numbers in
            await Self.check(kinds, numbers)
        }
    }

    /// The case the property test first found: an scf action moved to clb by its host line, then a clb page edited.
    /// scf's data-structure page then serves two services, whose structs it places by what each uses, so an edit
    /// of either regenerates both.
    @Test func aSharedDataStructurePageRegeneratesEveryServiceItServes() async throws {
        guard FileManager.default.fileExists(atPath: CorpusGoldenTests.corpus.path) else { return }
        await Self.check([0, 0, 0, 0, 4, 0], [0, 0, 0, 0, 24, 0, 0, 0])
    }

    /// Applies `kinds` of edits one after another (`numbers` choose the pages), holding the incremental output
    /// against a full run's after each.
    static func check(_ kinds: [Int], _ numbers: [Int]) async {
        guard let corpus = try? Corpus() else {
            Issue.record("cannot set up the pages")
            return
        }
        defer { corpus.remove() }
        _ = await corpus.runIncrementally()
        var incrementalRuns = 0
        for (index, kind) in kinds.enumerated() {
            try? corpus.apply(kind, numbers[index % numbers.count])
            let run = await corpus.runIncrementally()
            if run.dirtyServices != nil { incrementalRuns += 1 }
            let succeeded = await corpus.runFully()
            #expect(succeeded == !run.output.hasErrors, "edit \(kind): both runs fail or neither")
            guard succeeded else { continue }
            let expected = Corpus.contents(of: corpus.full)
            let actual = Corpus.contents(of: corpus.incremental)
            #expect(
                Set(actual.keys) == Set(expected.keys),
                "after edit \(kind): \(Set(actual.keys).symmetricDifference(expected.keys).sorted().prefix(5))")
            for (path, data) in expected where actual[path] != data {
                let first = CorpusGoldenTests.firstDifference(
                    String(decoding: data, as: UTF8.self), String(decoding: actual[path] ?? Data(), as: UTF8.self))
                Issue.record("after edits \(kinds.prefix(index + 1)): \(path) differs from a full run at \(first ?? "")")
            }
        }
        #expect(incrementalRuns > 0, "some runs used the cache")
    }

    /// The second case the property test found: clb's DeregisterTargets moved to hunyuan by its host line (an
    /// older hunyuan version of one page), then removed: the older version's module goes, though the run only
    /// plans the versions still there.
    @Test func aServiceVersionWhosePagesAreGoneLosesItsModule() async throws {
        await Self.check([4, 0, 0, 2], [0, 0, 0, 0, 0, 0, 0, 0])
    }

    @Test func aChangedPageReparsesOnlyItsService() async throws {
        let corpus = try Corpus()
        defer { corpus.remove() }
        let first = await corpus.runIncrementally()
        #expect(first.dirtyServices == nil, "the first run is a full one")
        let unchanged = await corpus.runIncrementally()
        #expect(unchanged.dirtyServices == [])
        #expect(unchanged.pagesParsed == 0)
        let page = corpus.specs + "/clb/2018-03-17/DescribeTaskStatus.md"
        let text = try String(contentsOfFile: page, encoding: .utf8)
        try text.replacingOccurrences(of: "任务的当前状态。", with: "任务的当前状态：").write(toFile: page, atomically: true, encoding: .utf8)
        let edited = await corpus.runIncrementally()
        #expect(edited.dirtyServices == ["clb"])
        #expect(edited.pagesParsed == 3, "clb's three pages, no other")
        #expect(edited.output.files.allSatisfy { $0.path.hasPrefix("TencentCloudCLB") })
    }
}
