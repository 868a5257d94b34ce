import Foundation

/// A time as the API writes it: `2019-01-01 12:00:00` (Beijing time), `2019-01-01T04:00:00Z` or `2019-01-01`.
///
/// The wire text is kept exactly as received, so decoding and encoding again never changes it, even when the
/// server sends a form this type cannot read; ``date`` reads it when it can.
public struct TencentCloudTimestamp: Codable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// How to write a `Date` on the wire.
    public enum Format: Hashable, Sendable {
        /// `yyyy-MM-dd HH:mm:ss` in Beijing time (UTC+8), the API's `Timestamp`.
        case dateTime
        /// `yyyy-MM-ddTHH:mm:ssZ` in UTC, the API's `Timestamp ISO8601`.
        case iso8601
        /// `yyyy-MM-dd` in Beijing time, the API's `Date`.
        case date
    }

    /// The wire text.
    public var rawValue: String

    /// Wraps wire text as it is.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps wire text as it is.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// Writes `date` in `format`.
    public init(_ date: Date, format: Format = .dateTime) {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let offset: Int64 = format == .iso8601 ? 0 : Self.beijingOffset
        let (days, secondOfDay) = CivilDate.dayAndSecond(of: seconds + offset)
        let datePart = CivilDate.text(CivilDate.fromDays(days))
        let timePart = [secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60].map { CivilDate.padded($0, 2) }
            .joined(separator: ":")
        switch format {
        case .dateTime: rawValue = "\(datePart) \(timePart)"
        case .iso8601: rawValue = "\(datePart)T\(timePart)Z"
        case .date: rawValue = datePart
        }
    }

    /// The time the text names, or `nil` when it is not one of the API's forms. Text without a zone is Beijing
    /// time; a date alone is its midnight.
    public var date: Date? {
        let bytes = Array(rawValue.utf8)
        func number(_ start: Int, _ count: Int) -> Int64? {
            guard start + count <= bytes.count else { return nil }
            var value: Int64 = 0
            for byte in bytes[start..<start + count] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0, 4), bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), let month = number(5, 2),
            bytes[7] == UInt8(ascii: "-"), let day = number(8, 2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var seconds = CivilDate.days(year: year, month: month, day: day) * 86_400
        var offset = Self.beijingOffset
        var index = 10
        if bytes.count > 10 {
            guard bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "T"), let hour = number(11, 2),
                bytes.count >= 19, bytes[13] == UInt8(ascii: ":"), let minute = number(14, 2),
                bytes[16] == UInt8(ascii: ":"), let second = number(17, 2), hour < 24, minute < 60, second < 61
            else { return nil }
            seconds += hour * 3600 + minute * 60 + second
            index = 19
            var fraction = 0.0
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                var scale = 0.1
                index += 1
                while index < bytes.count, let digit = number(index, 1) {
                    fraction += Double(digit) * scale
                    scale /= 10
                    index += 1
                }
            }
            if index < bytes.count {
                if bytes[index] == UInt8(ascii: "Z"), index + 1 == bytes.count {
                    offset = 0
                } else if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"),
                    let hours = number(index + 1, 2), let minutes = number(bytes.count - 2, 2),
                    bytes.count == index + 6 || bytes.count == index + 5
                {
                    offset = (hours * 3600 + minutes * 60) * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
                } else {
                    return nil
                }
            }
            return Date(timeIntervalSince1970: Double(seconds - offset) + fraction)
        }
        return Date(timeIntervalSince1970: Double(seconds - offset))
    }

    /// Decodes the wire text; a number (seconds since 1970, as some services send) is kept as its text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            rawValue = text
        } else {
            rawValue = String(try container.decode(Int64.self))
        }
    }

    /// Encodes the wire text unchanged.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The wire text.
    public var description: String { rawValue }

    private static let beijingOffset: Int64 = 8 * 3600
}
