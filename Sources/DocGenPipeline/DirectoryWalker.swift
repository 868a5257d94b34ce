#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lists the files under a folder with `opendir`/`readdir`.
///
/// `FileManager`'s enumerator standardizes every path it returns through `NSString`, which was most of the time
/// `docgen generate` took when nothing had changed (16,000 pages). Symbolic links to folders are followed, each
/// folder visited once (by device and inode), so a link cycle ends.
enum DirectoryWalker {
    /// The relative paths of the regular files (or links to them) under `root` for which `include` is true;
    /// in no particular order.
    static func files(under root: String, where include: (String) -> Bool) -> [String] {
        var found: [String] = []
        var visited: Set<[UInt64]> = []
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? root : root + "/" + relative
            guard let identity = identity(of: folder), visited.insert(identity).inserted, let directory = opendir(folder)
            else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                var kind = Int32(entry.pointee.d_type)
                if kind == Int32(DT_UNKNOWN) || kind == Int32(DT_LNK) {
                    kind = Self.kind(of: root + "/" + path)
                }
                if kind == Int32(DT_DIR) {
                    pending.append(path)
                } else if kind == Int32(DT_REG), include(name) {
                    found.append(path)
                }
            }
        }
        return found
    }

    /// Device and inode of a folder (following links), or `nil` when it cannot be read.
    private static func identity(of path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }

    /// `DT_DIR`, `DT_REG` or `DT_UNKNOWN` for what `path` is, following links.
    private static func kind(of path: String) -> Int32 {
        var info = stat()
        guard stat(path, &info) == 0 else { return Int32(DT_UNKNOWN) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return Int32(DT_DIR)
        case S_IFREG: return Int32(DT_REG)
        default: return Int32(DT_UNKNOWN)
        }
    }
}
