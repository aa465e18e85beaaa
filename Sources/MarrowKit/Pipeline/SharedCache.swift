import Foundation

/// A dictionary that threads working in parallel share (pages filled with citations, cites
/// rendered by the CSL processor): a value is made once, under no
/// lock (two threads may both make a missing one; the values are the same).
final class SharedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private var values: [Key: Value] = [:]
    private let lock = NSLock()

    func value(for key: Key, make: () -> Value) -> Value {
        lock.lock()
        let found = values[key]
        lock.unlock()
        if let found { return found }
        let made = make()
        lock.lock()
        values[key] = made
        lock.unlock()
        return made
    }
}
