import Foundation

/// `DispatchQueue.concurrentPerform` over a list, results in order; runs inline for a few items.
enum Parallel {
    static func map<T>(_ items: [Int], _ body: (Int) -> T) -> [T] {
        guard items.count > 8 else { return items.map(body) }
        var results = [T?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = buffer
            DispatchQueue.concurrentPerform(iterations: items.count) { slots[$0] = body(items[$0]) }
        }
        return results.map { $0! }
    }
}
