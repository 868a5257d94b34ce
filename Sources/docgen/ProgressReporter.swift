import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A one-line progress display on standard error (`pages 8123/16178, 2150/s`), shown only when standard
/// error is a terminal and the run is long enough to need it.
final class ProgressReporter: Sendable {
    private let label: String
    private let started = ContinuousClock.now
    /// Whether progress is shown at all.
    let isEnabled: Bool

    init(label: String) {
        self.label = label
        isEnabled = isatty(STDERR_FILENO) != 0
    }

    /// Redraws the line every 200 pages and at the end.
    func update(_ done: Int, of total: Int) {
        guard isEnabled, done % 200 == 0 || done == total, total >= 200 else { return }
        let seconds = max((ContinuousClock.now - started) / .seconds(1), 0.001)
        let rate = Int(Double(done) / seconds)
        FileHandle.standardError.write(Data("\r\(label) \(done)/\(total), \(rate)/s".utf8))
    }

    /// Ends the progress line.
    func finish() {
        if isEnabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
