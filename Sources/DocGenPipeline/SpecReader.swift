import DocModel
import DocParser
import Foundation

/// Reads doc pages from files and folders.
public enum SpecReader {
    /// Every `.md` file under `paths` (files are taken as given, folders searched recursively), sorted by path
    /// so the result does not depend on the file system's order. Unreadable files become diagnostics.
    public static func pages(at paths: [String]) -> ([PageSource], [Diagnostic]) {
        let (files, listDiagnostics) = files(at: paths)
        let (pages, readDiagnostics) = pages(files: files)
        return (pages, listDiagnostics + readDiagnostics)
    }

    /// The page files (`.md` and `patches.json`) under `paths`, sorted, without reading them.
    public static func files(at paths: [String]) -> ([String], [Diagnostic]) {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(
                    .error("no such file or folder", at: SourceLocation(file: path, line: 1, column: 1), kind: .io))
                continue
            }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            for relative in DirectoryWalker.files(under: base, where: { $0.hasSuffix(".md") || PatchFileReader.isPatchFile($0) })
            {
                files.append(base + "/" + relative)
            }
        }
        return (Array(Set(files)).sorted(), diagnostics)
    }

    /// Reads `files`; an unreadable one becomes a diagnostic.
    public static func pages(files: [String]) -> ([PageSource], [Diagnostic]) {
        let manager = FileManager.default
        var diagnostics: [Diagnostic] = []
        var pages: [PageSource] = []
        for file in files {
            guard let data = manager.contents(atPath: file) else {
                diagnostics.append(.error("cannot read the file", at: SourceLocation(file: file, line: 1, column: 1), kind: .io))
                continue
            }
            pages.append(PageSource(path: file, text: String(decoding: data, as: UTF8.self)))
        }
        return (pages, diagnostics)
    }
}
