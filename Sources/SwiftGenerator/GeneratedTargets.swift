/// The generated modules of an output folder and their example-test targets, as a manifest lists them.
public struct GeneratedTargets: Hashable, Sendable {
    /// The modules (`TencentCloudCLB`), sorted.
    public var modules: [String]
    /// The test targets (`TencentCloudCLBTests`) of those modules that have one, sorted.
    public var tests: [String]

    /// Creates the lists from the generated folder names `folders`: a `<module>Tests` folder beside its
    /// `<module>` folder is that module's test target, every other folder a module.
    public init(folders: Set<String>) {
        let suffix = Constants.Module.testsSuffix
        let isTests = { (name: String) in name.hasSuffix(suffix) && folders.contains(String(name.dropLast(suffix.count))) }
        modules = folders.filter { !isTests($0) }.sorted()
        tests = folders.filter(isTests).sorted()
    }

    /// `names` as a Swift array literal, one name per line (as swift-format writes it: no trailing comma).
    public static func arrayLiteral(_ names: [String]) -> String {
        guard !names.isEmpty else { return "[]" }
        return "[\n" + names.map { "    \(StringLiteral.quoted($0))" }.joined(separator: ",\n") + "\n]"
    }

    /// The module a test target `tests` tests.
    public static func module(ofTests tests: String) -> String { String(tests.dropLast(Constants.Module.testsSuffix.count)) }
}
