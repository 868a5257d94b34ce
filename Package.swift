// swift-tools-version: 6.0
import PackageDescription

/// The generated service modules in `Generated/` (`TencentCloud<SVC>`, each a library product), their libraries
/// for consumers' tests (`TencentCloud<SVC>Testing`: the pages' example outputs) and their example-test targets. `docgen generate` writes this list and `docgen check` holds it against the folder, so a
/// service added to specs/ becomes a product without editing the manifest by hand.
// docgen: the modules in Generated/ (written by `docgen generate`; do not edit)
let generatedModules: [String] = [
    "TencentCloudCLB",
    "TencentCloudHUNYUAN",
]
let generatedTestSupport: [String] = [
    "TencentCloudCLBTesting",
    "TencentCloudHUNYUANTesting",
]
let generatedTests: [String] = [
    "TencentCloudCLBTests",
    "TencentCloudHUNYUANTests",
]
// docgen: end of the modules in Generated/

/// Whole-service goldens of real doc pages (`../shared/corpus/real`), compiled and their examples run; a test
/// regenerates them (Tests/DocGenPipelineTests/CorpusGoldenTests.swift names the same services).
let corpusModules = ["TencentCloudES", "TencentCloudSCF"]
let corpusTestSupport = corpusModules.map { $0 + "Testing" }
let corpusTests = corpusModules.map { $0 + "Tests" }

/// The runtime, a package of its own in `TencentCloudCore/`.
let core: Target.Dependency = .product(name: "TencentCloudCore", package: "TencentCloudCore")
/// The runtime's test support (the example check, the in-memory transport), which example tests use.
let testing: Target.Dependency = .product(name: "TencentCloudTesting", package: "TencentCloudCore")

/// The example-test target `name` (`TencentCloudCLBTests`) in `folder`: it tests its module with the module's
/// test support.
func exampleTests(_ name: String, in folder: String) -> Target {
    let module = String(name.dropLast("Tests".count))
    return .testTarget(
        name: name, dependencies: [.target(name: module), .target(name: module + "Testing"), testing],
        path: "\(folder)/\(name)")
}

let package = Package(
    name: "TencentCloudDocGen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "docgen", targets: ["docgen"]),
        .library(name: "DocModel", targets: ["DocModel"]),
        .library(name: "DocParser", targets: ["DocParser"]),
        .library(name: "SwiftGenerator", targets: ["SwiftGenerator"]),
        .library(name: "DocDiff", targets: ["DocDiff"]),
        .plugin(name: "GenerateTencentCloud", targets: ["GenerateTencentCloud"]),
    ] + (generatedModules + generatedTestSupport).map { .library(name: $0, targets: [$0]) },
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-distributed-tracing", from: "1.2.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.3.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.25.0"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "600.0.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(path: "TencentCloudCore"),
    ],
    targets: [
        .systemLibrary(
            name: "CCMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // cmark-gfm's allocations for a page, from a per-thread arena given back at once (C: it is cmark's
        // `cmark_mem`).
        .target(name: "CMarkArena", dependencies: ["CCMarkGFM"]),
        .target(name: "DocModel"),
        .target(name: "DocParser", dependencies: ["CCMarkGFM", "CMarkArena", "DocModel"]),
        .target(name: "SwiftGenerator", dependencies: ["DocModel"]),
        .target(name: "DocDiff", dependencies: ["DocModel", "SwiftGenerator"]),
        .target(
            name: "DocGenPipeline",
            dependencies: ["DocModel", "DocParser", "SwiftGenerator"]
        ),
        .plugin(
            name: "GenerateTencentCloud",
            capability: .command(
                intent: .custom(verb: "generate-tencentcloud", description: "Regenerate Generated/ from specs/ with docgen"),
                permissions: [.writeToPackageDirectory(reason: "docgen writes the generated modules to Generated/")]
            ),
            dependencies: ["docgen"]
        ),
        .executableTarget(
            name: "DocGenBenchmark",
            dependencies: ["CCMarkGFM", "CMarkArena", "DocParser", "DocGenPipeline", "SwiftGenerator"]
        ),
        .executableTarget(
            name: "RuntimeBenchmark",
            dependencies: ["TencentCloudCLB"],
            path: "Sources/RuntimeBenchmark"
        ),
        .executableTarget(
            name: "DocParserFuzzer",
            dependencies: ["DocParser", "DocModel"]
        ),
        .executableTarget(
            name: "docgen",
            dependencies: [
                "DocGenPipeline", "SwiftGenerator", "DocDiff",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DocParserTests",
            dependencies: [
                "DocParser", "DocModel", "CCMarkGFM", "CMarkArena",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "SwiftGeneratorTests",
            dependencies: [
                "SwiftGenerator", "DocParser", "DocModel", core,
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftSyntax", package: "swift-syntax"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "DocDiffTests",
            dependencies: ["DocDiff", "DocParser", "DocModel", "SwiftGenerator"]
        ),
        .testTarget(
            name: "DocGenPipelineTests",
            dependencies: [
                "DocGenPipeline", "DocModel", .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .target(
            name: "LoopbackTestSupport",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            path: "TencentCloudCore/Tests/LoopbackTestSupport"
        ),
        .testTarget(
            name: "TencentCloudCoreTests",
            dependencies: [
                core, testing, "LoopbackTestSupport",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            path: "TencentCloudCore/Tests/TencentCloudCoreTests",
            exclude: ["Python"]
        ),
        .target(
            name: "TencentCloudHOSTILE",
            dependencies: [core],
            path: "Tests/HostileGenerated/TencentCloudHOSTILE"
        ),
        .target(
            name: "TencentCloudHOSTILETesting",
            dependencies: [testing],
            path: "Tests/HostileGenerated/TencentCloudHOSTILETesting"
        ),
        .testTarget(
            name: "HostilePagesTests",
            dependencies: [
                "TencentCloudHOSTILE", "TencentCloudHOSTILETesting", core, "DocGenPipeline", "DocParser", "DocModel",
                "SwiftGenerator",
            ]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "TencentCloudCLB", "TencentCloudCLBTesting", "TencentCloudHUNYUAN", core, testing, "DocParser", "DocModel",
                "LoopbackTestSupport",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
    ]
        + generatedModules.map { .target(name: $0, dependencies: [core], path: "Generated/\($0)") }
        + generatedTestSupport.map { .target(name: $0, dependencies: [testing], path: "Generated/\($0)") }
        + generatedTests.map { exampleTests($0, in: "Generated") }
        + corpusModules.map { .target(name: $0, dependencies: [core], path: "Tests/CorpusGenerated/\($0)") }
        + corpusTestSupport.map { .target(name: $0, dependencies: [testing], path: "Tests/CorpusGenerated/\($0)") }
        + corpusTests.map { exampleTests($0, in: "Tests/CorpusGenerated") },
    swiftLanguageModes: [.v6]
)
