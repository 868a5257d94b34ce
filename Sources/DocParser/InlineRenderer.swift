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
        var state = MarkdownState(keepsFacts: false)
        appendMarkdown(inlines, to: &state)
        return Whitespace.tidyLines(state.markdown)
    }

    /// ``markdown(_:)`` and, from the same walk, the text facts are read from: what a reader sees, without
    /// emphasis, code or link markup (so `取值范围：**2**-**10**` reads as `取值范围：2-10`), with the same lines and list
    /// items.
    static func markdownAndFacts(_ inlines: [MarkdownInline]) -> (markdown: String, facts: String) {
        var state = MarkdownState(keepsFacts: true)
        appendMarkdown(inlines, to: &state)
        let markdown = Whitespace.tidyLines(state.markdown)
        // Most descriptions are plain text: then the two are one text, tidied once.
        return (markdown, state.hasMarkup ? Whitespace.tidyLines(state.facts) : markdown)
    }

    /// The Markdown being written and, when asked for, the fact text beside it: the same text and lines, without
    /// the markup.
    private struct MarkdownState {
        var markdown = ""
        var facts = ""
        var openLinks: [String] = []
        /// Whether the fact text is written too.
        let keepsFacts: Bool
        /// Whether markup was written, so that the Markdown and the fact text may differ.
        private(set) var hasMarkup = false

        init(keepsFacts: Bool) {
            self.keepsFacts = keepsFacts
        }

        /// Appends `text` to both.
        mutating func append(_ text: String) {
            markdown += text
            if keepsFacts { facts += text }
        }

        /// Appends `markup` to the Markdown only.
        mutating func append(markup: String) {
            markdown += markup
            hasMarkup = true
        }

        /// Appends `markup` to the Markdown and `text` to the fact text.
        mutating func append(markup: String, facts text: String) {
            markdown += markup
            if keepsFacts { facts += text }
            hasMarkup = true
        }

        /// Ends the current line of each unless it is at a line start already.
        mutating func newLine() {
            if !markdown.isEmpty && !markdown.hasSuffix("\n") { markdown += "\n" }
            if keepsFacts, !facts.isEmpty && !facts.hasSuffix("\n") { facts += "\n" }
        }
    }

    private static func appendMarkdown(_ inlines: [MarkdownInline], to state: inout MarkdownState) {
        for inline in inlines {
            switch inline {
            case .text(let value): state.append(value)
            case .code(let value): state.append(markup: CodeSpan.markdown(value), facts: value)
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
                if let absolute = DocLink.absolute(url) {
                    state.append(markup: "[\(label)](\(absolute))", facts: label)
                } else {
                    state.append(label)
                }
            case .image(_, let children): state.append(plainText(children))
            case .softBreak, .lineBreak: state.append("\n")
            }
        }
    }

    private static func appendTag(_ raw: String, to state: inout MarkdownState) {
        guard let tag = HTMLTag(raw) else { return }
        switch (tag.name, tag.isClosing) {
        case ("br", _): state.append("\n")
        case ("li", false):
            state.newLine()
            state.append("- ")
        case ("li", true), ("ul", _), ("ol", _), ("p", _), ("div", _): state.newLine()
        case ("b", _), ("strong", _): state.append(markup: "**")
        case ("i", _), ("em", _): state.append(markup: "*")
        case ("code", _): state.append(markup: "`")
        case ("a", false):
            if let href = tag.attributes["href"], let absolute = DocLink.absolute(href) {
                state.openLinks.append(absolute)
                state.append(markup: "[")
            } else {
                state.openLinks.append("")
            }
        case ("a", true):
            if let href = state.openLinks.popLast(), !href.isEmpty {
                state.append(markup: "](\(href))")
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
