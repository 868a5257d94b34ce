/// Turns inline content (Markdown plus the HTML that real pages put in cells) into text, walking the tokens of
/// its ``InlineStore`` and copying their bytes; a string is made once, of the whole result.
enum InlineRenderer {
    /// The text a reader sees, without markup: link texts, code spans' contents, `<br/>` as a space.
    static func plainText(_ inlines: MarkdownInlines) -> String {
        plainText(inlines.store, inlines.tokens)
    }

    private static func plainText(_ store: InlineStore, _ tokens: Range<Int>) -> String {
        // Most content is one text: its bytes are the text.
        if tokens.count == 1, store.tokens[tokens.lowerBound].kind == .text {
            return store.bytes.withUnsafeBufferPointer { Whitespace.collapse(slice(of: store.tokens[tokens.lowerBound], in: $0)) }
        }
        var text: [UInt8] = []
        text.reserveCapacity(byteCount(store, tokens) + 8)
        appendPlain(store, tokens, to: &text)
        return text.withUnsafeBufferPointer { Whitespace.collapse($0) }
    }

    private static func appendPlain(_ store: InlineStore, _ tokens: Range<Int>, to text: inout [UInt8]) {
        var index = tokens.lowerBound
        while index < tokens.upperBound {
            let token = store.tokens[index]
            switch token.kind {
            case .text, .code: appendBytes(of: token, in: store, to: &text)
            case .html: if tag(of: token, in: store)?.known.isLineBreakLike == true { text.append(0x20) }
            case .emphasis, .strong, .link, .image: appendPlain(store, (index + 1)..<Int(token.end), to: &text)
            case .softBreak, .lineBreak: text.append(0x20)
            }
            index = Int(token.end)
        }
    }

    /// The plain texts of the links in `inlines`.
    static func linkTexts(_ inlines: MarkdownInlines) -> [String] {
        var texts: [String] = []
        appendLinkTexts(inlines.store, inlines.tokens, to: &texts)
        return texts
    }

    private static func appendLinkTexts(_ store: InlineStore, _ tokens: Range<Int>, to texts: inout [String]) {
        var index = tokens.lowerBound
        while index < tokens.upperBound {
            let token = store.tokens[index]
            switch token.kind {
            case .link: texts.append(plainText(store, (index + 1)..<Int(token.end)))
            case .emphasis, .strong: appendLinkTexts(store, (index + 1)..<Int(token.end), to: &texts)
            default: break
            }
            index = Int(token.end)
        }
    }

    /// DocC Markdown: HTML tags become their Markdown equivalents, links become absolute, lines are trimmed.
    static func markdown(_ inlines: MarkdownInlines) -> String {
        var state = MarkdownState(keepsFacts: false, capacity: byteCount(inlines.store, inlines.tokens))
        appendMarkdown(inlines.store, inlines.tokens, to: &state)
        return state.markdown.withUnsafeBufferPointer { Whitespace.tidyLines($0) }
    }

    /// ``markdown(_:)`` and, from the same walk, the text facts are read from: what a reader sees, without
    /// emphasis, code or link markup (so `取值范围：**2**-**10**` reads as `取值范围：2-10`), with the same lines and list
    /// items.
    static func markdownAndFacts(_ inlines: MarkdownInlines) -> (markdown: String, facts: String) {
        var state = MarkdownState(keepsFacts: true, capacity: byteCount(inlines.store, inlines.tokens))
        appendMarkdown(inlines.store, inlines.tokens, to: &state)
        let markdown = state.markdown.withUnsafeBufferPointer { Whitespace.tidyLines($0) }
        // Most descriptions are plain text: then the two are one text, tidied once.
        return (markdown, state.hasMarkup ? state.facts.withUnsafeBufferPointer { Whitespace.tidyLines($0) } : markdown)
    }

    /// The Markdown being written and, when asked for, the fact text beside it: the same text and lines, without
    /// the markup. The two are the same bytes until the first markup, so the fact text is begun only there, as a
    /// copy of the Markdown so far (most descriptions have none, and keep one buffer).
    private struct MarkdownState {
        var markdown: [UInt8] = []
        var facts: [UInt8] = []
        var openLinks: [String] = []
        /// Whether the fact text is written too.
        let keepsFacts: Bool
        /// Whether markup was written, so that the Markdown and the fact text may differ (and ``facts`` is begun).
        private(set) var hasMarkup = false

        /// A state for about `capacity` bytes of text (markup and line breaks may add some).
        init(keepsFacts: Bool, capacity: Int) {
            self.keepsFacts = keepsFacts
            markdown.reserveCapacity(capacity + 16)
        }

        /// Whether the fact text is being written beside the Markdown.
        private var writesFacts: Bool { keepsFacts && hasMarkup }

        /// Begins the fact text, if it is kept and not yet begun, as the Markdown so far; then markup follows.
        private mutating func beginMarkup() {
            if keepsFacts, !hasMarkup {
                facts.reserveCapacity(markdown.capacity)
                facts.append(contentsOf: markdown)
            }
            hasMarkup = true
        }

        /// Appends `text` to both.
        mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
            markdown.append(contentsOf: text)
            if writesFacts { facts.append(contentsOf: text) }
        }

        /// Appends `text` to both.
        mutating func append(_ text: String) {
            markdown.append(contentsOf: text.utf8)
            if writesFacts { facts.append(contentsOf: text.utf8) }
        }

        /// Appends `markup` to the Markdown only.
        mutating func append(markup: String) {
            beginMarkup()
            markdown.append(contentsOf: markup.utf8)
        }

        /// Appends `markup` to the Markdown and `text` to the fact text.
        mutating func append(markup: String, facts text: String) {
            beginMarkup()
            markdown.append(contentsOf: markup.utf8)
            if keepsFacts { facts.append(contentsOf: text.utf8) }
        }

        /// Ends the current line of each unless it is at a line start already.
        mutating func newLine() {
            if !Self.isAtLineStart(markdown) { markdown.append(0x0A) }
            if writesFacts, !Self.isAtLineStart(facts) { facts.append(0x0A) }
        }

        /// Whether `text` is empty or its last character is a line feed (a CR LF pair is one character, not a
        /// line feed: the rule `String.hasSuffix("\n")` follows).
        private static func isAtLineStart(_ text: [UInt8]) -> Bool {
            guard let last = text.last else { return true }
            return last == 0x0A && (text.count < 2 || text[text.count - 2] != 0x0D)
        }
    }

    private static func appendMarkdown(_ store: InlineStore, _ tokens: Range<Int>, to state: inout MarkdownState) {
        var index = tokens.lowerBound
        while index < tokens.upperBound {
            let token = store.tokens[index]
            let children = (index + 1)..<Int(token.end)
            switch token.kind {
            case .text: store.bytes.withUnsafeBufferPointer { state.append(slice(of: token, in: $0)) }
            case .code:
                let value = string(of: token, in: store)
                state.append(markup: CodeSpan.markdown(value), facts: value)
            case .html: if let tag = tag(of: token, in: store) { appendTag(tag, to: &state) }
            case .emphasis:
                state.append(markup: "*")
                appendMarkdown(store, children, to: &state)
                state.append(markup: "*")
            case .strong:
                state.append(markup: "**")
                appendMarkdown(store, children, to: &state)
                state.append(markup: "**")
            case .link:
                let label = plainText(store, children)
                if let absolute = DocLink.absolute(string(of: token, in: store)) {
                    state.append(markup: "[\(label)](\(absolute))", facts: label)
                } else {
                    state.append(label)
                }
            case .image: state.append(plainText(store, children))
            case .softBreak, .lineBreak: state.append("\n")
            }
            index = Int(token.end)
        }
    }

    /// An HTML token's tag as the renderers act on it: its name (if it is one they know), whether it closes, and
    /// its `href`. A simple tag (``HTMLTag/Simple``, most of them) is read from the store's bytes; any other is
    /// read in full.
    private static func tag(
        of token: InlineToken, in store: InlineStore
    ) -> (known: HTMLTag.Known, isClosing: Bool, href: String?)? {
        let simple: (known: HTMLTag.Known?, isClosing: Bool)? = store.bytes.withUnsafeBufferPointer { bytes in
            let raw = slice(of: token, in: bytes)
            return HTMLTag.Simple(raw).map { (HTMLTag.Known(name: $0.name, in: raw), $0.isClosing) }
        }
        if let simple { return simple.known.map { ($0, simple.isClosing, nil) } }
        guard let tag = HTMLTag(string(of: token, in: store)), let known = tag.known else { return nil }
        return (known, tag.isClosing, tag.attributes["href"])
    }

    private static func appendTag(
        _ tag: (known: HTMLTag.Known, isClosing: Bool, href: String?), to state: inout MarkdownState
    ) {
        switch (tag.known, tag.isClosing) {
        case (.br, _): state.append("\n")
        case (.li, false):
            state.newLine()
            state.append("- ")
        case (.li, true), (.ul, _), (.ol, _), (.p, _), (.div, _): state.newLine()
        case (.b, _), (.strong, _): state.append(markup: "**")
        case (.i, _), (.em, _): state.append(markup: "*")
        case (.code, _): state.append(markup: "`")
        case (.a, false):
            if let href = tag.href, let absolute = DocLink.absolute(href) {
                state.openLinks.append(absolute)
                state.append(markup: "[")
            } else {
                state.openLinks.append("")
            }
        case (.a, true):
            if let href = state.openLinks.popLast(), !href.isEmpty {
                state.append(markup: "](\(href))")
            }
        }
    }

    /// The bytes the literals and targets of `tokens` span: a store's bytes are in token order.
    private static func byteCount(_ store: InlineStore, _ tokens: Range<Int>) -> Int {
        guard !tokens.isEmpty else { return 0 }
        let (first, last) = (store.tokens[tokens.lowerBound], store.tokens[tokens.upperBound - 1])
        return Int(last.start + last.count - first.start)
    }

    /// The bytes of `token`'s literal or target in `bytes` (the store's).
    private static func slice(of token: InlineToken, in bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.start + token.count)])
    }

    /// `token`'s literal or target as a string.
    private static func string(of token: InlineToken, in store: InlineStore) -> String {
        store.bytes.withUnsafeBufferPointer { String(decoding: slice(of: token, in: $0), as: UTF8.self) }
    }

    private static func appendBytes(of token: InlineToken, in store: InlineStore, to text: inout [UInt8]) {
        store.bytes.withUnsafeBufferPointer { text.append(contentsOf: slice(of: token, in: $0)) }
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
