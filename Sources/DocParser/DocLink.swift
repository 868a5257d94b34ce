/// Links found in pages, made absolute so they work from generated doc comments.
enum DocLink {
    /// The site relative links on the pages point into.
    static let site = "https://cloud.tencent.com"

    /// The absolute form of `url`: relative (`/document/api/…`) links get the site prefix, the broken double
    /// prefix (`https://cloud.tencent.comhttps://…`) loses its first half; anchor-only and empty links give `nil`.
    static func absolute(_ url: String) -> String? {
        var value = Substring(url.trimmed(" \t"))
        if value.isEmpty || value.hasPrefix("#") { return nil }
        while value.hasPrefix("http"), let again = value.dropFirst().range(ofBytes: "http"),
            value[again.lowerBound...].hasPrefix("http://") || value[again.lowerBound...].hasPrefix("https://")
        {
            value = value[again.lowerBound...]
        }
        if value.hasPrefix("//") { return "https:" + String(value) }
        if value.hasPrefix("/") { return site + String(value) }
        if value.hasPrefix("http://") || value.hasPrefix("https://") { return String(value) }
        return nil
    }
}
