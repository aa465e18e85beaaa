import CSystemShims
import Foundation

/// The write stage: writes the site into a fresh folder beside the output folder, then swaps it
/// in with one atomic rename, so a failed or killed build leaves the previous site whole.
public struct SiteWriter {
    public let output: URL
    private let files = FileManager.default

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    private var parent: URL { output.deletingLastPathComponent() }
    private var stagingPrefix: String { ".\(output.lastPathComponent).marrow-" }

    public func write(_ outputFiles: [OutputFile]) throws {
        try files.createDirectory(at: parent, withIntermediateDirectories: true)
        removeLeftovers()
        let staging = parent.appendingPathComponent("\(stagingPrefix)new-\(ProcessInfo.processInfo.processIdentifier)")
        try? files.removeItem(at: staging)
        try files.createDirectory(at: staging, withIntermediateDirectories: false)
        do {
            for file in outputFiles {
                try write(file, into: staging)
            }
            try swapIn(staging)
        } catch {
            try? files.removeItem(at: staging)
            throw error
        }
    }

    private func write(_ file: OutputFile, into folder: URL) throws {
        guard let path = ContentPath.normalise(file.path), !path.isEmpty else {
            throw MarrowError.unsafeOutputPath(file.path)
        }
        let url = folder.appendingPathComponent(path)
        try files.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        switch file.contents {
        case .data(let data):
            try data.write(to: url)
        case .copy(let source):
            try files.copyItem(at: source, to: url)
        }
    }

    private func swapIn(_ staging: URL) throws {
        guard files.fileExists(atPath: output.path) else {
            try files.moveItem(at: staging, to: output)
            return
        }
        if marrow_exchange_paths(staging.path, output.path) == 0 {
            // `staging` now holds the previous site.
            try files.removeItem(at: staging)
            return
        }
        // Without an atomic exchange: move the old site aside, move the new one in.
        let old = parent.appendingPathComponent("\(stagingPrefix)old-\(ProcessInfo.processInfo.processIdentifier)")
        try files.moveItem(at: output, to: old)
        try files.moveItem(at: staging, to: output)
        try files.removeItem(at: old)
    }

    /// Folders a killed build left beside the output (only ours, by their exact prefix).
    private func removeLeftovers() {
        guard let names = try? files.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(stagingPrefix) {
            try? files.removeItem(at: parent.appendingPathComponent(name))
        }
    }
}

public enum MarrowError: Error, CustomStringConvertible {
    case unsafeOutputPath(String)
    case notAProject(String)

    public var description: String {
        switch self {
        case .unsafeOutputPath(let path): return "refusing to write '\(path)' outside the output folder"
        case .notAProject(let path): return "'\(path)' has no content folder"
        }
    }
}
