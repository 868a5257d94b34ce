extension StringProtocol {
    /// The text without the given characters at either end.
    func trimmed(_ set: String) -> String {
        // Most text has nothing to trim: two character checks instead of building a set.
        guard let first, let last else { return "" }
        if !set.contains(first) && !set.contains(last) { return String(self) }
        let trimmedStart = drop { set.contains($0) }
        var end = trimmedStart.endIndex
        while end > trimmedStart.startIndex {
            let previous = trimmedStart.index(before: end)
            if !set.contains(trimmedStart[previous]) { break }
            end = previous
        }
        return String(trimmedStart[..<end])
    }
}
