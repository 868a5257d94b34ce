import Testing

@testable import DocParser

/// A table's columns are found by header text as the dictionary of header texts (compared as characters) finds
/// them, whether the bytes answer or the dictionary does.
struct TableColumnsTests {
    /// A header row of one text cell per text, the cell's column its index.
    static func header(_ texts: [String]) -> MarkdownTableRow {
        var bytes: [UInt8] = []
        var tokens: [InlineToken] = []
        for text in texts {
            tokens.append(
                InlineToken(
                    kind: .text, start: Int32(bytes.count), count: Int32(text.utf8.count), end: Int32(tokens.count + 1)))
            bytes += text.utf8
        }
        let store = InlineStore(bytes: bytes, tokens: tokens)
        let cells = texts.indices.map {
            MarkdownTableCell(
                inlines: MarkdownInlines(store: store, tokens: $0..<($0 + 1)), position: MarkdownPosition(line: 1, column: $0))
        }
        // A row's cells are a slice of its table's: here after two cells of an earlier row.
        let table = [cells[0], cells[0]] + cells
        return MarkdownTableRow(cells: table[2...], position: MarkdownPosition(line: 1, column: 1))
    }

    /// The columns by the rule: each cell's text against every header as characters, the first cell for a role.
    static func reference(_ texts: [String]) -> (columns: [TableColumns.Role: Int], isEnglish: Bool) {
        var columns: [TableColumns.Role: Int] = [:]
        var isEnglish = false
        for (index, raw) in texts.enumerated() {
            let text = Whitespace.collapse(raw)
            if let role = TableColumns.Role.allCases.first(where: { $0.headers.contains(text) }), columns[role] == nil {
                columns[role] = index
            }
            guard text.utf8.first.map({ $0 < 0x80 }) == true else { continue }
            let english = text.trimmed(" ").lowercasedASCII()
            if let role = TableColumns.Role.allCases.first(where: { $0.englishHeaders.contains(english) }), columns[role] == nil {
                columns[role] = index
                if role == .name { isEnglish = true }
            }
        }
        return (columns, isEnglish)
    }

    @Test func headersAreFoundAsTheCharacterComparisonFindsThem() {
        let headers = TableColumns.Role.allCases.flatMap { $0.headers + $0.englishHeaders }
        // Scalars that are another character's canonical equivalent (CJK compatibility ideographs, the Kelvin
        // sign) where the headers use that character, so a header can be spelled in other bytes.
        let characters = Set(headers.flatMap { $0.map { $0 } })
        let variants: [Character: [Character]] = Dictionary(
            grouping: (Array(0xF900...0xFAFF) + Array(0x2F800...0x2FA1D) + [0x212A, 0x212B]).compactMap {
                Unicode.Scalar($0).map(Character.init)
            }.filter { characters.contains($0) },
            by: { variant in characters.first { $0 == variant }! })
        var generator = TextScanTests.generator(seed: 11)
        var found = 0
        var respelled = 0
        for _ in 0..<5_000 {
            let texts = (0..<Int.random(in: 1..<6, using: &generator)).map { _ -> String in
                var text = headers.randomElement(using: &generator)!
                switch Int.random(in: 0..<8, using: &generator) {
                case 0: text = text.uppercased()
                case 1: text = " " + text + "  "
                case 2: text += ["\u{301}", "\u{200B}", "s", "：", "🚀"].randomElement(using: &generator)!
                case 3:
                    text = String(text.map { character in variants[character]?.randomElement(using: &generator) ?? character })
                    respelled += 1
                case 4:
                    text = ["参数\u{301}名称", "名\u{20DD}称", "Ｎame", "ﬁeld", "e\u{301}rror code"].randomElement(using: &generator)!
                default: break
                }
                return text
            }
            let columns = TableColumns(header: Self.header(texts))
            let expected = Self.reference(texts)
            for role in TableColumns.Role.allCases {
                #expect(columns.cell(role, in: Self.header(texts))?.position.column == expected.columns[role], "\(texts)")
            }
            #expect(columns.isEnglish == expected.isEnglish, "\(texts)")
            found += expected.columns.count
        }
        #expect(found > 5_000)
        #expect(!variants.isEmpty && respelled > 100)
    }
}
