import DocModel

/// Reads a 数据结构 page: each `## Name` heading with its table is one struct.
struct StructPageParser {
    var page: PageSource
    var sections: [PageSection]
    /// The wordings of the page's language.
    var vocabulary: PageVocabulary

    func parse(diagnostics: inout [Diagnostic]) -> [StructDefinition] {
        let reader = ParameterTableReader(file: page.path, language: vocabulary.language)
        var structs: [StructDefinition] = []
        for section in sections {
            guard let table = section.tables.first, table.columns.has(.name, .type) else { continue }
            let location = section.position.location(in: page.path)
            guard TypeParser.isIdentifier(section.title) else {
                diagnostics.append(
                    .error("data structure name '\(section.title)' is not an identifier", at: location, kind: .invalidName))
                continue
            }
            var paragraphs: [String] = []
            for block in section.blocks {
                if case .table = block { break }
                if case .paragraph(let inlines, _) = block {
                    let text = InlineRenderer.markdown(inlines)
                    if !vocabulary.contains(anyOf: vocabulary.referencedByMarkers, in: String(text.prefix(24))) {
                        paragraphs.append(text)
                    }
                }
            }
            let members = reader.rows(of: table, diagnostics: &diagnostics).map(\.parameter)
            structs.append(
                StructDefinition(
                    name: section.title, description: paragraphs.joined(separator: "\n\n"), members: members, location: location))
        }
        return structs
    }
}
