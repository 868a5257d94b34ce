import DocModel

/// Builds the model from parsed pages: groups actions into services, attaches each folder's data structures,
/// and checks what no single page can (duplicates, undefined structs).
public enum ModelBuilder {
    /// The outcome of reading a set of pages.
    public struct Result: Sendable {
        /// The model.
        public var model: APIModel
        /// Every diagnostic, page by page, then the cross-page ones.
        public var diagnostics: [Diagnostic]
        /// Every page read, in input order.
        public var pages: [ParsedPage]
    }

    /// Parses `pages` on up to `concurrency` tasks at once and builds the model; `progress` hears (pages done,
    /// pages in all) as pages are read. The result is the same whatever `concurrency` and the scheduling: pages
    /// are parsed independently and put back in input order before anything depends on order.
    /// `patches.json` files among `pages` are read as ``ModelPatch``es and applied to the built model. Where a
    /// Chinese and an English page document one action or struct, the page in `language` gives the text and
    /// the other fills in what it lacks.
    public static func build(
        _ pages: [PageSource], language: DocLanguage = .zh, concurrency: Int = 1,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async -> Result {
        let (pages, patchFiles) = split(pages)
        // The largest pages (data-structure pages of hundreds of structs) start first, so that no long page is left
        // for one task at the end while the others wait.
        let results = await BoundedConcurrency.map(
            pages, concurrency: concurrency, progress: progress, cost: { $0.text.utf8.count }, PageParser.parse)
        return finish(results, patchFiles: patchFiles, language: language)
    }

    private static func split(_ pages: [PageSource]) -> (pages: [PageSource], patchFiles: [PageSource]) {
        guard pages.contains(where: { PatchFileReader.isPatchFile($0.path) }) else { return (pages, []) }
        return (
            pages.filter { !PatchFileReader.isPatchFile($0.path) }, pages.filter { PatchFileReader.isPatchFile($0.path) }
        )
    }

    /// Gathers the pages' diagnostics in input order, builds the model and applies the patches.
    private static func finish(
        _ results: [(ParsedPage, [Diagnostic])], patchFiles: [PageSource], language: DocLanguage
    ) -> Result {
        var diagnostics: [Diagnostic] = []
        for (_, pageDiagnostics) in results { diagnostics += pageDiagnostics }
        let parsed = results.map(\.0)
        var model = assemble(parsed, language: language, diagnostics: &diagnostics)
        // A patch may add a struct the pages forgot: references are checked again on the patched model.
        if !patchFiles.isEmpty { diagnostics.removeAll { $0.kind == .undefinedStruct } }
        for file in patchFiles {
            let (patches, readDiagnostics) = PatchFileReader.read(file)
            let (patched, applyDiagnostics) = model.applying(patches) {
                ConstraintReader.constraints(of: $0, language: language)
            }
            model = patched
            diagnostics += readDiagnostics + applyDiagnostics
        }
        if !patchFiles.isEmpty {
            for service in model.services { checkReferences(service, diagnostics: &diagnostics) }
        }
        return Result(model: model, diagnostics: diagnostics, pages: parsed)
    }

    struct ServiceKey: Hashable, Comparable {
        var name: String
        var version: String
        static func < (lhs: ServiceKey, rhs: ServiceKey) -> Bool { (lhs.name, lhs.version) < (rhs.name, rhs.version) }
    }

    /// Groups parsed pages into services: action pages by service, version and action (the Chinese and the
    /// English page of one action merged, the page in `language` first), each data-structure page's structs to
    /// the service versions whose action pages sit in its folder or below it.
    static func assemble(_ pages: [ParsedPage], language: DocLanguage, diagnostics: inout [Diagnostic]) -> APIModel {
        let services = ServiceResolver(pages)
        var documented: [ServiceKey: [String: [(Action, DocLanguage)]]] = [:]
        var hosts: [ServiceKey: [String: Int]] = [:]
        var placement = StructPlacement(pages)
        let twins = LanguageTwins(pages)
        for page in pages {
            guard let action = page.action.map({ twins.action($0, of: page, diagnostics: &diagnostics) }),
                let serviceName = services.serviceName(of: page, at: action.location, diagnostics: &diagnostics)
            else { continue }
            let key = ServiceKey(name: serviceName, version: action.version)
            placement.add(action, of: key, at: page.path)
            if let host = action.host { hosts[key, default: [:]][host, default: 0] += 1 }
            documented[key, default: [:]][action.name, default: []].append((action, page.language))
        }
        let merge = LanguageMerge(base: language)
        let actions = mergedEntries(documented, language: language, diagnostics: &diagnostics) { first, action, diagnostics in
            if sameParameters(first, action) {
                diagnostics.append(
                    Diagnostic(
                        .warning, "action \(action.name) is documented by two pages with the same parameters; the first is used",
                        at: action.location, related: [first.location], kind: .duplicateAction))
            } else {
                diagnostics.append(
                    Diagnostic(
                        .error, "action \(action.name) is defined by two pages, differently", at: action.location,
                        related: [first.location], kind: .duplicateAction))
            }
        } merge: {
            merge.merge($0, $1, diagnostics: &$2)
        }
        let placed = placement.definitions(diagnostics: &diagnostics)
        let structs = mergedEntries(placed, language: language, diagnostics: &diagnostics) { first, definition, diagnostics in
            if !sameShape(first, definition) {
                diagnostics.append(
                    Diagnostic(
                        .error, "struct \(definition.name) is defined twice, differently", at: definition.location,
                        related: [first.location], kind: .duplicateStruct))
            }
        } merge: {
            merge.merge($0, $1, diagnostics: &$2)
        }

        var result: [Service] = []
        for key in actions.keys.sorted() {
            let host = hosts[key]?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "\(key.name).tencentcloudapi.com"
            let service = Service(
                name: key.name, version: key.version, host: host, actions: actions[key] ?? [], structs: structs[key] ?? [])
            checkReferences(service, diagnostics: &diagnostics)
            result.append(service)
        }
        return APIModel(services: result)
    }

    /// One entry per service version and name, sorted by name: the first page of each language (`duplicate`
    /// hears every later page of that language with the first), the page in `language` merged with the other's.
    private static func mergedEntries<Entry>(
        _ grouped: [ServiceKey: [String: [(Entry, DocLanguage)]]], language: DocLanguage, diagnostics: inout [Diagnostic],
        duplicate: (Entry, Entry, inout [Diagnostic]) -> Void, merge: (Entry, Entry, inout [Diagnostic]) -> Entry
    ) -> [ServiceKey: [Entry]] {
        var result: [ServiceKey: [Entry]] = [:]
        for key in grouped.keys.sorted() {
            for (_, entries) in grouped[key, default: [:]].sorted(by: { $0.key < $1.key }) {
                let perLanguage = firstPerLanguage(entries, diagnostics: &diagnostics, compare: duplicate)
                if let entry = merged(perLanguage, preferring: language, merge: { merge($0, $1, &diagnostics) }) {
                    result[key, default: []].append(entry)
                }
            }
        }
        return result
    }

    /// The first entry of each language, in input order; `compare` hears every later entry of a language with
    /// that language's first.
    private static func firstPerLanguage<Entry>(
        _ entries: [(Entry, DocLanguage)], diagnostics: inout [Diagnostic],
        compare: (Entry, Entry, inout [Diagnostic]) -> Void
    ) -> [DocLanguage: Entry] {
        var first: [DocLanguage: Entry] = [:]
        for (entry, language) in entries {
            if let existing = first[language] {
                compare(existing, entry, &diagnostics)
            } else {
                first[language] = entry
            }
        }
        return first
    }

    /// The entry in `language`, merged with the other language's when both exist.
    private static func merged<Entry>(
        _ perLanguage: [DocLanguage: Entry], preferring language: DocLanguage, merge: (Entry, Entry) -> Entry
    ) -> Entry? {
        let otherLanguage: DocLanguage = language == .zh ? .en : .zh
        switch (perLanguage[language], perLanguage[otherLanguage]) {
        case (let base?, let other?): return merge(base, other)
        case (let base?, nil): return base
        case (nil, let other?): return other
        case (nil, nil): return nil
        }
    }

    /// Reports every struct a parameter uses that no data-structure page of the service defines.
    private static func checkReferences(_ service: Service, diagnostics: inout [Diagnostic]) {
        let defined = Set(service.structs.map(\.name))
        // The parameters are looked at where they are: copying them all into one list was a serial cost of every run.
        func check(_ parameters: [Parameter]) {
            // By index: a `for … in` loop would copy each parameter whole.
            for index in parameters.indices {
                for name in parameters[index].type.referencedStructures where !defined.contains(name) {
                    let parameter = parameters[index]
                    diagnostics.append(
                        .error(
                            "type '\(name)' of '\(parameter.name)' is not a known type nor a struct defined for \(service.name) \(service.version)",
                            at: parameter.location, kind: .undefinedStruct))
                }
            }
        }
        for action in service.actions {
            check(action.input)
            check(action.output)
        }
        for definition in service.structs { check(definition.members) }
    }

    /// Whether `name` can be a service label: lowercase ASCII letters, digits and inner hyphens.
    static func isServiceName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCIILetter, name.count <= 63, !name.hasSuffix("-") else {
            return false
        }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0.isASCIIDigit || $0 == "-" }
    }

    private static func sameParameters(_ lhs: Action, _ rhs: Action) -> Bool {
        func shape(_ parameters: [Parameter]) -> [String] {
            parameters.map { "\($0.name):\($0.type.irName):\(String(describing: $0.isRequired))" }
        }
        return shape(lhs.input) == shape(rhs.input) && shape(lhs.output) == shape(rhs.output)
    }

    private static func sameShape(_ lhs: StructDefinition, _ rhs: StructDefinition) -> Bool {
        lhs.members.map { [$0.name, $0.type.irName, "\(String(describing: $0.isRequired))"] }
            == rhs.members.map { [$0.name, $0.type.irName, "\(String(describing: $0.isRequired))"] }
    }
}
