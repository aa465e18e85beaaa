import Foundation

/// Lists the visible files under a folder (hidden files and folders are skipped), as sorted relative paths.
struct ContentFiles {
    let root: URL

    func list() throws -> [String] {
        let files = FileManager.default
        let root = self.root.resolvingSymlinksInPath()
        guard let enumerator = files.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
                                                options: [.skipsHiddenFiles]) else { return [] }
        let base = root.standardizedFileURL.path
        var out: [String] = []
        for case let url as URL in enumerator {
            let values = try url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            // A symbolic link is listed when it leads to a file, so that callers can refuse it by name.
            let isFile = values.isRegularFile == true
                || (values.isSymbolicLink == true && (try? url.resolvingSymlinksInPath().resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true)
            guard isFile else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base + "/") else { continue }
            out.append(String(path.dropFirst(base.count + 1)))
        }
        return out.sorted()
    }
}

/// Answers whether a path, after following symbolic links, stays inside a folder.
public struct ContentBoundary: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    public func contains(_ url: URL) -> Bool {
        let rootPath = root.resolvingSymlinksInPath().standardizedFileURL.path
        let path = url.resolvingSymlinksInPath().standardizedFileURL.path
        return path == rootPath || path.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/")
    }
}
