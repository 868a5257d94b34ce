import DocModel

/// Merges the Chinese and the English page of one action (or one struct) into one model entry: the page in the
/// chosen doc language is the base, the other fills in text the base lacks, and every disagreement on a name,
/// a type or a required flag is a lint warning with both locations.
struct LanguageMerge {
    /// The language of the base entry.
    var base: DocLanguage

    private var other: DocLanguage { base == .zh ? .en : .zh }

    private static func pageName(_ language: DocLanguage) -> String {
        switch language {
        case .zh: "Chinese"
        case .en: "English"
        }
    }

    /// `base` with what only `other` states filled in.
    func merge(_ base: Action, _ other: Action, diagnostics: inout [Diagnostic]) -> Action {
        var merged = base
        let what = "action \(base.name)"
        merged.input = merge(base.input, other.input, of: what, input: true, base.location, other.location, &diagnostics)
        merged.output = merge(base.output, other.output, of: what, input: false, base.location, other.location, &diagnostics)
        if merged.description.isEmpty { merged.description = other.description }
        merged.host = merged.host ?? other.host
        merged.rateLimit = merged.rateLimit ?? other.rateLimit
        merged.isAsync = merged.isAsync || other.isAsync
        merged.supportsFinancialRegions = merged.supportsFinancialRegions || other.supportsFinancialRegions
        merged.skipsSignature = merged.skipsSignature || other.skipsSignature
        merged.isIdempotent = merged.isIdempotent || other.isIdempotent
        merged.isDeprecated = merged.isDeprecated || other.isDeprecated
        merged.streaming = max(merged.streaming, other.streaming)
        if merged.region == .notNeeded { merged.region = other.region }
        if merged.errors.isEmpty {
            merged.errors = other.errors
        } else {
            let otherText = Dictionary(other.errors.map { ($0.code, $0.description) }, uniquingKeysWith: { first, _ in first })
            for index in merged.errors.indices where merged.errors[index].description.isEmpty {
                merged.errors[index].description = otherText[merged.errors[index].code] ?? ""
            }
        }
        if merged.examples.isEmpty { merged.examples = other.examples }
        return merged
    }

    /// `base` with what only `other` states filled in.
    func merge(_ base: StructDefinition, _ other: StructDefinition, diagnostics: inout [Diagnostic]) -> StructDefinition {
        var merged = base
        merged.members = merge(
            base.members, other.members, of: "struct \(base.name)", input: true, base.location, other.location, &diagnostics)
        if merged.description.isEmpty { merged.description = other.description }
        return merged
    }

    /// The base's parameters, each compared with the other page's parameter of the same name and given its
    /// description where the base has none. Parameters only one page lists are reported; the base decides (an
    /// English page often documents an older or newer shape of the action).
    private func merge(
        _ base: [Parameter], _ other: [Parameter], of what: String, input: Bool, _ baseLocation: SourceLocation,
        _ otherLocation: SourceLocation, _ diagnostics: inout [Diagnostic]
    ) -> [Parameter] {
        let (basePage, otherPage) = (Self.pageName(self.base), Self.pageName(self.other))
        let others = Dictionary(other.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var merged = base
        for index in merged.indices {
            let parameter = merged[index]
            guard let counterpart = others[parameter.name] else {
                diagnostics.append(
                    Diagnostic(
                        .warning, "'\(parameter.name)' of \(what) is on the \(basePage) page but not on the \(otherPage) page",
                        at: parameter.location, related: [otherLocation], kind: .languageMismatch))
                continue
            }
            if parameter.type.irName != counterpart.type.irName {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "'\(parameter.name)' of \(what) is \(parameter.type.irName) on the \(basePage) page and \(counterpart.type.irName) on the \(otherPage) page",
                        at: parameter.location, related: [counterpart.location], kind: .languageMismatch))
            }
            if input, let required = parameter.isRequired, let otherRequired = counterpart.isRequired, required != otherRequired {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "'\(parameter.name)' of \(what) is \(required ? "required" : "optional") on the \(basePage) page and \(otherRequired ? "required" : "optional") on the \(otherPage) page",
                        at: parameter.location, related: [counterpart.location], kind: .languageMismatch))
            }
            if parameter.description.isEmpty, !counterpart.description.isEmpty {
                merged[index].description = counterpart.description
                merged[index].plainDescription = counterpart.plainDescription
                merged[index].constraints = counterpart.constraints
            } else {
                merged[index].constraints = Self.filling(parameter.constraints, from: counterpart.constraints)
            }
        }
        let names = Set(base.map(\.name))
        for parameter in other where !names.contains(parameter.name) {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "'\(parameter.name)' of \(what) is on the \(otherPage) page but not on the \(basePage) page; the \(basePage) page decides",
                    at: parameter.location, related: [baseLocation], kind: .languageMismatch))
        }
        return merged
    }

    /// The facts of `base`, with each fact it does not state taken from `other` (facts do not depend on the
    /// language they are written in).
    static func filling(_ base: Constraints, from other: Constraints) -> Constraints {
        var merged = base
        merged.minimum = merged.minimum ?? other.minimum
        merged.maximum = merged.maximum ?? other.maximum
        merged.maxCount = merged.maxCount ?? other.maxCount
        merged.defaultValue = merged.defaultValue ?? other.defaultValue
        merged.isNullable = merged.isNullable || other.isNullable
        if merged.allowedValues.isEmpty { merged.allowedValues = other.allowedValues }
        merged.example = merged.example ?? other.example
        merged.isDeprecated = merged.isDeprecated || other.isDeprecated
        merged.replacement = merged.replacement ?? other.replacement
        merged.unit = merged.unit ?? other.unit
        return merged
    }
}

/// The English page beside a Chinese one (`<页面>_intl.md` next to `<页面>.md`) documents the same action. When
/// the English page's Action row names another action (a row copied from another page), the Chinese page's name
/// is taken, with a warning.
struct LanguageTwins {
    private var chineseActions: [String: String] = [:]

    init(_ pages: [ParsedPage]) {
        for page in pages where page.language == .zh {
            if let action = page.action { chineseActions[page.path] = action.name }
        }
    }

    /// `action` of `page`, named as its Chinese twin names it.
    func action(_ action: Action, of page: ParsedPage, diagnostics: inout [Diagnostic]) -> Action {
        guard page.language == .en, page.path.hasSuffix(PagePath.englishSuffix),
            let twin = PagePath.languageTwin(of: page.path).flatMap({ chineseActions[$0] }), twin != action.name
        else { return action }
        diagnostics.append(
            .warning(
                "the English page names action \(action.name), the Chinese page beside it \(twin); read as \(twin)",
                at: action.location, kind: .languageMismatch))
        var renamed = action
        renamed.name = twin
        return renamed
    }
}
