import DocParser
import Foundation

/// What the last `docgen generate` into a folder saw, kept in `<output>/.docgen-stamp`, so a run with nothing
/// changed ends after `stat`-ing the pages and the outputs, without reading or parsing anything.
///
/// When every page's size and modification time, the options and the generator are the same and every output is
/// as written, nothing is read at all. Otherwise ``IncrementalGeneration`` takes over with its cache: pages whose
/// times changed but not their content (a checkout, `touch`) regenerate nothing, and a changed page regenerates
/// only its services; files whose content did not change are never rewritten.
public struct GenerationStamp: Hashable, Sendable {
    /// The stamp's file name inside the output folder.
    public static let fileName = ".docgen-stamp"
    /// Bumped when the stamp's meaning changes.
    public static let generatorVersion = "docgen-2"

    /// A hash of the inputs: `IncrementalGeneration.hash(_:)` of the options, the generator's identity and every
    /// page's path and content hash (``IncrementalGeneration/Cache/contentHash``).
    public var inputHash: UInt64
    /// The options and generator identity the stamp was written for.
    public var key: String
    /// `size mtime path` of every page, sorted by path.
    public var inputs: [String]
    /// `path size mtime` of every output file.
    public var outputs: [String]

    /// Creates a stamp.
    public init(inputHash: UInt64, key: String, inputs: [String], outputs: [String]) {
        self.inputHash = inputHash
        self.key = key
        self.inputs = inputs
        self.outputs = outputs
    }

    /// The key for `options`: the options, the stamp version and the running generator's identity.
    public static func key(options: String) -> String {
        "\(generatorVersion) \(executableIdentity) \(options)".replacingOccurrences(of: "\n", with: " ")
    }

    /// The running generator's size and modification time, so a rebuilt docgen never trusts an old stamp.
    static let executableIdentity: String = {
        guard let path = Bundle.main.executablePath, let state = fileState(path) else { return "unknown" }
        return "\(state.size)-\(state.modified)"
    }()

    /// The hash of `pages` under `key`: what ``inputHash`` records (the same as the incremental cache's
    /// ``IncrementalGeneration/Cache/contentHash`` for those pages).
    public static func inputHash(of pages: [PageSource], key: String) -> UInt64 {
        IncrementalGeneration.contentHash(key: key, pages: pages.map { ($0.path, IncrementalGeneration.hash($0.text)) })
    }

    /// A file's size and modification time in nanoseconds, from one `stat` call.
    static func fileState(_ path: String) -> (size: Int64, modified: Int64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
            let time = info.st_mtimespec
        #else
            let time = info.st_mtim
        #endif
        return (Int64(info.st_size), Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
    }

    /// `size mtime path` of each file.
    public static func inputStates(_ files: [String]) -> [String] {
        files.map { path in
            let state = fileState(path)
            return "\(state?.size ?? -1) \(state?.modified ?? -1) \(path)"
        }
    }

    /// `path size mtime` of each output, relative to `output`.
    public static func outputStates(_ paths: [String], in output: String) -> [String] {
        paths.sorted().map { path in
            let state = fileState(output + "/" + path)
            return "\(path) \(state?.size ?? -1) \(state?.modified ?? -1)"
        }
    }

    /// Whether the outputs are as this stamp recorded them.
    public func outputsAreIntact(in output: String) -> Bool {
        let paths = outputs.compactMap { line in line.split(separator: " ").dropLast(2).joined(separator: " ") }
        return Self.outputStates(paths, in: output) == outputs
    }

    /// Whether a run with `key` over the page files `files` has nothing to do, judged by `stat` alone.
    public func isCurrent(key: String, files: [String], output: String) -> Bool {
        key == self.key && Self.inputStates(files) == inputs && outputsAreIntact(in: output)
    }

    /// The stamp in `output`, if there is a readable one.
    public static func read(in output: String) -> GenerationStamp? {
        guard let data = FileManager.default.contents(atPath: output + "/" + fileName) else { return nil }
        var stamp = GenerationStamp(inputHash: 0, key: "", inputs: [], outputs: [])
        var hasHash = false
        let bytes = [UInt8](data)
        for line in bytes.split(separator: 0x0A) {
            let tag = String(decoding: line.prefix(4), as: UTF8.self)
            let value = String(decoding: line.dropFirst(4), as: UTF8.self)
            switch tag {
            case "hash":
                guard let hash = UInt64(value, radix: 16) else { return nil }
                stamp.inputHash = hash
                hasHash = true
            case "key ": stamp.key = value
            case "in  ": stamp.inputs.append(value)
            case "out ": stamp.outputs.append(value)
            default: return nil
            }
        }
        return hasHash ? stamp : nil
    }

    /// Writes the stamp to `output`.
    public func write(in output: String) throws {
        var lines = ["hash" + String(inputHash, radix: 16), "key " + key]
        lines += inputs.map { "in  " + $0 }
        lines += outputs.map { "out " + $0 }
        try AtomicFile.write(lines.joined(separator: "\n") + "\n", toPath: output + "/" + Self.fileName)
    }
}
