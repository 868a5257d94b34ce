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
    /// when all are empty).
    private mutating func write(
        _ line: UnsafeBufferPointer<UInt8>, after prefix: StaticString = "", before suffix: StaticString = ""
    ) {
        if prefix.utf8CodeUnitCount > 0 || !line.isEmpty || suffix.utf8CodeUnitCount > 0 {
            var indentation = 4 * depth
            while indentation > 0 {
                Self.spaces.withUTF8Buffer {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0.prefix(indentation)))
                    indentation -= $0.count
                }
            }
            prefix.withUTF8Buffer { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: line)
            suffix.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }
        bytes.append(UInt8(ascii: "\n"))
        lineCount += 1
    }

    /// Indentation, copied a prefix at a time (a repeated space was appended byte by byte).
    private static let spaces: StaticString = "                                                                "

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

    /// The file at `path` (relative to the output folder) holding the source, which ends with one newline.
    func file(at path: String) -> GeneratedFile {
        GeneratedFile(path: path, utf8: bytes.isEmpty ? [UInt8(ascii: "\n")] : bytes)
    }
}
