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

    /// What an older version's names add to the newest's: `V` and the version's digits (`2017-03-12` →
    /// `V20170312`).
    static func versionSuffix(of version: String) -> String { versionMarker + version.filter(\.isNumber) }

    private static let versionMarker = "V"

    /// Whether `folder` is one of the folders generated for some version of the service named `service`
    /// (`TencentCloudCVM`, `TencentCloudCVMV20170312Tests`, … for `cvm`): the service's module name, alone or
    /// with a version suffix of a date's eight digits, alone or with a test target's suffix.
    public static func isFolder(_ folder: String, ofService service: String) -> Bool {
        var module = Substring(folder)
        for suffix in [Constants.Module.testSupportSuffix, Constants.Module.testsSuffix] where module.hasSuffix(suffix) {
            module = module.dropLast(suffix.count)
            break
        }
        let base = SwiftNaming.moduleName(service)
        guard module.hasPrefix(base) else { return false }
        let version = module.dropFirst(base.count)
        return version.isEmpty
            || (version.hasPrefix(versionMarker) && version.count == versionMarker.count + 8
                && version.dropFirst(versionMarker.count).allSatisfy { $0.isASCII && $0.isNumber })
    }

    /// The names of every service version in `services`: the newest version of a service gets the plain names,
    /// an older one the same with `V` and its version's digits (`CVMV20170312`), so both can be used at once.
    public static func plan(_ services: [Service]) -> [(Service, ModuleName)] {
        var result: [(Service, ModuleName)] = []
        let byType = Dictionary(grouping: services) { SwiftNaming.serviceTypeName($0.name) }
        for (serviceType, versions) in byType.sorted(by: { $0.key < $1.key }) {
            let sorted = versions.sorted { $0.version > $1.version }
            for (index, service) in sorted.enumerated() {
                let suffix = index == 0 ? "" : versionSuffix(of: service.version)
                let type = serviceType + suffix
                result.append((service, ModuleName(module: SwiftNaming.moduleName(service.name) + suffix, serviceType: type)))
            }
        }
        return result
    }
}
