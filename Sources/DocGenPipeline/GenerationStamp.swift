import DocParser
import Foundation

/// Remembers what the last `generate` read and wrote, so that regenerating with nothing changed costs a hash
/// of the pages instead of a full run.
///
/// Stored beside the modules as `.docgen-stamp` (not committed): the FNV-1a hash of every page's path and text
/// and of the options, then one line per written file with its size and modification time. It matches only when
/// the pages, the options and every output file are as they were.
public struct GenerationStamp: Hashable, Sendable {
    /// The stamp's file name inside the output folder.
    public static let fileName = ".docgen-stamp"
    /// Changes whenever the generator's output could change, so an older stamp never matches.
    public static let generatorVersion = "docgen-1"

    /// The hash of the inputs.
    public var inputHash: UInt64
    /// `path size mtime` of every output file.
    public var outputs: [String]

    /// The hash of `pages` (paths and texts, in order) and `options`.
    public static func inputHash(of pages: [PageSource], options: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
            hash ^= 0xFF
            hash &*= 0x0000_0100_0000_01B3
        }
        mix((generatorVersion + "\n" + executableIdentity + "\n" + options).utf8)
        for page in pages {
            mix(page.path.utf8)
            mix(page.text.utf8)
        }
        return hash
    }

    /// The stamp for the current state of `paths` (relative to `output`) after a run with `inputHash`.
    /// The running generator's size and modification time, so a rebuilt docgen never trusts an old stamp.
    static let executableIdentity: String = {
        guard let path = Bundle.main.executablePath,
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        else { return "unknown" }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
        return "\(size) \(modified)"
    }()

    public static func current(inputHash: UInt64, output: String, paths: [String]) -> GenerationStamp {
        GenerationStamp(inputHash: inputHash, outputs: paths.sorted().map { describe($0, in: output) })
    }

    private static func describe(_ path: String, in output: String) -> String {
        let attributes = try? FileManager.default.attributesOfItem(atPath: output + "/" + path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
        return "\(path) \(size) \(modified)"
    }

    /// Reads the stamp in `output`, if any.
    public static func read(in output: String) -> GenerationStamp? {
        guard let data = FileManager.default.contents(atPath: output + "/" + fileName) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard let first = lines.first, let hash = UInt64(first, radix: 16) else { return nil }
        return GenerationStamp(inputHash: hash, outputs: Array(lines.dropFirst()))
    }

    /// Writes the stamp into `output`.
    public func write(in output: String) throws {
        let text = ([String(inputHash, radix: 16)] + outputs).joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: output + "/" + Self.fileName), options: .atomic)
    }

    /// Whether the outputs listed are still exactly as written (same size and modification time).
    public func outputsAreIntact(in output: String) -> Bool {
        let paths = outputs.compactMap { $0.split(separator: " ").first.map(String.init) }
        return Self.current(inputHash: inputHash, output: output, paths: paths) == self
    }
}
