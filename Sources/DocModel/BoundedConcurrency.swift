/// Runs work on up to a given number of tasks at once, results in input order: the one helper every stage that
/// runs in parallel (parsing pages, emitting services) uses, so its output never depends on scheduling.
public enum BoundedConcurrency {
    /// `transform` applied to every element of `items`, in their order, with at most `concurrency` elements
    /// being transformed at once (all on the calling task when `concurrency` is 1 or less). `progress` hears
    /// (elements done, elements in all) as they finish. With `cost`, the elements are started costliest first
    /// (ties in their order), so that a large one near the end does not run alone while the other tasks wait; the
    /// results are in the elements' order all the same.
    public static func map<Element: Sendable, Result: Sendable>(
        _ items: [Element], concurrency: Int, progress: (@Sendable (Int, Int) -> Void)? = nil,
        cost: ((Element) -> Int)? = nil, _ transform: @escaping @Sendable (Element) -> Result
    ) async -> [Result] {
        guard concurrency > 1, items.count > 1 else {
            var results: [Result] = []
            results.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                results.append(transform(item))
                progress?(index + 1, items.count)
            }
            return results
        }
        var results = [Result?](repeating: nil, count: items.count)
        let order = cost.map { cost in
            items.indices.map { (index: $0, cost: cost(items[$0])) }.sorted { ($0.cost, $1.index) > ($1.cost, $0.index) }
                .map(\.index)
        }
        await withTaskGroup(of: (Int, Result).self) { group in
            var next = 0
            var done = 0
            func startNext(_ group: inout TaskGroup<(Int, Result)>) {
                guard next < items.count else { return }
                let index = order?[next] ?? next
                let item = items[index]
                group.addTask { (index, transform(item)) }
                next += 1
            }
            for _ in 0..<min(concurrency, items.count) { startNext(&group) }
            for await (index, result) in group {
                results[index] = result
                done += 1
                progress?(done, items.count)
                startNext(&group)
            }
        }
        return results.compactMap { $0 }
    }
}
