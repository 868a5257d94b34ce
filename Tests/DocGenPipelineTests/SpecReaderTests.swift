import DocGenPipeline
import Foundation
import Testing

/// `SpecReader.files(at:)` lists every page and patch file under a folder, sorted, following links to folders
/// once each.
struct SpecReaderTests {
    /// A folder tree with nested versions, a hidden page, other files, a linked service folder and a link cycle.
    static func makeTree() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("spec-reader-\(UUID().uuidString)").path
        let manager = FileManager.default
        let outside = root + "-elsewhere"
        for folder in ["clb/2018-03-17", "cvm/2017-03-12/deep", "empty"] {
            try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        try manager.createDirectory(atPath: outside + "/2020-01-01", withIntermediateDirectories: true)
        for file in [
            "clb/2018-03-17/A.md", "clb/2018-03-17/patches.json", "clb/2018-03-17/notes.txt", "clb/2018-03-17/.hidden.md",
            "cvm/2017-03-12/deep/B.md", "README.md",
        ] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/" + file))
        }
        try Data("x".utf8).write(to: URL(fileURLWithPath: outside + "/2020-01-01/C.md"))
        try manager.createSymbolicLink(atPath: root + "/linked", withDestinationPath: outside)
        try manager.createSymbolicLink(atPath: root + "/cvm/2017-03-12/deep/loop", withDestinationPath: root + "/cvm")
        try manager.createSymbolicLink(atPath: root + "/clb/2018-03-17/Link.md", withDestinationPath: root + "/README.md")
        return root
    }

    @Test func listsPagesAndPatchesSortedFollowingLinksOnce() throws {
        let root = try Self.makeTree()
        defer {
            try? FileManager.default.removeItem(atPath: root)
            try? FileManager.default.removeItem(atPath: root + "-elsewhere")
        }
        let (files, diagnostics) = SpecReader.files(at: [root])
        #expect(diagnostics.isEmpty)
        let relative = files.map { String($0.dropFirst(root.count + 1)) }
        #expect(
            relative == [
                "README.md", "clb/2018-03-17/.hidden.md", "clb/2018-03-17/A.md", "clb/2018-03-17/Link.md",
                "clb/2018-03-17/patches.json", "cvm/2017-03-12/deep/B.md", "linked/2020-01-01/C.md",
            ])
        // A trailing slash names the same folder.
        #expect(SpecReader.files(at: [root + "/"]).0 == files)
    }

    @Test func aMissingPathIsAnError() {
        let (files, diagnostics) = SpecReader.files(at: ["/nonexistent/specs"])
        #expect(files.isEmpty)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message == "no such file or folder")
    }
}
