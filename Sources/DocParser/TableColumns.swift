#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

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
    /// The same header texts as bytes, compared before the dictionaries are asked (see ``role(of:in:bytes:)``).
    private static let chineseHeaderBytes = chineseRoles.map { (Array($0.key.utf8), $0.value) }
    private static let englishHeaderBytes = englishRoles.map { (Array($0.key.utf8), $0.value) }

    /// The role `text` names in `roles`: where its bytes are a header's, that header's (equal bytes are equal
    /// text); where they are no header's and every scalar is a ``StandaloneScalar`` (its own character, in normal
    /// form, as the headers' are), none; else, where the text may equal a header as characters only, the
    /// dictionary's answer.
    private static func role(of text: String, in roles: [String: Role], bytes headers: [([UInt8], Role)]) -> Role? {
        let answer = text.utf8.withContiguousStorageIfAvailable { text -> Role?? in
            for (header, role) in headers where header.count == text.count {
                if header.withUnsafeBufferPointer({ memcmp($0.baseAddress!, text.baseAddress!, text.count) == 0 }) {
                    return role
                }
            }
            var index = 0
            while index < text.count {
                guard let (_, length) = StandaloneScalar.at(index, in: text) else { return nil }
                index += length
            }
            return .some(nil)
        }
        return (answer ?? nil) ?? roles[text]
    }

    /// Each role's column, by the role's raw value (a lookup per cell read, so an array, not a dictionary).
    private var indices = [Int?](repeating: nil, count: Role.allCases.count)
    /// Whether the name column's header is English (`Parameter name`, `Name`).
    private(set) var isEnglish = false

    /// Maps the header row's cells to roles.
    init(header: MarkdownTableRow) {
        for (index, cell) in header.cells.enumerated() {
            let text = InlineRenderer.plainText(cell.inlines)
            if let role = Self.role(of: text, in: Self.chineseRoles, bytes: Self.chineseHeaderBytes),
                indices[role.rawValue] == nil
            {
                indices[role.rawValue] = index
            }
            guard text.utf8.first.map({ $0 < 0x80 }) == true else { continue }
            let english = text.trimmed(" ").lowercasedASCII()
            if let role = Self.role(of: english, in: Self.englishRoles, bytes: Self.englishHeaderBytes),
                indices[role.rawValue] == nil
            {
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
        return row.cells[row.cells.startIndex + index]
    }

    /// The plain text of the cell for `role` in `row`, or the empty string.
    func text(_ role: Role, in row: MarkdownTableRow) -> String {
        cell(role, in: row).map { InlineRenderer.plainText($0.inlines) } ?? ""
    }
}
