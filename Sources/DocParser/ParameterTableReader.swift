import DocModel

/// Reads parameter tables (输入参数, 输出参数, data-structure members) into ``Parameter`` values.
struct ParameterTableReader {
    /// The page's path, for locations.
    var file: String
    /// The page's language, for the facts its descriptions state.
    var language: DocLanguage

    /// A row the reader kept, with what the common rows' values are read from.
    struct Row {
        var parameter: Parameter
        /// The description cell, and the plain text of continuation rows read into it.
        fileprivate var descriptionCell: MarkdownTableCell?
        fileprivate var continuedText: [String] = []

        /// The plain text of the description (made when asked: only the common rows' values are read from it).
        var descriptionText: String {
            let cellText = descriptionCell.map { InlineRenderer.plainText($0.inlines) } ?? ""
            return continuedText.isEmpty ? cellText : ([cellText] + continuedText).joined(separator: " ")
        }
    }

    /// Reads every row of `table`; rows that cannot be read become diagnostics.
    func rows(of table: MarkdownTable, diagnostics: inout [Diagnostic]) -> [Row] {
        let columns = table.columns
        guard columns.has(.name, .type) else {
            diagnostics.append(
                .error(
                    "parameter table has no 名称/参数名称 or 类型 column", at: table.position.location(in: file), kind: .missingSection))
            return []
        }
        guard table.rows.count <= ParserLimits.maximumTableRows else {
            diagnostics.append(
                .error(
                    "table has \(table.rows.count) rows; the limit is \(ParserLimits.maximumTableRows), so it is not read",
                    at: table.position.location(in: file), kind: .limit))
            return []
        }
        var rows: [Row] = []
        rows.reserveCapacity(table.rows.count)
        var seen: [String: SourceLocation] = [:]
        seen.reserveCapacity(table.rows.count)
        for row in table.rows {
            let location = row.position.location(in: file)
            if let oversized = row.cells.first(where: { $0.byteCount > ParserLimits.maximumCellBytes }) {
                diagnostics.append(
                    .error(
                        "cell holds \(oversized.byteCount) bytes; the limit is \(ParserLimits.maximumCellBytes), so the row is not read",
                        at: oversized.position.location(in: file), kind: .limit))
                continue
            }
            var name = columns.text(.name, in: row)
            if name.hasSuffix(".N") { name.removeLast(2) }
            let isIdentifier = TypeParser.isIdentifier(name)
            let typeCell = columns.cell(.type, in: row)
            let typeText = typeCell.map { InlineRenderer.plainText($0.inlines) } ?? ""
            // A parameter row has a name and a type: only rows that lack one can be continuations.
            let mayContinue = !rows.isEmpty && (!isIdentifier || typeText.isEmpty)
            if mayContinue, let continued = continuation(row, name: name, columns: columns) {
                // A line break inside a cell ends the row for cmark-gfm: the next line is a row of its own.
                var previous = rows[rows.count - 1]
                previous.parameter.description += "\n" + continued.markdown
                previous.parameter.plainDescription += "\n" + continued.facts
                previous.parameter.constraints = ConstraintReader.constraints(of: previous.parameter, language: language)
                previous.continuedText.append(continued.plain)
                rows[rows.count - 1] = previous
                diagnostics.append(
                    .warning(
                        "table row is not a parameter but more of the description of '\(previous.parameter.name)' (a line break inside a cell); read as such",
                        at: location, kind: .continuationRow))
                continue
            }
            guard !name.isEmpty else { continue }
            guard isIdentifier else {
                diagnostics.append(
                    .error("parameter name '\(name)' is not an identifier (letters, digits, _)", at: location, kind: .invalidName)
                )
                continue
            }
            // One look-up for the row that is the first of its name (nearly all): a repeat puts the first back.
            if let first = seen.updateValue(location, forKey: name) {
                seen[name] = first
                diagnostics.append(
                    Diagnostic(
                        .warning, "parameter '\(name)' is listed twice; the first row is used", at: location, related: [first],
                        kind: .duplicateParameter))
                continue
            }
            let typeLocation = typeCell?.position.location(in: file) ?? location
            let type: TypeReference
            var descriptionCell = columns.cell(.description, in: row)
            var isShifted = false
            let linked = Set(typeCell.map { InlineRenderer.linkTexts($0.inlines) } ?? [])
            switch TypeParser.parse(typeText, linked: linked) {
            case .type(let parsed):
                type = parsed
            case .legacy(let parsed, let spelling):
                diagnostics.append(
                    .warning("legacy type spelling '\(spelling)' read as \(parsed.irName)", at: typeLocation, kind: .typeSpelling)
                )
                type = parsed
            case .unknown:
                // A row that left out its 必选 cell: the type sits in that column, the description in the type's.
                guard let shifted = shiftedType(row, columns: columns) else {
                    diagnostics.append(
                        .error("unknown type '\(typeText)' for parameter '\(name)'", at: typeLocation, kind: .typeSpelling))
                    continue
                }
                diagnostics.append(
                    .warning(
                        "row of '\(name)' has no required cell: its type is read from that column (\(shifted.irName)), its description from the type column; read as optional",
                        at: location, kind: .typeSpelling))
                type = shifted
                descriptionCell = typeCell
                isShifted = true
            }
            let requiredText = isShifted ? "" : columns.text(.required, in: row)
            var isRequired: Bool?
            if isShifted {
                isRequired = false
            } else if columns.has(.required) {
                switch requiredText {
                case "是", "必选", "Yes", "yes", "true": isRequired = true
                case "否", "可选", "No", "no", "false": isRequired = false
                default:
                    diagnostics.append(
                        .warning(
                            "required flag '\(requiredText)' is neither 是 nor 否; read as 否", at: location,
                            kind: .suspiciousRequired))
                    isRequired = false
                }
            }
            let texts = descriptionCell.map { InlineRenderer.markdownAndFacts($0.inlines) } ?? (markdown: "", facts: "")
            let parameter = Parameter(
                name: name,
                type: type,
                isRequired: isRequired,
                description: texts.markdown,
                plainDescription: texts.facts,
                constraints: ConstraintReader.constraints(
                    description: texts.markdown, plainDescription: texts.facts, type: type, language: language),
                location: location
            )
            rows.append(Row(parameter: parameter, descriptionCell: descriptionCell))
        }
        return rows
    }

    /// The type in the required column of a row whose description column is empty (the row has one cell too
    /// few), or `nil`.
    private func shiftedType(_ row: MarkdownTableRow, columns: TableColumns) -> TypeReference? {
        guard let cell = columns.cell(.required, in: row), columns.text(.description, in: row).isEmpty else { return nil }
        switch TypeParser.parse(InlineRenderer.plainText(cell.inlines), linked: Set(InlineRenderer.linkTexts(cell.inlines))) {
        case .type(let type), .legacy(let type, _): return type
        case .unknown: return nil
        }
    }

    /// The text of a row that is not a parameter but the rest of the previous row's description: a row with
    /// one non-empty cell, or whose first cell is not a name while its type and required cells are empty.
    private func continuation(_ row: MarkdownTableRow, name: String, columns: TableColumns) -> (
        markdown: String, facts: String, plain: String
    )? {
        let filled = row.cells.filter { !InlineRenderer.plainText($0.inlines).trimmed(" ").isEmpty }
        guard !filled.isEmpty else { return nil }
        let notAName = !name.isEmpty && !TypeParser.isIdentifier(name)
        guard
            filled.count == 1
                || (notAName && columns.text(.type, in: row).isEmpty && columns.text(.required, in: row).isEmpty)
        else { return nil }
        let texts = filled.map { InlineRenderer.markdownAndFacts($0.inlines) }
        return (
            texts.map(\.markdown).joined(separator: " "), texts.map(\.facts).joined(separator: " "),
            filled.map { InlineRenderer.plainText($0.inlines) }.joined(separator: " ")
        )
    }
}
