import Foundation
import SwiftGenerator
import Testing

@testable import DocGenPipeline

/// Manifests name their generated targets: docgen writes the lists, the manifests read no folders.
struct ManifestTargetListTests {
    @Test func testTargetsAndTestSupportAreTheFoldersBesideTheirModules() {
        let targets = GeneratedTargets(folders: [
            "TencentCloudCVM", "TencentCloudCLBTests", "TencentCloudCLB", "TencentCloudXTests", "TencentCloudCLBTesting",
            "TencentCloudYTesting",
        ])
        #expect(targets.modules == ["TencentCloudCLB", "TencentCloudCVM", "TencentCloudXTests", "TencentCloudYTesting"])
        #expect(targets.testSupport == ["TencentCloudCLBTesting"])
        #expect(targets.tests == ["TencentCloudCLBTests"])
    }

    @Test func theListBetweenTheMarkersIsRewrittenAndNothingElse() throws {
        let manifest = """
            // swift-tools-version: 6.0
            // docgen: the modules in Generated/ (written by `docgen generate`; do not edit)
            let generatedModules: [String] = ["Old"]
            // docgen: end of the modules in Generated/
            let other = 1

            """
        let targets = GeneratedTargets(folders: [
            "TencentCloudCLB", "TencentCloudCLBTesting", "TencentCloudCLBTests", "TencentCloudCVM", "TencentCloudCVMTesting",
        ])
        let updated = try #require(ManifestTargetList.updating(manifest, folder: "Generated", targets: targets))
        #expect(
            updated == """
                // swift-tools-version: 6.0
                // docgen: the modules in Generated/ (written by `docgen generate`; do not edit)
                let generatedModules: [String] = [
                    "TencentCloudCLB",
                    "TencentCloudCVM",
                ]
                let generatedTestSupport: [String] = [
                    "TencentCloudCLBTesting",
                    "TencentCloudCVMTesting",
                ]
                let generatedTests: [String] = [
                    "TencentCloudCLBTests"
                ]
                // docgen: end of the modules in Generated/
                let other = 1

                """)
        #expect(ManifestTargetList.updating(updated, folder: "Generated", targets: targets) == updated)
        #expect(ManifestTargetList.updating(manifest, folder: "Other", targets: targets) == nil)
    }

    /// The repository's own Package.swift lists exactly the modules in Generated/.
    @Test func thisPackageListsGenerated() throws {
        let generated = PipelineTests.root.appendingPathComponent("Generated").path
        let folders = Set(try FileManager.default.contentsOfDirectory(atPath: generated).filter(ModuleName.isGenerated))
        let list = try #require(ManifestTargetList.manifest(besideOutput: generated, targets: GeneratedTargets(folders: folders)))
        #expect(list.updated == list.text, "run `swift run docgen generate`")
    }

    /// The output folder's modules after a run: those written and those the run leaves alone.
    @Test func modulesAfterARunKeepFoldersTheRunDoesNotOwn() async throws {
        let workspace = try PipelineTests.Workspace()
        defer { workspace.remove() }
        let other = URL(fileURLWithPath: workspace.output).appendingPathComponent("TencentCloudOTHER")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        let output = await workspace.run()
        let owned = OutputDirectory(path: workspace.output, ownedModules: Set(ModuleName.folders(of: "TencentCloudCLB")))
        // The run writes every service of specs/ (clb and hunyuan); it owns only clb's folders here.
        #expect(owned.modules(after: output.files).modules == ["TencentCloudCLB", "TencentCloudHUNYUAN", "TencentCloudOTHER"])
        #expect(owned.modules(after: output.files).testSupport == ["TencentCloudCLBTesting", "TencentCloudHUNYUANTesting"])
        #expect(owned.modules(after: output.files).tests == ["TencentCloudCLBTests", "TencentCloudHUNYUANTests"])
        #expect(
            OutputDirectory(path: workspace.output).modules(after: output.files).modules == [
                "TencentCloudCLB", "TencentCloudHUNYUAN",
            ])
    }
}
