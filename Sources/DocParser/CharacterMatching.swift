extension Character {
    /// Whether this character is one of `characters`, each a single scalar that normalization leaves as it is (the
    /// ASCII and CJK punctuation of the readers' marker lists).
    ///
    /// It answers what `characters.contains(self)` answers, by comparing scalars wherever that is the same thing:
    /// a one-scalar character that normalization keeps equals one of them only if it is that scalar. Comparing
    /// `Character`s normalizes both sides, which made the prose readers spend most of their time on it.
    func isOne(of characters: String) -> Bool {
        let scalars = unicodeScalars
        guard let scalar = scalars.first else { return false }
        if scalars.index(after: scalars.startIndex) == scalars.endIndex,
            scalar.isASCII || !scalar.properties.isFullCompositionExclusion
        {
            return characters.unicodeScalars.contains(scalar)
        }
        return characters.contains(self)
    }
}
