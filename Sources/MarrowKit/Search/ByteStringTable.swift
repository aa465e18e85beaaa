import Foundation

/// Numbers for short byte strings, found without making a `String` or running SipHash: the
/// search index counts a slice's words with it, where a few thousand distinct words come back
/// hundreds of thousands of times. Open addressing with linear probing over FNV-1a hashes; the
/// keys are kept end to end in one byte array. Only grows; never removes.
struct ByteStringTable {
    /// Entry index + 1 in each slot; 0 for an empty slot. Always a power of two long.
    private var slots: [Int32] = Array(repeating: 0, count: 256)
    private var hashes: [UInt32] = []
    /// Where each entry's key ends in `keys` (it starts where the one before ends).
    private var ends: [Int] = []
    private var values: [Int] = []
    private var keys: [UInt8] = []

    var count: Int { values.count }

    /// The value stored for `key`, if any.
    func value(for key: UnsafeBufferPointer<UInt8>) -> Int? {
        find(key, hash: Self.hash(key)).entry.map { values[$0] }
    }

    /// Stores `value` for `key`, which must not be in the table yet.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int) {
        let hash = Self.hash(key)
        let (slot, entry) = find(key, hash: hash)
        precondition(entry == nil, "key already in the table")
        slots[slot] = Int32(values.count + 1)
        hashes.append(hash)
        values.append(value)
        keys.append(contentsOf: key)
        ends.append(keys.count)
        if values.count * 2 > slots.count { grow() }
    }

    /// The slot holding `key` and its entry, or the empty slot where it would go.
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (slot: Int, entry: Int?) {
        var slot = Int(hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if hashes[entry] == hash && matches(entry, key) { return (slot, entry) }
            slot = (slot + 1) & (slots.count - 1)
        }
        return (slot, nil)
    }

    private func matches(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = entry == 0 ? 0 : ends[entry - 1]
        guard ends[entry] - start == key.count else { return false }
        guard let base = key.baseAddress else { return true }
        return keys.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, base, key.count) == 0 }
    }

    /// Twice the slots, every entry placed again (kept at most half full).
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for entry in hashes.indices {
            var slot = Int(hashes[entry]) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(entry + 1)
        }
    }

    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in key { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }
}
