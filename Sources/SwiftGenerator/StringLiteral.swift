/// Swift string literals for text from the pages.
enum StringLiteral {
    /// `text` as a double-quoted Swift literal: quotes, backslashes and control characters escaped, so it
    /// cannot end early or interpolate.
    static func quoted(_ text: String) -> String {
        // Most text needs no escape: it is quoted whole.
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0x09 }),
            DocCommentText.isCleanLine(text)
        {
            return "\"" + text + "\""
        }
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
}
