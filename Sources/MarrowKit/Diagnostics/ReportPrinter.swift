import Foundation

/// Prints a build report: diagnostics on standard error, then a one-line summary.
public struct ReportPrinter {
    public let formatter: DiagnosticFormatter
    /// Adds each stage's time under the summary (`--timings`).
    public var timings: Bool

    public init(formatter: DiagnosticFormatter, timings: Bool = false) {
        self.formatter = formatter
        self.timings = timings
    }

    public func lines(for report: BuildPipeline.Report, mode: BuildPipeline.Mode) -> (diagnostics: [String], summary: [String]) {
        let diagnostics = formatter.lines(report.diagnostics)
        var summary: [String] = report.differences.map { "public/ is out of date: \($0)" }
        let errors = report.diagnostics.errorCount, warnings = report.diagnostics.warningCount
        let counts = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        let time = String(format: "%.2f s", report.seconds)
        let verb: String
        switch mode {
        case .write: verb = report.wroteOutput ? "Built" : "Build failed:"
        case .compare: verb = report.differences.isEmpty && !report.diagnostics.hasErrors ? "Up to date:" : "Check failed:"
        case .check: verb = report.diagnostics.hasErrors ? "Check failed:" : "Checked"
        }
        summary.append("\(verb) \(report.pageCount) page\(report.pageCount == 1 ? "" : "s"), \(counts), in \(time)")
        if timings {
            let width = report.timings.map(\.stage.count).max() ?? 0
            summary += report.timings.map { timing in
                "  " + timing.stage.padding(toLength: width, withPad: " ", startingAt: 0)
                    + String(format: " %7.1f ms  (CPU %7.1f ms", timing.seconds * 1000, timing.cpuSeconds * 1000)
                    + (timing.peakBytes.map { String(format: ", peak %6.1f MB)", Double($0) / 1_048_576) } ?? ")")
            }
        }
        return (diagnostics, summary)
    }

    public func print(_ report: BuildPipeline.Report, mode: BuildPipeline.Mode) {
        let (diagnostics, summary) = lines(for: report, mode: mode)
        // JSON is for programs: it alone goes to standard output, the summary to standard error.
        let json = formatter.format == .json
        let diagnosticsOut = json ? FileHandle.standardOutput : FileHandle.standardError
        let summaryOut = json ? FileHandle.standardError : FileHandle.standardOutput
        for line in diagnostics { diagnosticsOut.write(Data((line + "\n").utf8)) }
        for line in summary { summaryOut.write(Data((line + "\n").utf8)) }
    }
}
