import Foundation

/// One helper process a build: its input written on standard input (from another thread, so a
/// large answer cannot block on a full pipe meanwhile), its standard output read to the end. The
/// highlighter (Pygments) and the formula converter (KaTeX) each hand it a whole book's batch.
enum BatchProcess {
    struct Result {
        var status: Int32
        var output: Data
        /// The first bytes of standard error, when asked for (the helper writes little there).
        var errors: Data
    }

    /// Runs `executable` with `arguments`; nil when it cannot start.
    static func run(_ executable: String, _ arguments: [String], input: Data, keepErrors: Bool = false) -> Result? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe()
        let stderr = keepErrors ? Pipe() : nil
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr ?? FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr?.fileHandleForReading.readDataToEndOfFile() ?? Data()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: output, errors: errors)
    }
}
