import DocModel
import Foundation
import SwiftGenerator

/// The output folder (`Generated/`): compares it with what a run produced and brings it up to date.
///
/// The generator owns every `TencentCloud*` folder in it; other files are left alone.
public struct OutputDirectory: Sendable {
    /// What differs between the folder and a run's files.
    public struct Difference: Hashable, Sendable {
        /// Files whose contents differ.
        public var changed: [String] = []
        /// Files the run produces that the folder lacks.
        public var missing: [String] = []
        /// Files in generated module folders that the run no longer produces.
        public var extra: [String] = []
        /// Files already current.
        public var unchanged: [String] = []

        /// Whether the folder is current.
        public var isEmpty: Bool { changed.isEmpty && missing.isEmpty && extra.isEmpty }

        /// Every stale path (relative to the output folder), sorted.
        public var stalePaths: [String] { (changed + missing + extra).sorted() }
    }

    /// The folder's path.
    public var path: String { didSet { rootURL = Self.rootURL(of: path) } }
    /// The module folders the generator owns; `nil` means every `TencentCloud*` folder.
    public var ownedModules: Set<String>?
    /// With ``ownedModules``: services every version's module folders of which are owned too.
    public var ownedServices: Set<String>
    /// Module folders left exactly as they are even when owned (those of services a `--keep-going` run left out).
    public var keptModules: Set<String>

    /// Creates a handle on the folder at `path`, owning `ownedModules` (all generated modules by default) and
    /// those of `ownedServices`, except `keptModules`.
    public init(
        path: String, ownedModules: Set<String>? = nil, ownedServices: Set<String> = [], keptModules: Set<String> = []
    ) {
        self.path = path
        self.rootURL = Self.rootURL(of: path)
        self.ownedModules = ownedModules
        self.ownedServices = ownedServices
        self.keptModules = keptModules
    }

    /// Creates a handle on the folder at `path`, owning the modules `output` owns.
    public init(path: String, owningModulesOf output: GeneratorPipeline.Output) {
        self.init(
            path: path, ownedModules: output.ownedModules, ownedServices: output.ownedServices,
            keptModules: output.keptModules)
    }

    /// Compares the folder with `files`.
    public func difference(from files: [GeneratedFile]) -> Difference {
        var difference = Difference()
        let expected = Set(files.map(\.path))
        for file in files {
            let url = fileURL(file.path)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                difference.missing.append(file.path)
                continue
            }
            if file.withUTF8({ Self.holds(data, $0) }) {
                difference.unchanged.append(file.path)
            } else {
                difference.changed.append(file.path)
            }
        }
        difference.extra = ownedFiles().filter { !expected.contains($0) }
        return difference
    }

    /// Whether `data` is the bytes `utf8`, compared with `memcmp`.
    private static func holds(_ data: Data, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        data.withUnsafeBytes { bytes in
            bytes.count == utf8.count && (utf8.isEmpty || memcmp(bytes.baseAddress!, utf8.baseAddress!, utf8.count) == 0)
        }
    }

    /// Writes the files that changed (unchanged files keep their dates, so builds stay warm) and removes
    /// files the run no longer produces. Every write is checked to land inside the folder. Modules are written
    /// on up to `concurrency` tasks; the folder ends the same whatever `concurrency`.
    @discardableResult
    public func write(_ files: [GeneratedFile], concurrency: Int = 1) async throws -> Difference {
        let difference = difference(from: files)
        let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let resolvedRoot = rootURL.resolvingSymlinksInPath().path
        // Modules are written on up to `concurrency` tasks, each module's files by one of them (so two tasks
        // never make the same folder).
        let modules = Dictionary(grouping: (difference.changed + difference.missing).compactMap { byPath[$0] }) {
            String($0.path.prefix { $0 != "/" })
        }
        let failures = await BoundedConcurrency.map(
            modules.keys.sorted(), concurrency: concurrency, cost: { modules[$0]?.count ?? 0 }
        ) { module in
            Result { try writeModule(modules[module] ?? [], resolvedRoot: resolvedRoot) }
        }
        for case .failure(let error) in failures { throw error }
        for path in difference.extra {
            try FileManager.default.removeItem(at: try checkedURL(path))
        }
        removeFoldersLeftEmpty(by: difference.extra)
        return difference
    }

    /// The generated modules and test targets the folder holds once `files` are written: those `files` write, and
    /// the module folders the run leaves as they are (not owned, or kept), each list sorted.
    public func modules(after files: [GeneratedFile]) -> GeneratedTargets {
        var names = Set(files.compactMap { $0.path.split(separator: "/").first.map(String.init) }.filter(ModuleName.isGenerated))
        let written = Set(moduleFolders())
        names.formUnion(allModuleFolders().filter { !written.contains($0) })
        return GeneratedTargets(folders: names)
    }

    /// The folder as a standardized URL (made once: a relative path's URL asks for the working folder).
    private var rootURL: URL

    private static func rootURL(of path: String) -> URL {
        URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }

    private func fileURL(_ relative: String) -> URL {
        rootURL.appendingPathComponent(relative).standardizedFileURL
    }

    /// The URL of `relative`, refused when it would leave the output folder.
    private func checkedURL(_ relative: String) throws -> URL {
        let url = fileURL(relative)
        let components = relative.split(separator: "/")
        guard !relative.hasPrefix("/"), !components.contains(".."), !components.contains("."),
            url.path.hasPrefix(rootURL.path + "/")
        else {
            throw OutputError.outsideOutput(relative)
        }
        return url
    }

    /// The generator's module folders: `TencentCloud*` folders that are real folders, not links to elsewhere.
    private func moduleFolders() -> [String] {
        allModuleFolders().filter { folder in
            let owned =
                ownedModules.map { modules in
                    modules.contains(folder) || ownedServices.contains { ModuleName.isFolder(folder, ofService: $0) }
                } ?? true
            return owned && !keptModules.contains(folder)
        }
    }

    /// Every `TencentCloud*` folder that is a real folder, owned by this run or not.
    private func allModuleFolders() -> [String] {
        let manager = FileManager.default
        return ((try? manager.contentsOfDirectory(atPath: rootURL.path)) ?? []).filter { name in
            let attributes = try? manager.attributesOfItem(atPath: rootURL.appendingPathComponent(name).path)
            return ModuleName.isGenerated(name) && attributes?[.type] as? FileAttributeType == .typeDirectory
        }
    }

    /// Every file in every generated module folder, owned by this run or not, relative to the output folder, sorted.
    public func generatedFiles() -> [String] {
        files(in: allModuleFolders())
    }

    /// Files inside the generator's module folders, relative to the output folder.
    private func ownedFiles() -> [String] {
        files(in: moduleFolders())
    }

    private func files(in modules: [String]) -> [String] {
        let manager = FileManager.default
        var files: [String] = []
        for module in modules {
            let moduleURL = rootURL.appendingPathComponent(module)
            for case let relative as String in manager.enumerator(atPath: moduleURL.path) ?? FileManager.DirectoryEnumerator() {
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: moduleURL.appendingPathComponent(relative).path, isDirectory: &isDirectory),
                    !isDirectory.boolValue
                {
                    files.append("\(module)/\(relative)")
                }
            }
        }
        return files.sorted()
    }

    /// Writes one module's `files`, making and checking each folder once (a module's files share a few).
    private func writeModule(_ files: [GeneratedFile], resolvedRoot: String) throws {
        var checkedFolders: Set<String> = []
        for file in files {
            let url = try checkedURL(file.path)
            let folder = url.deletingLastPathComponent()
            if !checkedFolders.contains(folder.path) {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                // A folder inside the output may be a symbolic link to elsewhere: resolve before writing.
                let resolvedFolder = folder.resolvingSymlinksInPath().path
                guard resolvedFolder == resolvedRoot || resolvedFolder.hasPrefix(resolvedRoot + "/") else {
                    throw OutputError.outsideOutput(file.path)
                }
                checkedFolders.insert(folder.path)
            }
            try file.withUTF8 { try AtomicFile.write(UnsafeRawBufferPointer($0), toPath: url.path) }
        }
    }

    /// Removes the folders that removing `removed` (paths relative to the output folder) left empty, from the
    /// deepest up to their module folder.
    private func removeFoldersLeftEmpty(by removed: [String]) {
        let manager = FileManager.default
        var folders: Set<String> = []
        for path in removed {
            var components = path.split(separator: "/").dropLast()
            while !components.isEmpty {
                folders.insert(components.joined(separator: "/"))
                components = components.dropLast()
            }
        }
        // Deepest first, so a folder is looked at after the folders inside it.
        for folder in folders.sorted(by: { $0.utf8.count > $1.utf8.count }) {
            let url = rootURL.appendingPathComponent(folder)
            if let contents = try? manager.contentsOfDirectory(atPath: url.path), contents.isEmpty {
                try? manager.removeItem(at: url)
            }
        }
    }
}

/// Problems writing the output.
public enum OutputError: Error, CustomStringConvertible {
    /// A generated path would land outside the output folder.
    case outsideOutput(String)

    public var description: String {
        switch self {
        case .outsideOutput(let path): "refusing to write '\(path)': it is outside the output folder"
        }
    }
}
