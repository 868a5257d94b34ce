// swift-tools-version: 6.0
import PackageDescription

/// The hand-written runtime every generated Tencent Cloud module uses: TC3 signing, credentials, HTTP,
/// retries, errors, validation, paginators and task waiters.
///
/// It is a package of its own so a standalone SDK package written by `docgen generate --package` can depend on
/// it without also depending on the generator (whose own generated modules would clash with the SDK's).
let package = Package(
    name: "TencentCloudCore",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "TencentCloudCore", targets: ["TencentCloudCore"]),
        // For the tests of code that uses a generated service: an in-memory transport, example stubs.
        .library(name: "TencentCloudTesting", targets: ["TencentCloudTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-distributed-tracing", from: "1.2.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.3.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.30.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.25.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .target(
            name: "TencentCloudCore",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
            ]
        ),
        .target(
            name: "TencentCloudTesting",
            dependencies: [
                "TencentCloudCore",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
        // The runtime's tests: `swift test --package-path TencentCloudCore`. (The generator's package runs the same
        // folder as a test target of its own, so its `swift test` covers the runtime too.)
        .target(
            name: "LoopbackTestSupport",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            path: "Tests/LoopbackTestSupport"
        ),
        .testTarget(
            name: "TencentCloudCoreTests",
            dependencies: [
                "TencentCloudCore", "TencentCloudTesting", "LoopbackTestSupport",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            exclude: ["Python"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
