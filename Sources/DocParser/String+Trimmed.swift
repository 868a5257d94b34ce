extension StringProtocol {
    /// The text without the given characters at either end.
    func trimmed(_ set: String) -> String {
        let characters = Set(set)
        let trimmedStart = drop { characters.contains($0) }
        var end = trimmedStart.endIndex
        while end > trimmedStart.startIndex {
            let previous = trimmedStart.index(before: end)
            if !characters.contains(trimmedStart[previous]) { break }
            end = previous
        }
        return String(trimmedStart[..<end])
    }
}
