/// The generated modules of an output folder, their test-support libraries and their example-test targets, as a
/// manifest lists them.
public struct GeneratedTargets: Hashable, Sendable {
    /// The modules (`TencentCloudCLB`), sorted.
    public var modules: [String]
    /// The test-support libraries (`TencentCloudCLBTesting`) of those modules that have one, sorted.
    public var testSupport: [String]
    /// The test targets (`TencentCloudCLBTests`) of those modules that have one, sorted.
    public var tests: [String]

    /// Creates the lists from the generated folder names `folders`: a `<module>Testing` folder beside its
    /// `<module>` folder is that module's test-support library, a `<module>Tests` folder its test target, every
    /// other folder a module.
    public init(folders: Set<String>) {
        func isBeside(_ name: String, suffix: String) -> Bool {
            name.hasSuffix(suffix) && folders.contains(String(name.dropLast(suffix.count)))
        }
        let isSupport = { (name: String) in isBeside(name, suffix: Constants.Module.testSupportSuffix) }
        let isTests = { (name: String) in isBeside(name, suffix: Constants.Module.testsSuffix) }
        modules = folders.filter { !isTests($0) && !isSupport($0) }.sorted()
        testSupport = folders.filter(isSupport).sorted()
        tests = folders.filter(isTests).sorted()
    }

    /// `names` as a Swift array literal, one name per line, as `swift format lint --strict` wants it: a comma
    /// after every element when there are several, none after a single one (whose literal counts as one line).
    public static func arrayLiteral(_ names: [String]) -> String {
        guard !names.isEmpty else { return "[]" }
        let comma = names.count > 1 ? "," : ""
        return "[\n" + names.map { "    \(StringLiteral.quoted($0))\(comma)" }.joined(separator: "\n") + "\n]"
    }
}
