extension StringProtocol {
    /// The text without the given characters at either end.
    func trimmed(_ set: String) -> String {
        String(trimmedSlice(set))
    }

    /// ``trimmed(_:)`` as a slice of the text, without a copy.
    func trimmedSlice(_ set: String) -> SubSequence {
        // Most text has nothing to trim: two character checks instead of building a set.
        if hasNothingToTrim(set) { return self[...] }
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

    /// Whether the text has nothing of `set` to trim, told from its first and last scalar where they can tell (`false`
    /// where they cannot): each is a ``StandaloneScalar`` outside `set`, and `set` is ASCII but CR and CJK and
    /// fullwidth punctuation. Then the first character starts with a scalar no character of `set` equals or is
    /// canonically equivalent to, and the last ends with one, so neither is in `set`; finding the last character
    /// otherwise means breaking graphemes backwards.
    private func hasNothingToTrim(_ set: String) -> Bool {
        let answer = utf8.withContiguousStorageIfAvailable { text -> Bool in
            guard !text.isEmpty, let first = StandaloneScalar.at(0, in: text),
                let last = StandaloneScalar.ending(at: text.count, in: text)
            else { return false }
            var isPlain = true
            var holdsEnd = false
            for scalar in set.unicodeScalars {
                switch scalar.value {
                case 0x0D: isPlain = false
                case 0..<0x80, 0x3000...0x3029, 0xFF01...0xFF5E: break
                default: isPlain = false
                }
                if scalar.value == first.value || scalar.value == last.value { holdsEnd = true }
            }
            return isPlain && !holdsEnd
        }
        return answer ?? false
    }
}
