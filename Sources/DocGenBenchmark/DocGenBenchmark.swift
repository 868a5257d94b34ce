import CCMarkGFM
import CMarkArena
import Dispatch
import DocGenPipeline
import DocParser
import Foundation
import SwiftGenerator

#if canImport(Glibc)
    import Glibc
#endif

/// `swift run -c release DocGenBenchmark <pages folder> [jobs]`: on the unpacked whole-API corpus, in one run,
/// (a) cmark-gfm parse only, single thread, every node visited, with cmark's own allocator (the floor the ratios
/// are taken against) and, for comparison, with the arena the pipeline gives it (a'); (b) the whole pipeline to a
/// temp folder, single thread; (c) the whole pipeline on all cores; (d) regenerating with nothing changed. Prints
/// MB/s, pages/s, the ratios b/a and c/a, and peak RSS. The files are written under the system's temporary folder
/// (`TMPDIR`). With `ROUNDS=<n>` it measures (a)–(d) n times in one process and prints each round's ratios, then
/// their median and range: a ratio compares two times taken seconds apart, while the machine's speed drifts between
/// minutes.
///
/// With `STAGES=<n>` it runs instead n rounds of the two stages, single-threaded: reading the pages into the
/// checked model, and generating the files from it (`ONLY=read` or `ONLY=generate` runs one of them, the model read
/// once before the rounds), and prints each stage's times. The difference between two such runs under
/// `valgrind --tool=callgrind` (say `STAGES=1` and `STAGES=2`) is one round's instructions, which, unlike seconds,
/// the rest of the machine does not change; `ONLY=cmark` counts (a)'s, the floor. `Benchmarks/generation-instructions.sh`
/// runs them.
@main
enum DocGenBenchmark {
    /// Runs the benchmark on a task and waits for it: valgrind cannot follow an async `main`.
    static func main() {
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { try await run() } catch {
                print("error: \(error)")
                exit(1)
            }
            done.signal()
        }
        done.wait()
    }

    static func run() async throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard let folder = arguments.first else {
            print("usage: DocGenBenchmark <pages folder> [jobs]")
            exit(2)
        }
        let jobs = arguments.dropFirst().first.flatMap(Int.init) ?? ProcessInfo.processInfo.activeProcessorCount
        let (pages, _) = SpecReader.pages(at: [folder])
        let bytes = pages.reduce(0) { $0 + $1.text.utf8.count }
        let megabytes = Double(bytes) / 1_000_000
        print("corpus: \(pages.count) pages, \(String(format: "%.1f", megabytes)) MB, \(jobs) jobs")

        if let rounds = ProcessInfo.processInfo.environment["STAGES"].flatMap(Int.init) {
            return await stages(pages, folder: folder, rounds: rounds, only: ProcessInfo.processInfo.environment["ONLY"])
        }
        let rounds = max(ProcessInfo.processInfo.environment["ROUNDS"].flatMap(Int.init) ?? 1, 1)
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        print("writing into \(temporary.path) (the system's temporary folder: TMPDIR)")
        var ratios: [(b: Double, c: Double)] = []
        for round in 1...rounds {
            if rounds > 1 { print("round \(round) of \(rounds)") }
            ratios.append(
                try await measureRound(
                    pages, source: folder, output: temporary.appendingPathComponent("\(round)"), jobs: jobs,
                    megabytes: megabytes))
        }
        if rounds > 1 {
            // Each round's ratios compare times taken seconds apart; the machine's speed drifts between rounds.
            func summary(_ values: [Double]) -> String {
                let sorted = values.sorted()
                let median = (sorted[(sorted.count - 1) / 2] + sorted[sorted.count / 2]) / 2
                return String(format: "median %.2f (%.2f to %.2f)", median, sorted[0], sorted[sorted.count - 1])
            }
            print("ratios over \(rounds) rounds: b/a \(summary(ratios.map(\.b))), c/a \(summary(ratios.map(\.c)))")
        }
    }

    /// The process's peak resident memory so far, in MiB.
    static var peakResidentMiB: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// One round of (a)–(d) on `pages` (read from `source`), the outputs written under `output`; returns its ratios
    /// b/a and c/a.
    static func measureRound(
        _ pages: [PageSource], source: String, output: URL, jobs: Int, megabytes: Double
    ) async throws -> (b: Double, c: Double) {
        let cmark = measure {
            var nodes = 0; for page in pages { nodes += parseOnly(page.text) }; return nodes
        }
        report("a cmark-gfm parse only (1 thread)", cmark.seconds, megabytes, pages.count, extra: "\(cmark.value) nodes")
        let arena = measure {
            var nodes = 0
            for page in pages {
                nodes += parseOnly(page.text, memory: docgen_arena_mem())
                docgen_arena_reset()
            }
            return nodes
        }
        report(
            "a' the same with the pipeline's arena (not a ratio's floor)", arena.seconds, megabytes, pages.count,
            extra: "\(arena.value) nodes")

        let options = GeneratorPipeline.Options(sourceRoot: source)

        // Where (b)'s time goes: reading the pages into the model (cmark-gfm included) and checking it.
        let readStarted = ContinuousClock.now
        let services = await GeneratorPipeline.read(pages, options: options).model.services.count
        report(
            "b1 of which read + check (1 thread)", seconds(since: readStarted), megabytes, pages.count,
            extra: "\(services) services")

        let singleStarted = ContinuousClock.now
        let singleOutput = await GeneratorPipeline.run(pages, options: options)
        let writeStarted = ContinuousClock.now
        try await OutputDirectory(path: output.appendingPathComponent("single").path).write(singleOutput.files)
        let written = seconds(since: writeStarted)
        let single = (value: singleOutput.files.count, seconds: seconds(since: singleStarted))
        report("b pipeline (1 thread)", single.seconds, megabytes, pages.count, extra: "\(single.value) files")
        let outputMegabytes = Double(singleOutput.files.reduce(0) { $0 + $1.utf8Count }) / 1_000_000
        print(String(format: "b2 of which writing the files: %.2f s (%.1f MB)", written, outputMegabytes))

        let parallelFolder = output.appendingPathComponent("parallel").path
        let parallelStarted = ContinuousClock.now
        let parallelOutput = await GeneratorPipeline.run(pages, options: options, concurrency: jobs)
        try await OutputDirectory(path: parallelFolder).write(parallelOutput.files, concurrency: jobs)
        let key = GenerationStamp.key(options: "benchmark")
        let (pageFiles, _) = SpecReader.files(at: [source])
        try GenerationStamp(
            inputHash: GenerationStamp.inputHash(of: pages, key: key), key: key,
            inputs: GenerationStamp.inputStates(pageFiles),
            outputs: GenerationStamp.outputStates(parallelOutput.files.map(\.path), in: parallelFolder)
        ).write(in: parallelFolder)
        let parallel = (value: parallelOutput.files.count, seconds: seconds(since: parallelStarted))
        report("c pipeline (\(jobs) jobs)", parallel.seconds, megabytes, pages.count, extra: "\(parallel.value) files")

        // What `docgen generate` does first: list the pages, stat them and the outputs, compare with the stamp.
        let unchanged = measure {
            let (files, _) = SpecReader.files(at: [source])
            return GenerationStamp.read(in: parallelFolder)?.isCurrent(key: key, files: files, output: parallelFolder) == true
        }
        print(
            String(format: "d regenerate, nothing changed: %.3f s (stamp matched: %@)", unchanged.seconds, "\(unchanged.value)"))

        let ratios = (b: single.seconds / cmark.seconds, c: parallel.seconds / cmark.seconds)
        print(String(format: "ratios: b/a = %.2f  c/a = %.2f", ratios.b, ratios.c))
        // After the first round this is the pipeline's peak; later rounds add the heap the earlier ones left.
        print(String(format: "peak RSS: %.0f MiB", peakResidentMiB))
        return ratios
    }

    /// `rounds` rounds of reading `pages` into the checked model and generating the files from it, single-threaded,
    /// each stage timed (only the stage `only` names, `read` or `generate`, when it names one; `cmark` runs (a)
    /// instead, the floor).
    static func stages(_ pages: [PageSource], folder: String, rounds: Int, only: String?) async {
        let options = GeneratorPipeline.Options(sourceRoot: folder)
        let generatorOptions = SwiftGenerator.Options(sourceRoot: folder)
        var model = only == "generate" ? await GeneratorPipeline.read(pages, options: options).model : nil
        var times: [String: [Double]] = [:]
        for _ in 0..<rounds {
            if only == "cmark" {
                let started = ContinuousClock.now
                for page in pages { _ = parseOnly(page.text) }
                times["cmark", default: []].append(seconds(since: started))
                continue
            }
            if only != "generate" {
                let started = ContinuousClock.now
                model = await GeneratorPipeline.read(pages, options: options).model
                times["read", default: []].append(seconds(since: started))
            }
            if only != "read", let model {
                let started = ContinuousClock.now
                let files = await SwiftGenerator.generate(model, options: generatorOptions).0
                times["generate (\(files.count) files)", default: []].append(seconds(since: started))
            }
        }
        for (stage, seconds) in times.sorted(by: { $0.key < $1.key }) {
            print("\(stage): " + seconds.map { String(format: "%.2f s", $0) }.joined(separator: ", "))
        }
    }

    /// Parses `text` with cmark-gfm and its table extension and visits every node; returns the node count.
    /// `memory` is cmark's allocator (its own when `nil`).
    static func parseOnly(_ text: String, memory: UnsafeMutablePointer<cmark_mem>? = nil) -> Int {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, memory ?? cmark_get_default_mem_allocator())
        else { return 0 }
        defer { cmark_parser_free(parser) }
        if let table = cmark_find_syntax_extension("table") { cmark_parser_attach_syntax_extension(parser, table) }
        var utf8 = Array(text.utf8)
        utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return 0 }
        defer { cmark_node_free(document) }
        var nodes = 0
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            if cmark_iter_get_node(iterator) != nil { nodes += 1 }
        }
        return nodes
    }

    static func measure<T>(_ body: () throws -> T) rethrows -> (value: T, seconds: Double) {
        let started = ContinuousClock.now
        let value = try body()
        let elapsed = ContinuousClock.now - started
        return (value, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    static func seconds(since started: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - started
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    static func report(_ label: String, _ seconds: Double, _ megabytes: Double, _ pages: Int, extra: String) {
        print(
            String(
                format: "%@: %.2f s, %.1f MB/s, %.0f pages/s (%@)", label, seconds, megabytes / seconds, Double(pages) / seconds,
                extra))
    }
}
