/// The language a doc page is written in.
public enum DocLanguage: String, Hashable, Sendable, Codable, CaseIterable {
    /// Chinese: the documentation repository's `<页面>.md` pages.
    case zh
    /// English: the `<页面>_intl.md` pages beside them.
    case en
}
