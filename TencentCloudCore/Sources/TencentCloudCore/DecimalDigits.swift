/// The decimal digits of an integer, written straight into memory instead of through a `String`: a body's numbers
/// and the timestamp a signature covers.
enum DecimalDigits {
    /// How many digits `value` has (`0` has one).
    @inline(__always)
    static func count(_ value: UInt64) -> Int {
        var digits = 1
        var rest = value / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return digits
    }

    /// Writes the `digits` digits of `value` (its ``count(_:)``) from `target` on, last digit first.
    @inline(__always)
    static func write(_ value: UInt64, digits: Int, to target: UnsafeMutablePointer<UInt8>) {
        var magnitude = value
        var index = digits
        repeat {
            let (quotient, digit) = magnitude.quotientAndRemainder(dividingBy: 10)
            index -= 1
            target[index] = 0x30 + UInt8(truncatingIfNeeded: digit)
            magnitude = quotient
        } while magnitude > 0
    }
}
