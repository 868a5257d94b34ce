import DocModel
import SwiftGenerator

/// A service left out of a `--keep-going` run because its pages have errors.
public struct FailedService: Hashable, Sendable {
    /// The service name (`cvm`); every version of it is left out, so the others keep their module names.
    public var name: String
    /// Its errors, in order.
    public var errors: [Diagnostic]
}

/// Finds the services that errors belong to: the services whose pages an error (or a place it relates to)
/// points at; for a page that gave no action (one that could not be read), the services of the action pages
/// nearest to it in its folders.
struct ErrorAttribution {
    private var servicesOfFile: [String: Set<String>] = [:]
    private var servicesUnder: [String: Set<String>] = [:]

    init(_ model: APIModel) {
        for service in model.services {
            var files = Set(service.actions.map(\.location.file))
            files.formUnion(service.structs.map(\.location.file))
            for file in files {
                servicesOfFile[file, default: []].insert(service.name)
                for folder in PagePath.ancestors(of: file) { servicesUnder[folder, default: []].insert(service.name) }
            }
        }
    }

    /// The failed services, sorted by name, and the errors no service could be found for.
    func failedServices(_ diagnostics: [Diagnostic]) -> (failed: [FailedService], unattributed: [Diagnostic]) {
        var errors: [String: [Diagnostic]] = [:]
        var unattributed: [Diagnostic] = []
        for diagnostic in diagnostics where diagnostic.severity == .error {
            let services = services(of: diagnostic)
            if services.isEmpty { unattributed.append(diagnostic) }
            for service in services { errors[service, default: []].append(diagnostic) }
        }
        return (errors.keys.sorted().map { FailedService(name: $0, errors: errors[$0] ?? []) }, unattributed)
    }

    private func services(of diagnostic: Diagnostic) -> Set<String> {
        let files = ([diagnostic.location].compactMap { $0 } + diagnostic.relatedLocations).map(\.file)
        let direct = files.reduce(into: Set<String>()) { $0.formUnion(servicesOfFile[$1] ?? []) }
        if !direct.isEmpty { return direct }
        guard let file = files.first else { return [] }
        for folder in PagePath.ancestors(of: file) {
            if let services = servicesUnder[folder], !services.isEmpty { return services }
        }
        return []
    }
}
