import Crypto

/// HMAC-SHA256 (RFC 2104) with one key, kept as the two SHA-256 states its key makes: the inner one has absorbed
/// the key XOR `0x36`, the outer one the key XOR `0x5c`.
///
/// swift-crypto's `HMAC<SHA256>` computes the same codes (``TC3AuthenticatorTests`` holds the two together for
/// random keys and messages), but it is generic over its hash function and over `DataProtocol`, and outside
/// swift-crypto neither is specialized: authenticating one string to sign spent more time in generic metadata
/// lookups and region iteration than in SHA-256 itself. This works on `SHA256` through its concrete
/// `update(bufferPointer:)`, so signing a request pays for the hashing and little else.
struct TC3Authenticator: Sendable {
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
        inner.finalize().withUnsafeBytes { outer.update(bufferPointer: $0) }
        return outer.finalize()
    }
}
