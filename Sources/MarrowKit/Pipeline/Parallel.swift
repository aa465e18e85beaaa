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

    /// Changes every element of `items` where it stands, on all cores (each element by one thread
    /// alone), and returns what each change gave, in order.
    @discardableResult
    static func update<T, R>(_ items: inout [T], _ body: (Int, inout T) -> R) -> [R] {
        items.withUnsafeMutableBufferPointer { elements in
            let elements = elements
            return map(Array(elements.indices)) { body($0, &elements[$0]) }
        }
    }
}
