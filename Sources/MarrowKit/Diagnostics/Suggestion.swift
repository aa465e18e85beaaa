/// "Did you mean" suggestions, by edit distance.
public enum Suggestion {
    /// The candidate nearest to `name`, if it is close enough to be a likely typo.
    public static func nearest<S: Sequence>(to name: String, among candidates: S) -> String? where S.Element == String {
        let lowered = name.lowercased()
        let length = name.unicodeScalars.count
        let limit = max(1, name.count / 3)
        var best: (String, Int)?
        for candidate in candidates where candidate != name {
            // Lengths further apart than the limit cannot be close: skip them before any work
            // (a scalar is at most 4 UTF-8 bytes, and the byte count costs nothing).
            guard abs(candidate.utf8.count - name.utf8.count) <= limit * 4,
                  abs(candidate.unicodeScalars.count - length) <= limit else { continue }
            let distance = editDistance(lowered, candidate.lowercased(), limit: limit)
            if distance <= limit, best.map({ distance < $0.1 || (distance == $0.1 && candidate < $0.0) }) ?? true {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    /// Edit distance counting an adjacent transposition as one edit (optimal string alignment),
    /// over Unicode scalars, giving up early past `limit`.
    public static func editDistance(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var beforePrevious = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    value = min(value, beforePrevious[j - 2] + 1)
                }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > limit { return limit + 1 }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[y.count]
    }
}
