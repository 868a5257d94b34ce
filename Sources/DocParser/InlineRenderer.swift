/// Turns inline content (Markdown plus the HTML that real pages put in cells) into text.
enum InlineRenderer {
    /// The text a reader sees, without markup: link texts, code spans' contents, `<br/>` as a space.
    static func plainText(_ inlines: [MarkdownInline]) -> String {
        var text = ""
        appendPlain(inlines, to: &text)
        return Whitespace.collapse(text)
    }

    private static func appendPlain(_ inlines: [MarkdownInline], to text: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let value), .code(let value): text += value
            case .html(let tag): if HTMLTag(tag)?.isLineBreakLike == true { text += " " }
            case .emphasis(let children), .strong(let children), .link(_, let children), .image(_, let children):
                appendPlain(children, to: &text)
            case .softBreak, .lineBreak: text += " "
            }
        }
    }

    /// The plain texts of the links in `inlines`.
    static func linkTexts(_ inlines: [MarkdownInline]) -> [String] {
        inlines.flatMap { inline -> [String] in
            switch inline {
            case .link(_, let children): [plainText(children)]
            case .emphasis(let children), .strong(let children): linkTexts(children)
            default: []
            }
        }
    }

    /// DocC Markdown: HTML tags become their Markdown equivalents, links become absolute, lines are trimmed.
    static func markdown(_ inlines: [MarkdownInline]) -> String {
        var state = MarkdownState()
        appendMarkdown(inlines, to: &state)
        return Whitespace.tidyLines(state.text)
    }

    /// The text facts are read from: what a reader sees, without emphasis, code or link markup (so
    /// `取值范围：**2**-**10**` reads as `取值范围：2-10`), with the lines and list items of ``markdown(_:)``.
    static func factText(_ inlines: [MarkdownInline]) -> String {
        var state = MarkdownState(isPlain: true)
        appendMarkdown(inlines, to: &state)
        return Whitespace.tidyLines(state.text)
    }

    private struct MarkdownState {
        var text = ""
        var openLinks: [String] = []
        /// Whether markup is left out (``factText(_:)``): only lines and list items stay.
        var isPlain = false

        /// Appends `markup` unless the text is plain.
        mutating func append(markup: String) {
            if !isPlain { text += markup }
        }

        /// Ends the current line unless the text is at a line start already.
        mutating func newLine() {
            if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        }
    }

    private static func appendMarkdown(_ inlines: [MarkdownInline], to state: inout MarkdownState) {
        for inline in inlines {
            switch inline {
            case .text(let value): state.text += value
            case .code(let value): state.text += state.isPlain ? value : CodeSpan.markdown(value)
            case .html(let raw): appendTag(raw, to: &state)
            case .emphasis(let children):
                state.append(markup: "*")
                appendMarkdown(children, to: &state)
                state.append(markup: "*")
            case .strong(let children):
                state.append(markup: "**")
                appendMarkdown(children, to: &state)
                state.append(markup: "**")
            case .link(let url, let children):
                let label = plainText(children)
                if !state.isPlain, let absolute = DocLink.absolute(url) {
                    state.text += "[\(label)](\(absolute))"
                } else {
                    state.text += label
                }
            case .image(_, let children): state.text += plainText(children)
            case .softBreak, .lineBreak: state.text += "\n"
            }
        }
    }

    private static func appendTag(_ raw: String, to state: inout MarkdownState) {
        guard let tag = HTMLTag(raw) else { return }
        switch (tag.name, tag.isClosing) {
        case ("br", _): state.text += "\n"
        case ("li", false):
            state.newLine()
            state.text += "- "
        case ("li", true), ("ul", _), ("ol", _), ("p", _), ("div", _): state.newLine()
        case ("b", _), ("strong", _): state.append(markup: "**")
        case ("i", _), ("em", _): state.append(markup: "*")
        case ("code", _): state.append(markup: "`")
        case ("a", false):
            if !state.isPlain, let href = tag.attributes["href"], let absolute = DocLink.absolute(href) {
                state.openLinks.append(absolute)
                state.text += "["
            } else {
                state.openLinks.append("")
            }
        case ("a", true):
            if let href = state.openLinks.popLast(), !href.isEmpty {
                state.text += "](\(href))"
            }
        default: break
        }
    }
}

/// A code span in Markdown, with enough backticks to hold the backticks inside it.
enum CodeSpan {
    static func markdown(_ value: String) -> String {
        var longest = 0
        var run = 0
        for character in value {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = value.hasPrefix("`") || value.hasSuffix("`") ? " " : ""
        return fence + padding + value + padding + fence
    }
}
