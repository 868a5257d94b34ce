import DocModel
import Synchronization
import Testing

/// The one helper every parallel stage runs through: results in the elements' order, whatever the start order.
struct BoundedConcurrencyTests {
    @Test func resultsKeepTheElementsOrderWithOrWithoutCosts() async {
        let items = Array(0..<200).map { ($0 * 7919) % 211 }
        for concurrency in [1, 2, 5] {
            let plain = await BoundedConcurrency.map(items, concurrency: concurrency) { $0 * 3 }
            let costed = await BoundedConcurrency.map(items, concurrency: concurrency, cost: { $0 }) { $0 * 3 }
            #expect(plain == items.map { $0 * 3 })
            #expect(costed == plain)
        }
    }

    @Test func costliestElementsStartFirst() async {
        let started = Mutex<[Int]>([])
        let costs = [1, 9, 3, 9, 7, 2]
        _ = await BoundedConcurrency.map(Array(costs.indices), concurrency: 2, cost: { costs[$0] }) { index in
            started.withLock { $0.append(index) }
        }
        // With two tasks at a time, the element ranked r by cost (0 the costliest) is started only once r - 1 others
        // have finished, so it is at least that far along the order of starts; in the elements' order the cheapest
        // (element 0) would start first.
        let order = started.withLock { $0 }
        let ranks = costs.indices.sorted { (costs[$0], $1) > (costs[$1], $0) }
        #expect(order.count == costs.count)
        for (rank, element) in ranks.enumerated() {
            #expect(order.firstIndex(of: element)! >= rank - 1, "\(order)")
        }
    }
}
