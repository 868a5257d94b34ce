/// Folders of page paths, as the pages were given (relative paths stay relative).
public enum PagePath {
    /// The folder holding `path` (the empty string for a bare file name): up to its last `/` byte, where the file
    /// system splits it, whatever a following mark makes of the character. Searching the bytes backwards is cheap;
    /// searching characters backwards breaks graphemes at every step.
    public static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(Substring(path.utf8[..<slash]))
    }

    /// `path`'s folders from the nearest up to the outermost; the empty string (the current folder) last for a
    /// relative path.
    public static func ancestors(of path: String) -> [String] {
        var folders: [String] = []
        var current = folder(of: path)
        while true {
            folders.append(current)
            if current.isEmpty { break }
            current = folder(of: current)
        }
        return folders
    }

    /// The suffix of an English page beside its Chinese one (`<页面>_intl.md` next to `<页面>.md`).
    public static let englishSuffix = "_intl.md"

    /// The page in the other language beside `path` (`X_intl.md` for `X.md` and back), `nil` for a path that is not
    /// a page.
    public static func languageTwin(of path: String) -> String? {
        if path.hasSuffix(englishSuffix) { return String(path.dropLast(englishSuffix.count)) + ".md" }
        return path.hasSuffix(".md") ? String(path.dropLast(3)) + englishSuffix : nil
    }
}
