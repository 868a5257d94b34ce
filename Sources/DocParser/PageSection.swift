/// A part of a page that starts at a heading: `## 2. 输入参数` and the blocks up to the next heading of the same
/// or a higher level.
struct PageSection: Sendable {
    /// The heading's text without its number (`输入参数` for `2. 输入参数`, `错误码表` for `4. 错误码表`).
    var title: String
    /// The heading's level.
    var level: Int
    /// The heading's position.
    var position: MarkdownPosition
    /// The blocks under the heading, nested headings included: a slice of the page's blocks (which every section
    /// shares, so none is copied).
    var blocks: ArraySlice<MarkdownBlock>

    /// Splits a page into sections at every heading that starts one: an h1 or h2, or a numbered heading of
    /// any level (`### 2.1 输入参数`). Blocks before the first such heading (junk above the page) are dropped.
    static func sections(of blocks: [MarkdownBlock]) -> [PageSection] {
        var result: [PageSection] = []
        // Each section's blocks are those between its heading and the next section's.
        var blocksStart = blocks.endIndex
        func finishSection(before end: Int) {
            if !result.isEmpty { result[result.count - 1].blocks = blocks[blocksStart..<end] }
        }
        for (index, block) in blocks.enumerated() {
            guard case .heading(let heading) = block else { continue }
            let raw = InlineRenderer.plainText(heading.inlines)
            let (title, numbered) = strippingNumber(raw)
            guard heading.level <= 2 || numbered else { continue }
            finishSection(before: index)
            result.append(PageSection(title: title, level: heading.level, position: heading.position, blocks: []))
            blocksStart = index + 1
        }
        finishSection(before: blocks.endIndex)
        return result
    }

    /// The title without a leading section number (`2.`, `2.1`, `4、`), and whether it had one.
    static func strippingNumber(_ title: String) -> (String, Bool) {
        if let stripped = strippingNumberFromBytes(title) { return stripped }
        var rest = Substring(title)
        let digits = rest.prefix { $0.isASCIIDigit || $0 == "." }
        guard let first = digits.first, first.isASCIIDigit else { return (title, false) }
        rest = rest.dropFirst(digits.count)
        rest = rest.drop { $0 == "、" || $0 == ")" || $0 == "）" || Whitespace.isSpace($0) }
        return (String(rest), true)
    }

    /// ``strippingNumber(_:)`` told from the UTF-8 bytes, or `nil` where they cannot tell. They tell when the digits
    /// and dots are followed by a ``StandaloneScalar`` (or nothing), so no mark extends the last of them, and what is
    /// dropped after them is standalone scalars up to a standalone scalar that is kept (or the end): there each
    /// scalar is a character. A title that does not start with a digit byte starts with no digit character.
    static func strippingNumberFromBytes(_ title: String) -> (String, Bool)? {
        let stripped = title.utf8.withContiguousStorageIfAvailable { bytes -> (String, Bool)? in
            guard let lead = bytes.first, lead >= 0x30, lead <= 0x39 else { return (title, false) }
            var index = 0
            while index < bytes.count, (bytes[index] >= 0x30 && bytes[index] <= 0x39) || bytes[index] == 0x2E { index += 1 }
            while index < bytes.count {
                guard let (scalar, length) = StandaloneScalar.at(index, in: bytes) else { return nil }
                guard scalar == 0x3001 || scalar == 0x29 || scalar == 0xFF09 || Whitespace.isSpace(standalone: scalar) else {
                    break
                }
                index += length
            }
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[index...]), as: UTF8.self), true)
        }
        return stripped ?? nil
    }

    /// Whether the title names this section (`输入参数`, `示例1`, `错误码表` match `输入参数`, `示例`, `错误码`).
    func isTitled(_ names: String...) -> Bool {
        names.contains { title.hasPlainPrefix($0) }
    }

    /// The tables directly in this section, in order.
    var tables: [MarkdownTable] {
        blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }
}
