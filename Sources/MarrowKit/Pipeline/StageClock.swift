import Foundation

/// How long one stage of a build took (`marrow build --timings`).
public struct StageTiming: Sendable, Equatable {
    public var stage: String
    public var seconds: Double
    /// CPU time of the whole process over the stage (all threads): above `seconds` when it ran
    /// on more than one core.
    public var cpuSeconds: Double
    /// The most memory the process held during the stage (resident set, bytes), when asked for
    /// and where the system reports it (Linux); nil otherwise.
    public var peakBytes: Int?
}

/// Records the stages of a build in the order they ran; each lap ends where the last one did.
struct StageClock {
    private(set) var timings: [StageTiming] = []
    private var last = DispatchTime.now().uptimeNanoseconds
    private var lastCPU = Self.processCPUNanoseconds()

    private let peaks: Bool

    init(peaks: Bool = false) {
        self.peaks = peaks
        if peaks { _ = StagePeak.takePeak() }
    }

    mutating func lap(_ stage: String) {
        let now = DispatchTime.now().uptimeNanoseconds, cpu = Self.processCPUNanoseconds()
        timings.append(StageTiming(stage: stage, seconds: Double(now - last) / 1e9, cpuSeconds: Double(cpu - lastCPU) / 1e9,
                                   peakBytes: peaks ? StagePeak.takePeak() : nil))
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

/// The resident-set high-water mark since the last call: Linux keeps it as `VmHWM` in
/// `/proc/self/status`, and writing 5 to `/proc/self/clear_refs` starts it again from the
/// current size, so each stage gets its own peak.
enum StagePeak {
    static func takePeak() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.dropFirst(6).filter(\.isNumber)) else { return nil }
        let reset = open("/proc/self/clear_refs", O_WRONLY)
        if reset >= 0 {
            _ = write(reset, "5", 1)
            close(reset)
        }
        return kilobytes * 1024
    }
}
