import DocModel

/// Renders every file of one service's module from its ``ServicePlan``, split the same way for every service, every
/// type nested in the service type:
///
/// - `<SVC>.swift`: the service type (client and call options);
/// - `<SVC>+Actions.swift`: one extension with every action's methods;
/// - `Requests.swift`, `Responses.swift`, `Enumerations.swift`, `Models.swift`: the value types, continued in `Requests2.swift`,
///   `Requests3.swift`… past ``partLines`` lines (see ``partLines`` for why);
/// - `<SVC>+Error.swift`: the typed error and its codes;
/// - `<SVC>+Paginators.swift`, `<SVC>+Waiters.swift`: only when the service has such actions;
/// - the DocC catalog, a test-support library with the pages' example outputs (`<module>Testing/<SVC>Examples.swift`)
///   and a test target with the pages' examples.
struct ServiceFilesEmitter {
    var service: Service
    var module: ModuleName
    var options: SwiftGenerator.Options

    /// The module's files and the warnings for examples that could not become tests.
    func files() -> ([GeneratedFile], [Diagnostic]) {
        let plan = ServicePlan(service: service, module: module, access: options.access)
        let context = plan.context
        let serviceType = context.serviceType
        let folder = relative(service.actions.first?.location.file ?? "").split(separator: "/").dropLast().joined(separator: "/")
        let source = folder.isEmpty ? service.name : folder
        let core = "import \(Constants.Module.core)"
        var files: [GeneratedFile] = []
        /// Adds the file `name`; `capacity` is about how many bytes it takes, where that is known.
        func add(_ name: String, imports: [String] = [core], capacity: Int = 0, _ emit: (inout CodeWriter) -> Void) {
            var writer = CodeWriter()
            writer.reserveCapacity(capacity)
            FileHeader.emit(into: &writer, source: source, imports: imports)
            emit(&writer)
            files.append(writer.file(at: "\(module.module)/\(name)"))
        }
        // The value types, a part per file: each element whole, a new file once a part reaches `partLines`.
        // A part is written one level deep, where `nested` puts it.
        func addParts<Element>(_ name: String, _ elements: [Element], _ emit: (Element, inout CodeWriter) -> Void) {
            // A part is about `partLines` lines of some 60 bytes: room for them is made once.
            func newPart() -> CodeWriter {
                var part = CodeWriter(depth: 1)
                part.reserveCapacity(Self.partLines * 64)
                return part
            }
            var part = newPart()
            var partNumber = 1
            func finish() {
                let lines = part
                // The header, the extension around the part and its closing brace take well under a kilobyte.
                add(
                    partNumber == 1 ? "\(name).swift" : "\(name)\(partNumber).swift", capacity: lines.byteCount + 1_024,
                    nested { $0.append(lines) })
                part = newPart()
                partNumber += 1
            }
            for element in elements {
                if part.lineCount >= Self.partLines { finish() }
                if !part.isEmpty { part.line() }
                emit(element, &part)
            }
            finish()
        }
        // Every type is nested in the service type: `CLB.Target`, `CLB.DeregisterTargetsRequest`.
        func nested(_ emit: @escaping (inout CodeWriter) -> Void) -> (inout CodeWriter) -> Void {
            { writer in writer.block("extension \(serviceType)") { emit(&$0) } }
        }
        add(
            "\(serviceType).swift",
            imports: ["import \(Constants.Module.foundation)", "@_exported import \(Constants.Module.core)"]
        ) { ServiceEmitter(service: service, context: context).emit(into: &$0) }
        if !service.actions.isEmpty {
            add("\(serviceType)+Actions.swift") { writer in
                writer.block("extension \(serviceType)") { body in
                    for (index, action) in service.actions.enumerated() {
                        if index > 0 { body.line() }
                        ActionMethodsEmitter(
                            action: action, context: context, pagingNote: plan.paginators.notes[action.name],
                            streaming: plan.streams[action.name]
                        ).emit(into: &body)
                    }
                }
            }
            addParts("Requests", service.actions) { RequestEmitter(action: $0, context: context).emit(into: &$1) }
            addParts("Responses", service.actions) {
                ResponseEmitter(action: $0, context: context, streaming: plan.streams[$0.name]).emit(into: &$1)
            }
        }
        if !context.enumerations.all.isEmpty {
            addParts("Enumerations", context.enumerations.all) {
                EnumerationEmitter(plan: $0, access: context.access).emit(into: &$1)
            }
        }
        if !service.structs.isEmpty {
            addParts("Models", service.structs) { ModelEmitter(definition: $0, context: context).emit(into: &$1) }
        }
        add(
            "\(serviceType)+\(Constants.GeneratedType.serviceError).swift",
            nested { ServiceErrorEmitter(service: service, context: context, codes: plan.errorCodes).emit(into: &$0) })
        let paginators = PaginatorEmitter(context: context, plans: plan.paginators.paginators)
        if paginators.hasPaginators {
            add("\(serviceType)+Paginators.swift") { paginators.emit(into: &$0) }
        }
        let waiters = WaiterEmitter(context: context, plan: plan.waiter)
        if waiters.hasWaiters {
            add("\(serviceType)+Waiters.swift") { waiters.emit(into: &$0) }
        }
        if options.access == .public {
            var catalog = CodeWriter()
            CatalogEmitter(
                service: service, module: module.module, context: context,
                streams: service.actions.compactMap { plan.streams[$0.name] }
            ).emit(into: &catalog)
            files.append(catalog.file(at: "\(module.module)/\(module.module).docc/\(module.module).md"))
            var outputs = CodeWriter()
            FileHeader.emit(into: &outputs, source: source, imports: ["@_exported import \(Constants.Module.testing)"])
            ExampleOutputsEmitter(cases: plan.examples, context: context).emit(into: &outputs)
            files.append(outputs.file(at: "\(module.testSupportModule)/\(ExampleOutputsEmitter.typeName(context)).swift"))
            let examples = ExampleTestEmitter(cases: plan.examples, context: context)
            if examples.hasExamples {
                var writer = CodeWriter()
                FileHeader.emit(
                    into: &writer, source: source,
                    imports: [
                        "import \(Constants.Module.testing)", "import \(module.module)", "import \(module.testSupportModule)",
                        "import Testing",
                    ])
                examples.emit(into: &writer)
                files.append(
                    writer.file(at: "\(module.testModule)/\(serviceType)\(Constants.GeneratedType.exampleTestsSuffix).swift"))
            }
        }
        return (files, options.access == .public ? plan.diagnostics : [])
    }

    /// The lines after which the value types go on in another file.
    ///
    /// A debug build compiles a module's files in batches of consecutive files, one batch per core. Requests,
    /// responses and models cost about ten times more per line to compile than the rest (synthesized `Codable`
    /// and `Hashable`), so as three big files they landed in one batch and a module built on one core; as
    /// parts of about this size they spread over every batch.
    static let partLines = 1_000

    private func relative(_ path: String) -> String {
        let root = options.sourceRoot.hasSuffix("/") || options.sourceRoot.isEmpty ? options.sourceRoot : options.sourceRoot + "/"
        return !root.isEmpty && path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }
}
