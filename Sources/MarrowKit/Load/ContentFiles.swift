import Foundation

/// Lists the visible files under a folder (hidden files and folders are skipped), as sorted relative paths.
/// One `readdir` walk that does not follow linked folders; only symbolic links are looked at
/// further (FileManager's enumerator fetched every file's attributes, owner name included).
struct ContentFiles {
    let root: URL

    func list() throws -> [String] {
        walk().map(\.path).sorted()
    }

    /// The visible files, split into those inside the folder and links that resolve outside it.
    func index() -> ContentFileIndex {
        let boundary = ContentBoundary(root: root)
        var index = ContentFileIndex(files: [])
        for entry in walk() {
            if !entry.isLink || boundary.contains(root.appendingPathComponent(entry.path)) {
                index.files.insert(entry.path)
            } else {
                index.escaping.insert(entry.path)
            }
        }
        return index
    }

    private struct Entry {
        var path: String
        var isLink: Bool
    }

    private func walk() -> [Entry] {
        let base = root.resolvingSymlinksInPath().standardizedFileURL.path
        var out: [Entry] = []
        var folders = [""]
        while let relative = folders.popLast() {
            let folder = relative.isEmpty ? base : base + "/" + relative
            guard let dir = opendir(folder) else { continue }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
                }
                guard !name.hasPrefix(".") else { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) { type = Self.type(of: base + "/" + path) }
                switch type {
                case Int32(DT_DIR): folders.append(path)
                case Int32(DT_REG): out.append(Entry(path: path, isLink: false))
                case Int32(DT_LNK):
                    // A symbolic link is listed when it leads to a file, so that callers can refuse it by name.
                    var target = stat()
                    if stat(base + "/" + path, &target) == 0, target.st_mode & S_IFMT == S_IFREG { out.append(Entry(path: path, isLink: true)) }
                default: break
                }
            }
        }
        return out
    }

    private static func type(of path: String) -> Int32 {
        var info = stat()
        guard lstat(path, &info) == 0 else { return Int32(DT_UNKNOWN) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return Int32(DT_DIR)
        case S_IFREG: return Int32(DT_REG)
        case S_IFLNK: return Int32(DT_LNK)
        default: return Int32(DT_UNKNOWN)
        }
    }
}

/// Answers whether a path, after following symbolic links, stays inside a folder.
public struct ContentBoundary: Sendable {
    public let root: URL

    private let resolvedRoot: String

    public init(root: URL) {
        self.root = root
        resolvedRoot = root.resolvingSymlinksInPath().standardizedFileURL.path
    }

    public func contains(_ url: URL) -> Bool {
        let rootPath = resolvedRoot
        let path = url.resolvingSymlinksInPath().standardizedFileURL.path
        return path == rootPath || path.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/")
    }
}
