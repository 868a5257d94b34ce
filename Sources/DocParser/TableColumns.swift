/// The columns of a parameter or error table, found by header name whatever their order.
struct TableColumns: Hashable, Sendable {
    /// A column's role.
    enum Role: Int, Hashable, Sendable, CaseIterable {
        case name, required, type, description, errorCode

        /// The Chinese header texts that name this role.
        var headers: [String] {
            switch self {
            case .name: ["参数名称", "名称", "参数名", "字段", "参数"]
            case .required: ["必选", "是否必选", "必填", "是否必填"]
            case .type: ["类型", "参数类型"]
            case .description: ["描述", "说明", "参数描述", "错误描述"]
            case .errorCode: ["错误码", "错误代码"]
            }
        }

        /// The English header texts that name this role (compared without regard to case).
        var englishHeaders: [String] {
            switch self {
            case .name: ["parameter name", "name", "parameter", "field"]
            case .required: ["required", "mandatory"]
            case .type: ["type", "parameter type"]
            case .description: ["description", "error description"]
            case .errorCode: ["error code"]
            }
        }
    }

    /// Each header text's role (no text names two roles), made once from ``Role/headers`` and
    /// ``Role/englishHeaders``.
    private static let chineseRoles = Dictionary(
        uniqueKeysWithValues: Role.allCases.flatMap { role in role.headers.map { ($0, role) } })
    private static let englishRoles = Dictionary(
        uniqueKeysWithValues: Role.allCases.flatMap { role in role.englishHeaders.map { ($0, role) } })

    /// Each role's column, by the role's raw value (a lookup per cell read, so an array, not a dictionary).
    private var indices = [Int?](repeating: nil, count: Role.allCases.count)
    /// Whether the name column's header is English (`Parameter name`, `Name`).
    private(set) var isEnglish = false

    /// Maps the header row's cells to roles.
    init(header: MarkdownTableRow) {
        for (index, cell) in header.cells.enumerated() {
            let text = InlineRenderer.plainText(cell.inlines)
            if let role = Self.chineseRoles[text], indices[role.rawValue] == nil { indices[role.rawValue] = index }
            guard text.utf8.first.map({ $0 < 0x80 }) == true else { continue }
            if let role = Self.englishRoles[text.trimmed(" ").lowercasedASCII()], indices[role.rawValue] == nil {
                indices[role.rawValue] = index
                if role == .name { isEnglish = true }
            }
        }
    }

    /// Whether the table has every one of `roles`.
    func has(_ roles: Role...) -> Bool { roles.allSatisfy { indices[$0.rawValue] != nil } }

    /// The cell for `role` in `row`, if the table has that column and the row that cell.
    func cell(_ role: Role, in row: MarkdownTableRow) -> MarkdownTableCell? {
        guard let index = indices[role.rawValue], index < row.cells.count else { return nil }
        return row.cells[index]
    }

    /// The plain text of the cell for `role` in `row`, or the empty string.
    func text(_ role: Role, in row: MarkdownTableRow) -> String {
        cell(role, in: row).map { InlineRenderer.plainText($0.inlines) } ?? ""
    }
}
