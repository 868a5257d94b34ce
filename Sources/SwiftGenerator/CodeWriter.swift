/// Builds Swift source line by line with four-space indentation, into one buffer of UTF-8 bytes per file, which the
/// file keeps (appending bytes costs a copy; appending to a `String` also its checks).
struct CodeWriter {
    /// The source written so far, each line ending with a newline.
    private var bytes: [UInt8] = []
    /// How many lines have been written.
    private(set) var lineCount = 0
    private var depth: Int

    /// A writer whose lines start `depth` levels deep (a part of a file that goes inside a block of another).
    init(depth: Int = 0) {
        self.depth = depth
    }

    /// Whether nothing has been written.
    var isEmpty: Bool { lineCount == 0 }

    /// How many bytes have been written.
    var byteCount: Int { bytes.count }

    /// Makes room for `count` bytes in all, so that writing up to them does not grow the buffer again.
    mutating func reserveCapacity(_ count: Int) {
        bytes.reserveCapacity(count)
    }

    /// Appends one line at the current indentation (an empty line stays empty).
    mutating func line(_ line: SourceLine = "") {
        line.withUTF8 { write($0) }
    }

    /// Appends one line made elsewhere at the current indentation (an empty line stays empty).
    @_disfavoredOverload
    mutating func line(_ line: String) {
        var line = line
        line.withUTF8 { write($0) }
    }

    /// Writes `prefix`, `line` and `suffix` as one line at the current indentation (nothing before the line break
    /// when all are empty): put together in a scratch buffer on the stack, then appended at once.
    fileprivate mutating func write(
        _ line: UnsafeBufferPointer<UInt8>, after prefix: StaticString = "", before suffix: StaticString = ""
    ) {
        lineCount += 1
        guard prefix.utf8CodeUnitCount > 0 || !line.isEmpty || suffix.utf8CodeUnitCount > 0 else {
            return bytes.append(UInt8(ascii: "\n"))
        }
        let indentation = 4 * depth
        let count = indentation + prefix.utf8CodeUnitCount + line.count + suffix.utf8CodeUnitCount + 1
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            buffer[..<indentation].initialize(repeating: UInt8(ascii: " "))
            let afterPrefix = prefix.withUTF8Buffer { Self.copy($0, into: buffer, at: indentation) }
            let afterLine = Self.copy(line, into: buffer, at: afterPrefix)
            let end = suffix.withUTF8Buffer { Self.copy($0, into: buffer, at: afterLine) }
            buffer[end] = UInt8(ascii: "\n")
            bytes.append(contentsOf: UnsafeBufferPointer(buffer))
        }
    }

    /// Copies `piece` into `buffer` at `offset`; returns the offset after it.
    @inline(__always)
    private static func copy(_ piece: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int)
        -> Int
    {
        guard let source = piece.baseAddress, let target = buffer.baseAddress, !piece.isEmpty else { return offset }
        (target + offset).initialize(from: source, count: piece.count)
        return offset + piece.count
    }

    /// Appends the lines `other` wrote as they are: `other` was made at this writer's depth.
    mutating func append(_ other: CodeWriter) {
        bytes.append(contentsOf: other.bytes)
        lineCount += other.lineCount
    }

    /// Appends `header {`, the body one level deeper, then `}`.
    mutating func block(_ header: SourceLine, _ body: (inout CodeWriter) -> Void) {
        header.withUTF8 { write($0, before: " {") }
        depth += 1
        body(&self)
        depth -= 1
        line("}")
    }

    /// Appends `header {` for a header made elsewhere, the body one level deeper, then `}`.
    @_disfavoredOverload
    mutating func block(_ header: String, _ body: (inout CodeWriter) -> Void) {
        block("\(header)", body)
    }

    /// Appends `///` doc comment lines for `text` (nothing for empty text).
    mutating func docComment(_ text: String) {
        DocCommentText.forEachLine(of: text) { write($0, after: $0.isEmpty ? "///" : "/// ") }
    }

    /// Appends `///` doc comment lines for paragraphs, as ``docComment(_:)`` appends them for the paragraphs' texts
    /// joined by blank lines, without joining them: `body` gives each paragraph's lines to a
    /// ``DocCommentParagraphs``.
    mutating func docComment(paragraphs body: (inout DocCommentParagraphs) -> Void) {
        var paragraphs = DocCommentParagraphs(writer: CodeWriter())
        swap(&paragraphs.writer, &self)
        body(&paragraphs)
        swap(&paragraphs.writer, &self)
    }

    /// The paragraphs of a doc comment being written (``CodeWriter/docComment(paragraphs:)``): a blank `///` line
    /// goes between two paragraphs that have lines, as between texts joined by `"\n\n"` (blank lines collapse to
    /// one, none at either end).
    struct DocCommentParagraphs {
        fileprivate var writer: CodeWriter
        /// Whether a line has been written.
        private var hasLines = false
        /// Whether the next line written starts a paragraph.
        private var startsParagraph = false

        fileprivate init(writer: CodeWriter) {
            self.writer = writer
        }

        /// Starts the next paragraph.
        mutating func nextParagraph() { startsParagraph = true }

        /// Appends the lines of `text` (cleaned as ``docComment(_:)`` cleans them) to the paragraph, as its text
        /// continued after a line break. `text` has text on its first and last lines, so no blank line around it
        /// would have collapsed with the paragraph's.
        mutating func append(_ text: String) {
            DocCommentText.forEachLine(of: text) { line in
                startLine()
                writer.write(line, after: line.isEmpty ? "///" : "/// ")
            }
        }

        /// Appends `line`, which has text, needs no cleaning (``DocCommentText/isCleanLine(_:)``) and does not end
        /// with a space, to the paragraph.
        mutating func append(line: SourceLine) {
            startLine()
            line.withUTF8 { writer.write($0, after: "/// ") }
        }

        /// Before a line: the blank line that separates it from the last paragraph, when it starts one.
        private mutating func startLine() {
            if startsParagraph, hasLines { writer.write(UnsafeBufferPointer(start: nil, count: 0), after: "///") }
            startsParagraph = false
            hasLines = true
        }
    }

    /// The file at `path` (relative to the output folder) holding the source, which ends with one newline.
    func file(at path: String) -> GeneratedFile {
        GeneratedFile(path: path, utf8: bytes.isEmpty ? [UInt8(ascii: "\n")] : bytes)
    }
}
