import DocModel
import Foundation

/// Writes diagnostics to standard error in the compiler format.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { print(line: diagnostic.description) }
    }

    static func print(line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
