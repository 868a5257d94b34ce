import DocModel

/// Tells an action page's service when the page does not: its host line, else its API Explorer link (read by
/// the page parser), else the one service that the other action pages in its folder subtree name. A folder's
/// name is never taken for a service name.
struct ServiceResolver {
    /// The services named by the action pages under each folder (at any depth).
    private var servicesUnder: [String: Set<String>] = [:]

    init(_ pages: [ParsedPage]) {
        // Only an action page without a service of its own is resolved through its folders.
        guard pages.contains(where: { $0.action != nil && $0.serviceName == nil }) else { return }
        for page in pages where page.action != nil {
            guard let name = page.serviceName, ModelBuilder.isServiceName(name) else { continue }
            for folder in PagePath.ancestors(of: page.path) { servicesUnder[folder, default: []].insert(name) }
        }
    }

    /// The service of the action on `page`, or `nil` with an error when it cannot be told.
    func serviceName(of page: ParsedPage, at location: SourceLocation, diagnostics: inout [Diagnostic]) -> String? {
        if let name = page.serviceName {
            guard ModelBuilder.isServiceName(name) else {
                diagnostics.append(
                    .error("service name '\(name)' is not a host label (a-z, 0-9, -)", at: location, kind: .invalidName))
                return nil
            }
            return name
        }
        for folder in PagePath.ancestors(of: page.path) {
            guard let names = servicesUnder[folder], !names.isEmpty else { continue }
            let shown = folder.isEmpty ? "." : folder
            guard names.count == 1, let name = names.first else {
                diagnostics.append(
                    .error(
                        "page gives no host line (接口请求域名) nor API Explorer link, and the action pages under '\(shown)' belong to several services (\(names.sorted().joined(separator: ", "))); add the host line",
                        at: location, kind: .missingHost))
                return nil
            }
            diagnostics.append(
                .warning(
                    "page gives no host line (接口请求域名) nor API Explorer link; service '\(name)' taken from the other action pages under '\(shown)'",
                    at: location, kind: .missingHost))
            return name
        }
        diagnostics.append(
            .error(
                "page gives no host line (接口请求域名) nor API Explorer link, and no other action page in its folders names its service",
                at: location, kind: .missingHost))
        return nil
    }
}

/// Decides which service versions a data-structure page's structs belong to: those whose action pages sit in
/// the page's folder or below it, where no nearer data-structure page sits. When several service versions share
/// one page, each struct goes to the versions whose actions use it (directly or through other structs).
struct StructPlacement {
    private var structPages: [String: [ParsedPage]] = [:]
    /// Per data-structure folder, the actions of each service version it serves.
    private var served: [String: [ModelBuilder.ServiceKey: [Action]]] = [:]

    init(_ pages: [ParsedPage]) {
        for page in pages where page.kind == .dataStructures {
            structPages[PagePath.folder(of: page.path), default: []].append(page)
        }
    }

    /// Records that `action` of `key` is documented at `path`.
    mutating func add(_ action: Action, of key: ModelBuilder.ServiceKey, at path: String) {
        guard let folder = PagePath.ancestors(of: path).first(where: { structPages[$0] != nil }) else { return }
        served[folder, default: [:]][key, default: []].append(action)
    }

    /// Every struct definition per service version and name, with the language of its page, in page order.
    func definitions(diagnostics: inout [Diagnostic]) -> [ModelBuilder.ServiceKey: [String: [(StructDefinition, DocLanguage)]]] {
        var result: [ModelBuilder.ServiceKey: [String: [(StructDefinition, DocLanguage)]]] = [:]
        for folder in structPages.keys.sorted() {
            let pages = structPages[folder] ?? []
            let owners = served[folder] ?? [:]
            let keys = owners.keys.sorted()
            guard !keys.isEmpty else {
                for page in pages where !page.structs.isEmpty {
                    diagnostics.append(
                        .warning(
                            "data structures page has no action page in its folder or below it; its structs belong to no service",
                            at: SourceLocation(file: page.path, line: 1, column: 1), kind: .notGenerated))
                }
                continue
            }
            var byName: [String: StructDefinition] = [:]
            for page in pages {
                for definition in page.structs where byName[definition.name] == nil { byName[definition.name] = definition }
            }
            let reached =
                keys.count == 1 ? [:] : Dictionary(uniqueKeysWithValues: keys.map { ($0, Self.reach(owners[$0] ?? [], byName)) })
            var unused: Set<String> = []
            for page in pages {
                for definition in page.structs {
                    let owning = keys.count == 1 ? keys : keys.filter { reached[$0]?.contains(definition.name) == true }
                    if owning.isEmpty { unused.insert(definition.name) }
                    for key in owning {
                        result[key, default: [:]][definition.name, default: []].append((definition, page.language))
                    }
                }
            }
            if keys.count > 1, let first = pages.first {
                let counts = keys.map { key in "\(key.name) \(key.version): \(reached[key]?.count ?? 0)" }
                diagnostics.append(
                    .note(
                        "data structures page serves \(keys.count) service versions below its folder; each struct goes to those whose actions use it (\(counts.joined(separator: ", ")); \(unused.count) used by none)",
                        at: SourceLocation(file: first.path, line: 1, column: 1), kind: .structPlacement))
            }
        }
        return result
    }

    /// The struct names `actions` use, directly or through the members of `definitions`.
    private static func reach(_ actions: [Action], _ definitions: [String: StructDefinition]) -> Set<String> {
        var reached: Set<String> = []
        var pending = actions.flatMap { ($0.input + $0.output).flatMap(\.type.referencedStructures) }
        while let name = pending.popLast() {
            guard definitions[name] != nil, reached.insert(name).inserted else { continue }
            pending += definitions[name]?.members.flatMap(\.type.referencedStructures) ?? []
        }
        return reached
    }
}
