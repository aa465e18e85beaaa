import Foundation

/// How long one stage of a build took (`marrow build --timings`).
public struct StageTiming: Sendable, Equatable {
    public var stage: String
    public var seconds: Double
}

/// Records the stages of a build in the order they ran; each lap ends where the last one did.
struct StageClock {
    private(set) var timings: [StageTiming] = []
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func lap(_ stage: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        timings.append(StageTiming(stage: stage, seconds: Double(now - last) / 1e9))
        last = now
    }

    /// Runs `body` and records it as `stage`.
    mutating func time<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let result = try body()
        lap(stage)
        return result
    }
}
