extension String {
    /// Calls `body` with the string's UTF-8 as one buffer: where a native string lies (a short one copied to the
    /// stack), or from a native copy of any other. Reading the bytes this way costs a call; iterating the `utf8`
    /// view costs a few checks per byte.
    @inline(__always)
    func withContiguousUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var native = self
        return native.withUTF8(body)
    }
}
