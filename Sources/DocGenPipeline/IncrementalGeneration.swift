import DocModel
import DocParser
import Foundation
import SwiftGenerator

/// Regenerates in proportion to the change: a run re-reads and re-parses only the pages of the services a change
/// touches, and re-emits only those services, using `<output>/.docgen-cache` from the last run.
///
/// The cache holds, for every page, its size, modification time, content hash and the services it went into.
/// A run stats every page; a page whose size or time changed is read and hashed; a page whose content changed,
/// a new page and a removed one make their services dirty (a changed page's services: those it went into last
/// time, and those it names now, read from the page alone; a data-structure page's: those of the action pages in
/// its folder or below). The dirty services are then generated from their pages alone, exactly as a run filtered
/// to them (`--services`) would, and every other service's modules are left as they are.
///
/// A full run is made instead when the cache is missing or was written by another docgen or other options, a patch
/// file changed, or a page's service can only be told from the pages around it (no host line), since then a page
/// of a clean service could change the answer. The output is byte for byte a full run's (the property test
/// `IncrementalGenerationTests` holds the two against each other after random edits).
public enum IncrementalGeneration {
    /// What the cache knows of one page.
    public struct PageEntry: Hashable, Sendable {
        /// The size and modification time (ns) the page had when hashed.
        public var size: Int64
        public var modified: Int64
        /// The hash of its text (`hash(_:)`).
        public var hash: UInt64
        /// The services (names) it went into, sorted.
        public var services: [String]
        /// Whether it is a data-structure page whose structs went into a service: its services are regenerated
        /// together with every service whose action pages it serves (struct placement depends on all of them).
        public var holdsStructs = false
    }

    /// The cache of the last run into an output folder.
    public struct Cache: Hashable, Sendable {
        /// The cache's file name inside the output folder.
        public static let fileName = ".docgen-cache"
        /// The options and generator identity the cache was written for (``GenerationStamp/key(options:)``).
        public var key: String
        /// Every page, by path.
        public var pages: [String: PageEntry]

        /// Creates a cache.
        public init(key: String, pages: [String: PageEntry]) {
            self.key = key
            self.pages = pages
        }

        /// The cache in `output`, if there is a readable one.
        public static func read(in output: String) -> Cache? {
            guard let data = FileManager.default.contents(atPath: output + "/" + fileName) else { return nil }
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            guard let first = lines.first, first.hasPrefix("key ") else { return nil }
            var cache = Cache(key: String(first.dropFirst(4)), pages: [:])
            for line in lines.dropFirst() where !line.isEmpty {
                // `size mtime hash services path`, services comma-separated or `-`, after `s:` on a page holding
                // structs.
                let fields = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false)
                guard fields.count == 5, let size = Int64(fields[0]), let modified = Int64(fields[1]),
                    let hash = UInt64(fields[2], radix: 16)
                else { return nil }
                let holdsStructs = fields[3].hasPrefix("s:")
                let list = holdsStructs ? fields[3].dropFirst(2) : fields[3]
                let services = list == "-" ? [] : list.split(separator: ",").map(String.init)
                cache.pages[String(fields[4])] = PageEntry(
                    size: size, modified: modified, hash: hash, services: services, holdsStructs: holdsStructs)
            }
            return cache
        }

        /// The hash of the key and every page's path and content hash: what the stamp records of the inputs.
        public var contentHash: UInt64 {
            IncrementalGeneration.contentHash(key: key, pages: pages.map { ($0.key, $0.value.hash) })
        }

        /// Writes the cache to `output`.
        public func write(in output: String) throws {
            var text = "key " + key.replacingOccurrences(of: "\n", with: " ") + "\n"
            for path in pages.keys.sorted() {
                let entry = pages[path]!
                let services =
                    (entry.holdsStructs ? "s:" : "") + (entry.services.isEmpty ? "-" : entry.services.joined(separator: ","))
                text += "\(entry.size) \(entry.modified) \(String(entry.hash, radix: 16)) \(services) \(path)\n"
            }
            try AtomicFile.write(text, toPath: output + "/" + Self.fileName)
        }
    }

    /// What a run did.
    public struct Run: Sendable {
        /// The pipeline's output: for an incremental run, that of the dirty services only (its `ownedModules`
        /// are theirs, so the output folder leaves every other module alone).
        public var output: GeneratorPipeline.Output
        /// The cache to write after the files, when the run had no errors.
        public var cache: Cache
        /// The services regenerated, or `nil` after a full run.
        public var dirtyServices: Set<String>?
        /// How many pages were read and parsed.
        public var pagesParsed: Int
    }

    /// Runs the pipeline over `files` (page paths), incrementally when `cache` allows it. `options.filter` must be
    /// empty for an incremental run (a filtered run is a full run of its services).
    public static func run(
        files: [String], options: GeneratorPipeline.Options, key: String, cache: Cache?, concurrency: Int = 1,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async -> Run {
        let states = files.map { (path: $0, state: GenerationStamp.fileState($0)) }
        if let cache, cache.key == key, options.filter == ModelFilter(),
            let plan = await plan(states: states, cache: cache)
        {
            var filtered = options
            filtered.filter = ModelFilter(services: plan.dirty)
            let output = await GeneratorPipeline.run(plan.pages, options: filtered, concurrency: concurrency, progress: progress)
            // A page whose service came from the pages around it: only a full run sees every such page.
            if !output.diagnostics.contains(where: { $0.kind == .missingHost }) {
                var entries = plan.entries
                let found = pageServices(output.model, pages: plan.pages.map(\.path))
                for page in plan.pages {
                    guard var entry = entries[page.path] else { continue }
                    let kept = (cache.pages[page.path]?.services ?? []).filter { !plan.dirty.contains($0) }
                    entry.services = Array(Set(kept).union(found[page.path]?.services ?? [])).sorted()
                    entry.holdsStructs = found[page.path]?.holdsStructs ?? false
                    entries[page.path] = entry
                }
                return Run(
                    output: output, cache: Cache(key: key, pages: entries), dirtyServices: plan.dirty,
                    pagesParsed: plan.pages.count)
            }
        }
        let (pages, readDiagnostics) = SpecReader.pages(files: files)
        var output = await GeneratorPipeline.run(pages, options: options, concurrency: concurrency, progress: progress)
        output.diagnostics = readDiagnostics + output.diagnostics
        let found = pageServices(output.model, pages: pages.map(\.path))
        var entries: [String: PageEntry] = [:]
        let state = Dictionary(states.map { ($0.path, $0.state) }, uniquingKeysWith: { first, _ in first })
        for page in pages {
            let stat = state[page.path] ?? nil
            entries[page.path] = PageEntry(
                size: stat?.size ?? -1, modified: stat?.modified ?? -1, hash: hash(page.text),
                services: (found[page.path]?.services ?? []).sorted(), holdsStructs: found[page.path]?.holdsStructs ?? false)
        }
        return Run(output: output, cache: Cache(key: key, pages: entries), dirtyServices: nil, pagesParsed: pages.count)
    }

    /// The pages to read and the services to regenerate, or `nil` when only a full run is right.
    private static func plan(states: [(path: String, state: (size: Int64, modified: Int64)?)], cache: Cache) async -> (
        dirty: Set<String>, pages: [PageSource], entries: [String: PageEntry]
    )? {
        var entries: [String: PageEntry] = [:]
        var read: [String: PageSource] = [:]
        var changed: [PageSource] = []
        var dirty: Set<String> = []
        for (path, state) in states {
            guard let state else { return nil }
            if let entry = cache.pages[path], entry.size == state.size, entry.modified == state.modified {
                entries[path] = entry
                continue
            }
            guard let page = readPage(path) else { return nil }
            read[path] = page
            let hash = hash(page.text)
            let old = cache.pages[path]
            entries[path] = PageEntry(
                size: state.size, modified: state.modified, hash: hash, services: old?.services ?? [],
                holdsStructs: old?.holdsStructs ?? false)
            guard old?.hash != hash else { continue }
            if PatchFileReader.isPatchFile(path) { return nil }
            changed.append(page)
            dirty.formUnion(old?.services ?? [])
        }
        for (path, entry) in cache.pages where entries[path] == nil {
            if PatchFileReader.isPatchFile(path) { return nil }
            dirty.formUnion(entry.services)
        }
        // What each changed page says of its service, read from the page alone.
        for page in changed {
            let alone = await ModelBuilder.build([page])
            guard let parsed = alone.pages.first else { continue }
            if parsed.action != nil {
                // An action page without a host takes its service from the pages around it.
                guard parsed.serviceName != nil else { return nil }
                dirty.formUnion(alone.model.services.map(\.name))
            } else if !parsed.structs.isEmpty {
                // A data-structure page serves the action pages in its folder or below.
                let folder = PagePath.folder(of: page.path)
                for (path, entry) in entries where PagePath.ancestors(of: path).contains(folder) {
                    dirty.formUnion(entry.services)
                }
            }
        }
        // A data-structure page serving a dirty service places its structs by what every service it serves
        // uses: all of them are regenerated together, until no more join.
        var grew = true
        while grew {
            grew = false
            for (path, entry) in entries where entry.holdsStructs && !dirty.isDisjoint(with: entry.services) {
                let folder = PagePath.folder(of: path)
                for (other, otherEntry) in entries where PagePath.ancestors(of: other).contains(folder) {
                    for service in otherEntry.services where dirty.insert(service).inserted { grew = true }
                }
            }
        }
        var pages: [PageSource] = []
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            let isChanged = cache.pages[path]?.hash != entry.hash
            guard isChanged || PatchFileReader.isPatchFile(path) || !dirty.isDisjoint(with: entry.services) else { continue }
            guard let page = read[path] ?? readPage(path) else { return nil }
            pages.append(page)
        }
        // Pages in the order a full run reads them (sorted by path), so diagnostics and merges come out alike.
        let order = Dictionary(uniqueKeysWithValues: states.enumerated().map { ($1.path, $0) })
        pages.sort { (order[$0.path] ?? 0) < (order[$1.path] ?? 0) }
        return (dirty, pages, entries)
    }

    /// The services each page went into: an action page, its action's; a data-structure page, those holding its
    /// structs; an English page `X_intl.md`, also those of its Chinese twin `X.md` (a merged entry keeps the
    /// Chinese page's location), and the other way round.
    static func pageServices(_ model: APIModel, pages: [String]) -> [String: (services: Set<String>, holdsStructs: Bool)] {
        var result: [String: (services: Set<String>, holdsStructs: Bool)] = [:]
        for service in model.services {
            for action in service.actions { result[action.location.file, default: ([], false)].services.insert(service.name) }
            for definition in service.structs {
                result[definition.location.file, default: ([], true)].services.insert(service.name)
                result[definition.location.file]?.holdsStructs = true
            }
        }
        for path in pages {
            guard let found = PagePath.languageTwin(of: path).flatMap({ result[$0] }) else { continue }
            result[path, default: ([], false)].services.formUnion(found.services)
            if found.holdsStructs { result[path]?.holdsStructs = true }
        }
        return result
    }

    /// The page at `path`, read as ``SpecReader`` reads it; `nil` when it cannot be read (then a full run reports it).
    private static func readPage(_ path: String) -> PageSource? {
        let (pages, diagnostics) = SpecReader.pages(files: [path])
        return diagnostics.isEmpty ? pages.first : nil
    }

    /// The hash of `key` and each page's path and content hash, in path order.
    static func contentHash(key: String, pages: [(path: String, hash: UInt64)]) -> UInt64 {
        var text = key
        for page in pages.sorted(by: { $0.path < $1.path }) { text += "\n\(page.path) \(String(page.hash, radix: 16))" }
        return hash(text)
    }

    /// A 64-bit hash of `text`'s UTF-8, eight bytes at a time: each little-endian word is folded in and mixed
    /// (a multiply and a shift, each a bijection of the state, so texts that differ in one word never collide),
    /// the last bytes one by one, then MurmurHash3's finalizer. Byte by byte (FNV-1a), hashing the whole API's
    /// pages was a serial 0.17 s of every full run.
    static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
            let raw = UnsafeRawBufferPointer(bytes)
            var index = 0
            while index + 8 <= raw.count {
                hash = (hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))) &* multiplier
                hash ^= hash >> 29
                index += 8
            }
            while index < raw.count {
                hash = (hash ^ UInt64(raw[index])) &* multiplier
                hash ^= hash >> 29
                index += 1
            }
            hash ^= hash >> 33
            hash &*= 0xff51_afd7_ed55_8ccd
            hash ^= hash >> 33
            hash &*= 0xc4ce_b9fe_1a85_ec53
            return hash ^ (hash >> 33)
        }
    }
}
