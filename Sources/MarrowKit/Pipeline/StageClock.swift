import Foundation

/// How long one stage of a build took (`marrow build --timings`).
public struct StageTiming: Sendable, Equatable {
    public var stage: String
    public var seconds: Double
    /// CPU time of the whole process over the stage (all threads): above `seconds` when it ran
    /// on more than one core.
    public var cpuSeconds: Double
}

/// Records the stages of a build in the order they ran; each lap ends where the last one did.
struct StageClock {
    private(set) var timings: [StageTiming] = []
    private var last = DispatchTime.now().uptimeNanoseconds
    private var lastCPU = Self.processCPUNanoseconds()

    mutating func lap(_ stage: String) {
        let now = DispatchTime.now().uptimeNanoseconds, cpu = Self.processCPUNanoseconds()
        timings.append(StageTiming(stage: stage, seconds: Double(now - last) / 1e9, cpuSeconds: Double(cpu - lastCPU) / 1e9))
        last = now
        lastCPU = cpu
    }

    private static func processCPUNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Runs `body` and records it as `stage`.
    mutating func time<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let result = try body()
        lap(stage)
        return result
    }
}
