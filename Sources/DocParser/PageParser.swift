import DocModel

/// Reads one page: classifies it, then reads it as an action or data-structure page.
public enum PageParser {
    /// Parses `page`. Problems are returned as diagnostics; this never traps on any input.
    public static func parse(_ page: PageSource) -> (ParsedPage, [Diagnostic]) {
        let size = page.text.utf8.count
        guard size <= ParserLimits.maximumPageBytes else {
            let message = "page is \(size) bytes; the limit is \(ParserLimits.maximumPageBytes) bytes, so it is not read"
            return (
                ParsedPage(path: page.path, kind: .other),
                [.error(message, at: SourceLocation(file: page.path, line: 1, column: 1), kind: .limit)]
            )
        }
        let fileLanguage = PageVocabulary.language(ofFileName: page.fileName)
        if case .unread(let code) = fileLanguage {
            let message = "skipped: a page in a language docgen does not read ('_intl_\(code)'): \(page.fileName)"
            return (
                ParsedPage(path: page.path, kind: .other),
                [.note(message, at: SourceLocation(file: page.path, line: 1, column: 1), kind: .skippedPage)]
            )
        }
        let sections = PageSection.sections(of: CMarkReader.blocks(of: page.text))
        let language: DocLanguage
        if case .read(let named) = fileLanguage { language = named } else { language = PageVocabulary.language(of: sections) }
        let vocabulary = PageVocabulary.of(language)
        var diagnostics: [Diagnostic] = []
        if let hidden = HiddenCharacterScanner.warning(for: page) { diagnostics.append(hidden) }
        let kind = classify(page, sections: sections)
        switch kind {
        case .action:
            let parser = ActionPageParser(page: page, sections: sections, vocabulary: vocabulary)
            guard let (action, service) = parser.parse(diagnostics: &diagnostics) else {
                let skipped = !diagnostics.containsErrors
                return (ParsedPage(path: page.path, kind: skipped ? .other : kind, language: language), diagnostics)
            }
            return (
                ParsedPage(path: page.path, kind: kind, language: language, action: action, serviceName: service), diagnostics
            )
        case .dataStructures:
            let structs = StructPageParser(page: page, sections: sections, vocabulary: vocabulary)
                .parse(diagnostics: &diagnostics)
            return (ParsedPage(path: page.path, kind: kind, language: language, structs: structs), diagnostics)
        default:
            let location = SourceLocation(file: page.path, line: 1, column: 1)
            diagnostics.append(.note("skipped: not an API page (\(kind.rawValue))", at: location, kind: .skippedPage))
            return (ParsedPage(path: page.path, kind: kind), diagnostics)
        }
    }

    /// Whether an action-shaped page belongs to API 3.0: it has an Action or Version row in a table, or names
    /// a `tencentcloudapi.com` host. Older API pages (`域名：xxx.api.qcloud.com`, lowercase parameters) do not.
    static func isAPI3ActionPage(_ page: PageSource, sections: [PageSection]) -> Bool {
        if page.text.containsBytes("tencentcloudapi.com") { return true }
        for section in sections {
            for table in section.tables {
                let columns = table.columns
                if table.rows.contains(where: { ["Action", "Version"].contains(columns.text(.name, in: $0)) }) { return true }
            }
        }
        return false
    }

    /// Decides what a page is from its section titles and tables, then its file name.
    static func classify(_ page: PageSource, sections: [PageSection]) -> PageKind {
        if sections.contains(where: { PageVocabulary.isTitled($0, .overview) || PageVocabulary.isTitled($0, .input) }) {
            return isAPI3ActionPage(page, sections: sections) ? .action : .other
        }
        let name = page.fileName
        if name.containsBytes("数据结构") { return .dataStructures }
        if name.containsBytes("公共参数") { return .commonParameters }
        if name.containsBytes("错误码") { return .errorCodes }
        if name.containsBytes("签名") { return .signature }
        let structLike = sections.contains { section in
            TypeParser.isIdentifier(section.title)
                && section.tables.first.map { $0.columns.has(.name, .type) } == true
        }
        return structLike ? .dataStructures : .other
    }
}
