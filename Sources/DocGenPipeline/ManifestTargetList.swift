import Foundation
import SwiftGenerator

/// The list of generated targets in a package's own `Package.swift` (this repository's lists `Generated/`'s):
/// `docgen generate` rewrites the lines between the two markers, and `docgen check` fails when they are out of
/// date, so the manifest names its targets instead of reading folders when SwiftPM loads it.
///
///     // docgen: the modules in Generated/ (written by `docgen generate`; do not edit)
///     let generatedModules: [String] = ["TencentCloudCLB"]
///     let generatedTestSupport: [String] = ["TencentCloudCLBTesting"]
///     let generatedTests: [String] = ["TencentCloudCLBTests"]
///     // docgen: end of the modules in Generated/
public enum ManifestTargetList {
    /// The line that opens the list of the modules in `folder`.
    static func begin(_ folder: String) -> String {
        "// docgen: the modules in \(folder)/ (written by `docgen generate`; do not edit)"
    }

    /// The line that closes it.
    static func end(_ folder: String) -> String { "// docgen: end of the modules in \(folder)/" }

    /// `manifest` with the list of `folder`'s modules set to `targets`, or `nil` when the manifest has no such
    /// list (or only half of its markers).
    public static func updating(_ manifest: String, folder: String, targets: GeneratedTargets) -> String? {
        let lines = manifest.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.firstIndex(of: begin(folder)),
            let last = lines[first...].firstIndex(of: end(folder))
        else { return nil }
        let list = [
            "let generatedModules: [String] = \(GeneratedTargets.arrayLiteral(targets.modules))",
            "let generatedTestSupport: [String] = \(GeneratedTargets.arrayLiteral(targets.testSupport))",
            "let generatedTests: [String] = \(GeneratedTargets.arrayLiteral(targets.tests))",
        ]
        return (lines[...first] + list + lines[last...]).joined(separator: "\n")
    }
}

extension ManifestTargetList {
    /// The `Package.swift` beside the output folder `output`, and its text with the list of `output`'s modules
    /// set to `targets`; `nil` when there is no such manifest or it has no list of that folder.
    public static func manifest(besideOutput output: String, targets: GeneratedTargets) -> (
        path: String, text: String, updated: String
    )? {
        let folder = URL(fileURLWithPath: output, isDirectory: true).standardizedFileURL
        let path = folder.deletingLastPathComponent().appendingPathComponent("Package.swift").path
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        guard let updated = updating(text, folder: folder.lastPathComponent, targets: targets) else { return nil }
        return (path, text, updated)
    }
}
