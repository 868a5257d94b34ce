import PropertyBased
import Testing

@testable import SwiftGenerator

/// The text rules as first written, on Unicode scalars: the byte-level versions (string literals, doc comment
/// lines) must give the same text for any input.
struct TextReferenceTests {
    /// Page text and worse: ASCII with quotes, backslashes, spaces and line breaks, CJK, control characters, C1
    /// controls, the bidirectional and zero-width ranges, a byte order mark and characters beyond the BMP.
    static let text = Gen<Character>.oneOf(
        Gen.letterOrNumber,
        Gen.character(in: " "..."~"),
        Gen.character(in: "一"..."龥"),
        Gen.character(in: "\u{0}"..."\u{1F}"),
        Gen.character(in: "\u{7F}"..."\u{A0}"),
        Gen.character(in: "\u{2000}"..."\u{206F}"),
        Gen.character(in: "\u{FEFF}"..."\u{FEFF}"),
        Gen.character(in: "\u{1F600}"..."\u{1F64F}"),
        // Every other lead byte: two-byte scalars past Latin-1, E0 and E1, CJK punctuation (E3), E4–EE.
        Gen.character(in: "\u{C0}"..."\u{7FF}"),
        Gen.character(in: "\u{800}"..."\u{1FFF}"),
        Gen.character(in: "\u{3000}"..."\u{303F}"),
        Gen.character(in: "\u{A000}"..."\u{D7FF}"),
        Gen.character(in: "\u{E000}"..."\u{FFFD}")
    )
    .string(of: 0...40)

    /// `quoted` as first written: scalar by scalar.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if DocCommentText.isAllowed(scalar) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                }
            }
        }
        return result + "\""
    }

    /// `lines` as first written: split at every line break, hidden characters dropped, trailing spaces trimmed,
    /// runs of blank lines made one, blank lines at either end dropped.
    private static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var cleaned = String(String.UnicodeScalarView(raw.unicodeScalars.filter(DocCommentText.isAllowed)))
            while cleaned.last == " " { cleaned.removeLast() }
            if cleaned.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(cleaned)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    @Test func stringLiteralsMatchTheScalarRule() async {
        await propertyCheck(count: 1000, input: Self.text) { text in
            #expect(StringLiteral.quoted(text) == Self.quoted(text), "\(text.unicodeScalars.map(\.value))")
            // Written into a line, the literal is the same.
            var writer = CodeWriter()
            writer.line("x(\(quoted: text))")
            #expect(writer.file(at: "f").contents == "x(\(Self.quoted(text)))\n")
        }
        for text in [
            "", "\"", "\\", "\r\n", "a\u{85}b", "\u{200B}\u{2028}\u{202E}\u{2060}\u{2069}\u{FEFF}", "\u{7F}\u{9F}\u{A0}",
        ] {
            #expect(StringLiteral.quoted(text) == Self.quoted(text))
        }
    }

    /// A line is its pieces one after another, short or past the bytes a line keeps in itself.
    @Test func linesOfAnyLengthAreTheirPieces() async {
        await propertyCheck(count: 300, input: Self.text.map { String(repeating: $0, count: 1 + $0.count % 9) }) { text in
            let piece = text.dropFirst()
            var writer = CodeWriter()
            writer.line("let \(text) = \(piece)\(quoted: text) + \(42)")
            #expect(writer.file(at: "f").contents == "let \(text) = \(piece)\(StringLiteral.quoted(text)) + 42\n")
        }
    }

    /// Lines are indented four spaces a level at any depth, past the indentation the writer copies at once too.
    @Test func linesAreIndentedFourSpacesALevel() {
        var writer = CodeWriter()
        var expected = ""
        func nest(_ level: Int, _ writer: inout CodeWriter) {
            let indentation = String(repeating: " ", count: 4 * level)
            writer.line("a\(level)")
            writer.line()
            expected += indentation + "a\(level)\n\n" + indentation + "b {\n"
            writer.block("b") { body in
                if level < 20 { nest(level + 1, &body) }
            }
            expected += indentation + "}\n"
        }
        nest(0, &writer)
        #expect(writer.file(at: "f").contents == expected)
    }

    @Test func docCommentLinesMatchTheScalarRule() async {
        let spaced = Gen<Character>.oneOf(
            Gen.letterOrNumber, Gen.character(in: "一"..."龥"), Gen.character(in: " "..." "),
            Gen.character(in: "\n"..."\n")
        )
        .string(of: 0...40)
        for input in [Self.text, spaced] {
            await propertyCheck(count: 1000, input: input) { text in
                #expect(DocCommentText.lines(text) == Self.lines(text), "\(text.unicodeScalars.map(\.value))")
            }
        }
        for text in ["", "\n", " \n \n", "a  \n\n\n b \n", "\na\n\nb\n\n", "a\u{2028}b"] {
            #expect(DocCommentText.lines(text) == Self.lines(text))
        }
    }

    /// Doc comment paragraphs written one piece at a time are the lines of the paragraphs' texts joined (pieces by
    /// a line break, paragraphs by a blank line): pieces after a paragraph's first have text on their first and
    /// last lines, as the API asks; clean lines are written as they are.
    @Test func docCommentParagraphsAreTheirJoinedText() async {
        await propertyCheck(count: 1000, input: Self.text.array(of: 0...8)) { texts in
            var paragraphs: [[String]] = []
            var writer = CodeWriter()
            writer.docComment { writing in
                for (index, text) in texts.enumerated() {
                    writing.nextParagraph()
                    if index.isMultiple(of: 2) {
                        // Any text, alone in its paragraph.
                        writing.append(text)
                        paragraphs.append([text])
                    } else {
                        // A clean line, a piece with text on its first and last lines, a clean line.
                        let (line, piece) = ("- Note: \(index) items.", "x" + text + "y")
                        writing.append(line: "- Note: \(index) items.")
                        writing.append(piece)
                        writing.append(line: "- Note: \(index) items.")
                        paragraphs.append([line, piece, line])
                    }
                }
            }
            var expected = CodeWriter()
            expected.docComment(paragraphs.map { $0.joined(separator: "\n") }.joined(separator: "\n\n"))
            #expect(
                writer.file(at: "f").contents == expected.file(at: "f").contents,
                "\(texts.map { $0.unicodeScalars.map(\.value) })")
        }
    }

    /// An error's item in an action's doc comment is the item as first written: `- `code`: ` and the description's
    /// lines joined under it, cleaned again with the comment; clean single lines or not.
    @Test func errorItemsAreTheirTextCleaned() async {
        let clean = Gen<Character>.oneOf(Gen.letterOrNumber, Gen.character(in: "一"..."龥"), Gen.character(in: " "..." "))
            .string(of: 0...20)
        for input in [Self.text, clean] {
            await propertyCheck(count: 1000, input: input, input) { code, description in
                var writer = CodeWriter()
                writer.docComment { ActionMethodsEmitter.appendError(code: code, description: description, to: &$0) }
                let lines = Self.lines(description)
                var expected = CodeWriter()
                expected.docComment("- `\(code)`" + (lines.isEmpty ? "" : ": " + lines.joined(separator: "\n  ")))
                #expect(
                    writer.file(at: "f").contents == expected.file(at: "f").contents,
                    "\(code.unicodeScalars.map(\.value)) \(description.unicodeScalars.map(\.value))")
            }
        }
    }
}
