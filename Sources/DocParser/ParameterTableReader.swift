import DocModel

/// Reads parameter tables (输入参数, 输出参数, data-structure members) into ``Parameter`` values.
struct ParameterTableReader {
    /// The page's path, for locations.
    var file: String

    /// A row the reader kept, with the cells it needed to read the common rows.
    struct Row {
        var parameter: Parameter
        var requiredText: String
        var descriptionText: String
    }

    /// Reads every row of `table`; rows that cannot be read become diagnostics.
    func rows(of table: MarkdownTable, diagnostics: inout [Diagnostic]) -> [Row] {
        let columns = TableColumns(header: table.header)
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
        var seen: [String: SourceLocation] = [:]
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
            guard !name.isEmpty else { continue }
            guard TypeParser.isIdentifier(name) else {
                diagnostics.append(
                    .error("parameter name '\(name)' is not an identifier (letters, digits, _)", at: location, kind: .invalidName)
                )
                continue
            }
            if let first = seen[name] {
                diagnostics.append(
                    Diagnostic(
                        .warning, "parameter '\(name)' is listed twice; the first row is used", at: location, related: [first],
                        kind: .duplicateParameter))
                continue
            }
            seen[name] = location
            let typeCell = columns.cell(.type, in: row)
            let typeText = typeCell.map { InlineRenderer.plainText($0.inlines) } ?? ""
            let typeLocation = typeCell?.position.location(in: file) ?? location
            let type: TypeReference
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
                diagnostics.append(
                    .error("unknown type '\(typeText)' for parameter '\(name)'", at: typeLocation, kind: .typeSpelling))
                continue
            }
            let requiredText = columns.text(.required, in: row)
            var isRequired: Bool?
            if columns.has(.required) {
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
            let descriptionCell = columns.cell(.description, in: row)
            let description = descriptionCell.map { InlineRenderer.markdown($0.inlines) } ?? ""
            let parameter = Parameter(
                name: name,
                type: type,
                isRequired: isRequired,
                description: description,
                constraints: ConstraintReader.constraints(from: description, type: type),
                location: location
            )
            rows.append(
                Row(
                    parameter: parameter,
                    requiredText: requiredText,
                    descriptionText: descriptionCell.map { InlineRenderer.plainText($0.inlines) } ?? ""
                ))
        }
        return rows
    }
}
