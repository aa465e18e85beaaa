import Foundation

/// Compares a would-be site with what is on disk, for `build --check`.
public struct SiteComparer {
    public let output: URL

    public init(output: URL) {
        self.output = output
    }

    /// Human-readable differences, empty when the folder already holds exactly these files.
    public func differences(_ outputFiles: [OutputFile]) throws -> [String] {
        var expected: [String: OutputFile] = [:]
        for file in outputFiles { expected[file.path] = file }
        let onDisk = FileManager.default.fileExists(atPath: output.path) ? Set(try ContentFiles(root: output).list()) : []
        var found: [String] = []
        for path in expected.keys.sorted() {
            guard onDisk.contains(path) else {
                found.append("missing: \(path)")
                continue
            }
            let current = try Data(contentsOf: output.appendingPathComponent(path))
            let wanted: Data
            switch expected[path]!.contents {
            case .data(let data): wanted = data
            case .copy(let url): wanted = try Data(contentsOf: url)
            }
            if current != wanted { found.append("changed: \(path)") }
        }
        for path in onDisk.subtracting(expected.keys).sorted() {
            found.append("extra: \(path)")
        }
        return found
    }
}
