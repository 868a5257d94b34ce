/// One file the generator writes.
public struct GeneratedFile: Hashable, Sendable {
    /// The path relative to the output folder (`TencentCloudCLB/Models/Target.swift`).
    public var path: String
    /// The file's contents.
    public var contents: String {
        get {
            switch storage {
            case .text(let text): text
            case .utf8(let bytes): String(decoding: bytes, as: UTF8.self)
            }
        }
        set { storage = .text(newValue) }
    }

    /// The contents as given, or as the generator wrote them: UTF-8 it put together from strings, which becomes a
    /// `String` only when asked for (writing and comparing files reads the bytes; making a `String` would check
    /// every byte of them, a tenth of what generating costs).
    private var storage: Storage

    private enum Storage: Sendable {
        case text(String)
        case utf8([UInt8])
    }

    /// Creates a generated file.
    public init(path: String, contents: String) {
        self.path = path
        storage = .text(contents)
    }

    /// Creates a generated file from the UTF-8 of its contents, which must be valid (made of strings' UTF-8).
    init(path: String, utf8: [UInt8]) {
        self.path = path
        storage = .utf8(utf8)
    }

    /// Calls `body` with the contents' UTF-8 as one buffer.
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        switch storage {
        case .utf8(let bytes): return try bytes.withUnsafeBufferPointer(body)
        case .text(var text): return try text.withUTF8(body)
        }
    }

    /// The length of the contents in UTF-8 bytes.
    public var utf8Count: Int {
        switch storage {
        case .utf8(let bytes): bytes.count
        case .text(let text): text.utf8.count
        }
    }

    public static func == (lhs: GeneratedFile, rhs: GeneratedFile) -> Bool {
        lhs.path == rhs.path && lhs.withUTF8 { left in rhs.withUTF8 { right in left.elementsEqual(right) } }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
