/// Proleptic Gregorian dates from and to days since 1970-01-01 (Howard Hinnant's algorithms), without
/// Foundation's calendars; shared by the signer's credential-scope date and ``TencentCloudTimestamp``.
enum CivilDate {
    /// The year, month and day of `days` since 1970-01-01.
    static func fromDays(_ days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The day (since 1970-01-01) and the second within it of `seconds` since 1970, rounding down, so a
    /// moment before 1970 falls on the day before.
    static func dayAndSecond(of seconds: Int64) -> (day: Int64, second: Int64) {
        let second = ((seconds % 86_400) + 86_400) % 86_400
        return ((seconds - second) / 86_400, second)
    }

    /// Days since 1970-01-01 of a year, month and day.
    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `value` in decimal, zero-padded to `width` digits.
    static func padded(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// `yyyy-MM-dd` of a year, month and day.
    static func text(_ date: (year: Int64, month: Int64, day: Int64)) -> String {
        guard (0...9999).contains(date.year), (1...12).contains(date.month), (1...31).contains(date.day) else {
            return "\(padded(date.year, 4))-\(padded(date.month, 2))-\(padded(date.day, 2))"
        }
        // The common case, written as ten ASCII bytes (the signer formats a date for every request).
        func digit(_ value: Int64) -> UInt8 { 0x30 + UInt8(value % 10) }
        return String(unsafeUninitializedCapacity: 10) { bytes in
            (bytes[0], bytes[1], bytes[2], bytes[3]) =
                (digit(date.year / 1000), digit(date.year / 100), digit(date.year / 10), digit(date.year))
            (bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9]) =
                (0x2D, digit(date.month / 10), digit(date.month), 0x2D, digit(date.day / 10), digit(date.day))
            return 10
        }
    }
}
