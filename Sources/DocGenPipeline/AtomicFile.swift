#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file whole or not at all: into a new file beside it, then renamed over it.
///
/// A reader (a build, `docgen check`, an editor) sees the old bytes or the new ones, never part of them, and a
/// failed write leaves the old file as it was. Unlike `Data.write(to:options: .atomic)` it does not `fsync`
/// each file: that was 60% of the CPU time of writing the whole API's 4,996 files (and more of the wall time)
/// and buys only durability across a power loss, after which a rerun writes the files again.
public enum AtomicFile {
    /// Why a write failed.
    public struct WriteError: Error, CustomStringConvertible {
        /// The file that was to be written.
        public var path: String
        /// What failed, as the system says it.
        public var reason: String

        public var description: String { "cannot write '\(path)': \(reason)" }
    }

    /// Writes `text` as UTF-8 to `path`, replacing the file there (keeping its permissions) or creating it
    /// with the default permissions (0666 less the umask).
    public static func write(_ text: String, toPath path: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0), toPath: path) }
    }

    /// Writes `bytes` to `path`, replacing the file there or creating it, as the `String` variant does.
    public static func write(_ bytes: UnsafeRawBufferPointer, toPath path: String) throws {
        var temporary: String
        var descriptor: Int32
        repeat {
            temporary = temporaryPath(for: path)
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        } while descriptor < 0 && (errno == EEXIST || errno == EINTR)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: lastError()) }
        var failure: String?
        var existing = stat()
        if stat(path, &existing) == 0, fchmod(descriptor, existing.st_mode & 0o7777) != 0 { failure = lastError() }
        var offset = 0
        while failure == nil, offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written > 0 {
                offset += written
            } else if written == 0 || errno != EINTR {
                failure = written == 0 ? "nothing written" : lastError()
            }
        }
        if close(descriptor) != 0, failure == nil { failure = lastError() }
        if failure == nil, rename(temporary, path) != 0 { failure = lastError() }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, reason: failure)
        }
    }

    /// A hidden name in `path`'s folder (a rename works only within one file system), made unlikely to be taken
    /// by the process and a random number (`open` refuses a name that is, and another is tried).
    private static func temporaryPath(for path: String) -> String {
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return folder + "." + name + ".docgen-" + String(getpid()) + "-"
            + String(UInt64.random(in: .min ... .max), radix: 16)
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}

/// `write(2)`, which `AtomicFile`'s own `write` hides inside it.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
