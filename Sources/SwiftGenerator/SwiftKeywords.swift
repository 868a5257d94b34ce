/// Words that cannot be used as identifiers without backticks.
enum SwiftKeywords {
    /// Keywords reserved in declarations, statements and expressions, plus `Type`/`Protocol`/`self`/`Self`.
    static let reserved: WordSet = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
        "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup",
        "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case",
        "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat",
        "return", "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self",
        "super", "throws", "true", "try", "_", "Type", "Protocol",
    ]

    /// Whether `name` needs backticks to be an identifier.
    static func needsEscaping(_ name: String) -> Bool { reserved.contains(name) }
}
