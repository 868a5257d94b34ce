extension String {
    /// Whether this string's UTF-8 bytes come before `other`'s, byte by byte (a prefix first): the order of JSON keys
    /// that an encoder sorting its keys writes. Compared over the contiguous bytes, where `utf8.lexicographicallyPrecedes`
    /// walks both views an element at a time.
    func utf8Precedes(_ other: String) -> Bool {
        let answer = utf8.withContiguousStorageIfAvailable { lhs in
            other.utf8.withContiguousStorageIfAvailable { rhs -> Bool in
                for index in 0..<Swift.min(lhs.count, rhs.count) where lhs[index] != rhs[index] {
                    return lhs[index] < rhs[index]
                }
                return lhs.count < rhs.count
            }
        }
        return (answer ?? nil) ?? utf8.lexicographicallyPrecedes(other.utf8)
    }
}
