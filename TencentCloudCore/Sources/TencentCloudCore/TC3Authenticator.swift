import Crypto

/// HMAC-SHA256 (RFC 2104) with one key, kept as the two SHA-256 states its key makes: the inner one has absorbed
/// the key XOR `0x36`, the outer one the key XOR `0x5c`.
///
/// swift-crypto's `HMAC<SHA256>` computes the same codes (``TC3AuthenticatorTests`` holds the two together for
/// random keys and messages), but it is generic over its hash function and over `DataProtocol`, and outside
/// swift-crypto neither is specialized: authenticating one string to sign spent more time in generic metadata
/// lookups and region iteration than in SHA-256 itself. This works on `SHA256` through its concrete
/// `update(bufferPointer:)`, so signing a request pays for the hashing and little else.
///
/// A class, so that handing the cached authenticator to a signature retains one object rather than both states.
final class TC3Authenticator: Sendable {
    /// SHA-256 after the key XOR `0x36`.
    private let inner: SHA256
    /// SHA-256 after the key XOR `0x5c`.
    private let outer: SHA256

    /// The states for `key`; a key longer than SHA-256's block is hashed first, as RFC 2104 says.
    init(key: SymmetricKey) {
        var block = [UInt8](repeating: 0, count: SHA256.blockByteCount)
        key.withUnsafeBytes { key in
            if key.count > block.count {
                let digest = Self.digest(key)
                digest.withUnsafeBytes { digest in block.withUnsafeMutableBytes { $0.copyMemory(from: digest) } }
            } else {
                block.withUnsafeMutableBytes { $0.copyMemory(from: key) }
            }
        }
        inner = Self.state(absorbing: block.map { $0 ^ 0x36 })
        outer = Self.state(absorbing: block.map { $0 ^ 0x5C })
    }

    private static func state(absorbing block: [UInt8]) -> SHA256 {
        var state = SHA256()
        block.withUnsafeBytes { state.update(bufferPointer: $0) }
        return state
    }

    /// The SHA-256 digest of `bytes`, through the concrete `update(bufferPointer:)`.
    static func digest(_ bytes: UnsafeRawBufferPointer) -> SHA256Digest {
        var state = SHA256()
        state.update(bufferPointer: bytes)
        return state.finalize()
    }

    /// The authentication code of `message`.
    func code(for message: UnsafeRawBufferPointer) -> SHA256Digest {
        var inner = inner
        inner.update(bufferPointer: message)
        var outer = outer
        inner.finalize().withDigestBytes { outer.update(bufferPointer: $0) }
        return outer.finalize()
    }
}

extension SHA256Digest {
    /// Calls `body` with the digest's 32 bytes.
    ///
    /// swift-crypto's `withUnsafeBytes` is generic and not inlinable, so from this module every call looked up
    /// generic metadata at run time: a tenth of signing a request, which reads four digests. A digest value holds
    /// its 32 bytes and nothing else, so they are read from the value's own memory once that layout is confirmed
    /// (``hasPlainLayout``), and through swift-crypto's method otherwise.
    func withDigestBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        if Self.hasPlainLayout {
            return Swift.withUnsafeBytes(of: self) { body($0) }
        }
        return withUnsafeBytes { body($0) }
    }

    /// Whether a digest's memory is its bytes: its size is the digest's, and for a digest of known bytes (the
    /// SHA-256 of `abc`) the memory and swift-crypto's bytes both are those bytes.
    static let hasPlainLayout: Bool = {
        guard MemoryLayout<SHA256Digest>.size == SHA256Digest.byteCount else { return false }
        let known: [UInt8] = [
            0xBA, 0x78, 0x16, 0xBF, 0x8F, 0x01, 0xCF, 0xEA, 0x41, 0x41, 0x40, 0xDE, 0x5D, 0xAE, 0x22, 0x23,
            0xB0, 0x03, 0x61, 0xA3, 0x96, 0x17, 0x7A, 0x9C, 0xB4, 0x10, 0xFF, 0x61, 0xF2, 0x00, 0x15, 0xAD,
        ]
        let digest = SHA256.hash(data: Array("abc".utf8))
        return digest.withUnsafeBytes { Array($0) } == known && Swift.withUnsafeBytes(of: digest) { Array($0) } == known
    }()
}
