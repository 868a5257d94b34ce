import DocModel

/// The names one service version is generated under.
public struct ModuleName: Hashable, Sendable {
    /// The module (`TencentCloudCLB`; `TencentCloudCVMV20170312` for an older version).
    public var module: String
    /// The service type (`CLB`; `CVMV20170312`).
    public var serviceType: String

    /// The test target holding the pages' examples (`TencentCloudCLBTests`).
    public var testModule: String { Self.testModule(of: module) }

    /// The test target of the generated module `module` (`TencentCloudCLB` → `TencentCloudCLBTests`).
    public static func testModule(of module: String) -> String { module + Constants.Module.testsSuffix }

    /// The library holding the pages' example outputs for consumers' tests (`TencentCloudCLBTesting`).
    public var testSupportModule: String { Self.testSupportModule(of: module) }

    /// The test-support library of the generated module `module` (`TencentCloudCLB` → `TencentCloudCLBTesting`).
    public static func testSupportModule(of module: String) -> String { module + Constants.Module.testSupportSuffix }

    /// Every folder generated for the module `module`: the module, its test-support library and its tests.
    public static func folders(of module: String) -> [String] { [module, testSupportModule(of: module), testModule(of: module)] }

    /// Every folder generated for this service version.
    public var folders: [String] { Self.folders(of: module) }

    /// Whether a folder named `name` is a generated module or test target (`TencentCloud…`).
    public static func isGenerated(_ name: String) -> Bool { name.hasPrefix(Constants.Module.generatedPrefix) }

    /// The names of every service version in `services`: the newest version of a service gets the plain names,
    /// an older one the same with `V` and its version's digits (`CVMV20170312`), so both can be used at once.
    public static func plan(_ services: [Service]) -> [(Service, ModuleName)] {
        var result: [(Service, ModuleName)] = []
        let byType = Dictionary(grouping: services) { SwiftNaming.serviceTypeName($0.name) }
        for (serviceType, versions) in byType.sorted(by: { $0.key < $1.key }) {
            let sorted = versions.sorted { $0.version > $1.version }
            for (index, service) in sorted.enumerated() {
                let suffix = index == 0 ? "" : "V" + service.version.filter(\.isNumber)
                let type = serviceType + suffix
                result.append((service, ModuleName(module: SwiftNaming.moduleName(service.name) + suffix, serviceType: type)))
            }
        }
        return result
    }
}
