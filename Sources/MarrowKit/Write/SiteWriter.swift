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
        try write { staging in
            for file in outputFiles { try staging.write(file) }
        }
    }

    /// Lets `produce` write the site into a fresh staging folder (from several threads if it
    /// likes), then swaps it in; returns how many files were written. Nothing is swapped in when
    /// `produce` throws.
    @discardableResult
    public func write(_ produce: (SiteStaging) throws -> Void) throws -> Int {
        try files.createDirectory(at: parent, withIntermediateDirectories: true)
        removeLeftovers()
        let folder = parent.appendingPathComponent("\(stagingPrefix)new-\(ProcessInfo.processInfo.processIdentifier)")
        removeTree(folder)
        try files.createDirectory(at: folder, withIntermediateDirectories: false)
        let staging = SiteStaging(folder: folder, previous: output)
        do {
            try produce(staging)
            try swapIn(folder)
        } catch {
            removeTree(folder)
            throw error
        }
        return staging.fileCount
    }

    /// Removes a folder tree without following links (one `nftw` walk instead of a stat per entry).
    private func removeTree(_ folder: URL) {
        if marrow_remove_tree(folder.path) != 0, errno != ENOENT { try? files.removeItem(at: folder) }
    }

    private func swapIn(_ staging: URL) throws {
        guard files.fileExists(atPath: output.path) else {
            try files.moveItem(at: staging, to: output)
            return
        }
        if marrow_exchange_paths(staging.path, output.path) == 0 {
            // `staging` now holds the previous site.
            removeTree(staging)
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
            removeTree(parent.appendingPathComponent(name))
        }
    }
}

public enum MarrowError: Error, CustomStringConvertible {
    case unsafeOutputPath(String)
    case notAProject(String)
    case cannotWrite(String, String)

    public var description: String {
        switch self {
        case .unsafeOutputPath(let path): return "refusing to write '\(path)' outside the output folder"
        case .notAProject(let path): return "'\(path)' has no content folder"
        case .cannotWrite(let path, let reason): return "cannot write '\(path)': \(reason)"
        }
    }
}
