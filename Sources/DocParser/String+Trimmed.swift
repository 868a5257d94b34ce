extension StringProtocol {
    /// The text without the given characters at either end.
    func trimmed(_ set: String) -> String {
        String(trimmedSlice(set))
    }

    /// ``trimmed(_:)`` as a slice of the text, without a copy.
    func trimmedSlice(_ set: String) -> SubSequence {
        // Most text has nothing to trim: two character checks instead of building a set.
        guard let first, let last else { return self[startIndex..<startIndex] }
        // A set without a CR holds one-scalar characters only (`"\r\n"` would be one character).
        let byScalar = !set.utf8.contains(0x0D)
        func isTrimmed(_ character: Character) -> Bool { byScalar ? character.isOne(of: set) : set.contains(character) }
        if !isTrimmed(first) && !isTrimmed(last) { return self[...] }
        let trimmedStart = drop { isTrimmed($0) }
        var end = trimmedStart.endIndex
        while end > trimmedStart.startIndex {
            let previous = trimmedStart.index(before: end)
            if !isTrimmed(trimmedStart[previous]) { break }
            end = previous
        }
        return trimmedStart[..<end]
    }
}
