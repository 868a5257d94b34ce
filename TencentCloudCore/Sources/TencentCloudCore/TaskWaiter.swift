/// Polls an asynchronous task until it ends, with exponential backoff, a deadline and cancellation.
public struct TaskWaiter: Sendable {
    /// What one poll found.
    public enum State: Hashable, Sendable {
        /// The task is still running.
        case running
        /// The task ended well.
        case succeeded
        /// The task failed; `message` is the server's explanation.
        case failed(message: String)
    }

    /// The first wait between polls.
    public var initialDelay: Duration
    /// The longest wait between polls.
    public var maximumDelay: Duration
    /// How much each wait grows.
    public var multiplier: Double
    /// How long to wait in all before giving up with ``TaskWaitError/timedOut(taskId:after:)``.
    public var timeout: Duration

    /// Creates a waiter; the defaults poll after 1 s, then up to every 10 s, for up to 10 minutes.
    public init(
        initialDelay: Duration = .seconds(1), maximumDelay: Duration = .seconds(10), multiplier: Double = 1.5,
        timeout: Duration = .seconds(600)
    ) {
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
        self.multiplier = multiplier
        self.timeout = timeout
    }

    /// Calls `poll` until it reports an end: returns on success, throws ``TaskWaitError`` on failure or timeout,
    /// and `CancellationError` as soon as the calling task is cancelled.
    public func wait(taskId: String, poll: () async throws -> State) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var delay = initialDelay
        while true {
            try Task.checkCancellation()
            switch try await poll() {
            case .succeeded: return
            case .failed(let message): throw TaskWaitError.failed(taskId: taskId, message: message)
            case .running: break
            }
            let remaining = clock.now.duration(to: deadline)
            guard remaining > .zero else { throw TaskWaitError.timedOut(taskId: taskId, after: timeout) }
            try await Task.sleep(for: min(delay, remaining))
            delay = min(maximumDelay, delay * multiplier)
        }
    }
}

/// Why waiting for an asynchronous task ended without success.
public enum TaskWaitError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The task ended in failure.
    case failed(taskId: String, message: String)
    /// The task was still running when the waiter's timeout passed.
    case timedOut(taskId: String, after: Duration)

    public var description: String {
        switch self {
        case .failed(let taskId, let message): "task \(taskId) failed: \(message)"
        case .timedOut(let taskId, let after): "task \(taskId) still running after \(after)"
        }
    }
}
