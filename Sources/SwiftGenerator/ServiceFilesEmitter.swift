import DocModel

/// Emits every file of one service's module.
struct ServiceFilesEmitter {
    var service: Service
    var module: String
    var options: SwiftGenerator.Options

    func files() -> [GeneratedFile] {
        let context = ServiceContext(service: service, module: module, access: options.access)
        let serviceType = context.serviceType
        let folder = relative(service.actions.first?.location.file ?? "").split(separator: "/").dropLast().joined(separator: "/")
        var files = [
            GeneratedFile(
                path: "\(module)/\(serviceType).swift",
                contents: ServiceEmitter(service: service, access: context.access, source: folder.isEmpty ? service.name : folder)
                    .emit())
        ]
        if options.access == .public {
            files.append(
                GeneratedFile(
                    path: "\(module)/\(module).docc/\(module).md",
                    contents: CatalogEmitter(service: service, module: module, context: context).emit()))
        }
        for action in service.actions {
            let source = relative(action.location.file)
            files.append(
                GeneratedFile(
                    path: "\(module)/Actions/\(serviceType)+\(action.name).swift",
                    contents: ActionMethodsEmitter(action: action, context: context, source: source).emit()))
            files.append(
                GeneratedFile(
                    path: "\(module)/Requests/\(action.name)Request.swift",
                    contents: RequestEmitter(action: action, context: context, source: source).emit()))
            files.append(
                GeneratedFile(
                    path: "\(module)/Responses/\(action.name)Response.swift",
                    contents: ResponseEmitter(action: action, context: context, source: source).emit()))
        }
        for definition in service.structs {
            files.append(
                GeneratedFile(
                    path: "\(module)/Models/\(context.names.swiftName(definition.name)).swift",
                    contents: ModelEmitter(definition: definition, context: context, source: relative(definition.location.file))
                        .emit()))
        }
        return files
    }

    private func relative(_ path: String) -> String {
        let root = options.sourceRoot.hasSuffix("/") || options.sourceRoot.isEmpty ? options.sourceRoot : options.sourceRoot + "/"
        return !root.isEmpty && path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }
}
