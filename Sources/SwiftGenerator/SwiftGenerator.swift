import DocModel

/// Turns the model into Swift source files: one module per service.
public enum SwiftGenerator {
    /// Options for a generation run.
    public struct Options: Hashable, Sendable {
        /// A prefix removed from source paths in file headers so the output does not depend on where the
        /// pages were read from (`specs/`).
        public var sourceRoot: String

        /// Creates options.
        public init(sourceRoot: String = "") {
            self.sourceRoot = sourceRoot
        }
    }

    /// The files for `model`, sorted by path, and any problems found while generating.
    public static func generate(_ model: APIModel, options: Options = Options()) -> ([GeneratedFile], [Diagnostic]) {
        var files: [GeneratedFile] = []
        var diagnostics: [Diagnostic] = []
        let byModule = Dictionary(grouping: model.services) { SwiftNaming.moduleName($0.name) }
        for (module, versions) in byModule.sorted(by: { $0.key < $1.key }) {
            let sorted = versions.sorted { $0.version < $1.version }
            guard let newest = sorted.last else { continue }
            for older in sorted.dropLast() {
                diagnostics.append(
                    .warning(
                        "\(older.name) \(older.version) is not generated: \(module) holds the newest version, \(newest.version)",
                        at: older.actions.first?.location))
            }
            files += ServiceFilesEmitter(service: newest, module: module, options: options).files()
        }
        return (files.sorted { $0.path < $1.path }, diagnostics)
    }
}

/// Emits every file of one service's module.
struct ServiceFilesEmitter {
    var service: Service
    var module: String
    var options: SwiftGenerator.Options

    func files() -> [GeneratedFile] {
        let serviceType = SwiftNaming.serviceTypeName(service.name)
        let validation = ValidationPlanner(structs: service.structs)
        let folder = relative(service.actions.first?.location.file ?? "").split(separator: "/").dropLast().joined(separator: "/")
        var files = [
            GeneratedFile(
                path: "\(module)/\(serviceType).swift",
                contents: ServiceEmitter(service: service, source: folder.isEmpty ? service.name : folder).emit())
        ]
        for action in service.actions {
            let source = relative(action.location.file)
            files.append(
                GeneratedFile(
                    path: "\(module)/Actions/\(serviceType)+\(action.name).swift",
                    contents: ActionMethodsEmitter(action: action, serviceType: serviceType, source: source).emit()))
            files.append(
                GeneratedFile(
                    path: "\(module)/Requests/\(action.name)Request.swift",
                    contents: RequestEmitter(action: action, serviceType: serviceType, validation: validation, source: source)
                        .emit()))
            files.append(
                GeneratedFile(
                    path: "\(module)/Responses/\(action.name)Response.swift",
                    contents: ResponseEmitter(action: action, serviceType: serviceType, validation: validation, source: source)
                        .emit()))
        }
        for definition in service.structs {
            files.append(
                GeneratedFile(
                    path: "\(module)/Models/\(SwiftNaming.upperCamelCase(definition.name)).swift",
                    contents: ModelEmitter(
                        definition: definition, validation: validation, source: relative(definition.location.file)
                    ).emit()))
        }
        return files
    }

    private func relative(_ path: String) -> String {
        let root = options.sourceRoot.hasSuffix("/") || options.sourceRoot.isEmpty ? options.sourceRoot : options.sourceRoot + "/"
        return !root.isEmpty && path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }
}
