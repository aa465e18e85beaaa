import FlyingFox
import FlyingSocks
import Foundation
import MarrowKit

/// `marrow serve`: builds the site into memory, serves it over HTTP, watches `content/` and
/// `templates/`, and after each save rebuilds what changed and tells open tabs. A broken edit
/// keeps the last good site served; its diagnostics go to `log` and to the pages' overlay.
/// Nothing is written to the output folder.
public final class PreviewServer: @unchecked Sendable {
    public let layout: ProjectLayout
    public let store = SiteStore()
    private let host: String
    private let port: UInt16
    private let log: @Sendable (String) -> Void
    private let builder: IncrementalBuild
    private var server: HTTPServer?
    private var serverTask: Task<Void, Error>?
    private let stopped = NSLock()
    private var isStopped = false
    /// Index builds, one at a time; the number of the newest one asked for.
    private let searchQueue = DispatchQueue(label: "marrow-serve-search")
    private let searchLock = NSLock()
    private var searchRequested = 0

    /// `log` receives lines for the terminal: build summaries and diagnostics.
    public init(layout: ProjectLayout, host: String = "127.0.0.1", port: UInt16 = 8000,
                log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.layout = layout
        self.host = host
        self.port = port
        self.log = log
        builder = IncrementalBuild(layout: layout)
    }

    /// Builds, starts listening and watching; returns the address served (port 0 picks a free one).
    public func start() async throws -> URL {
        // Watching starts before the first build, so that no save is missed.
        let watcher = try FolderWatcher(roots: [layout.content, layout.templates])
        if layout.settings == .bookTOML { watcher.watchFolders([layout.root]) }
        let first = try builder.build()
        watcher.watchFolders(builder.includedFiles.map { $0.deletingLastPathComponent() })
        report(first)
        store.apply(first)
        refreshSearch()
        let address: any SocketAddress = host.contains(":") ? try sockaddr_in6.inet6(ip6: host, port: port)
                                                             : try sockaddr_in.inet(ip4: host, port: port)
        let server = HTTPServer(address: address, timeout: 30, logger: .disabled, handler: SiteHandler(store: store))
        self.server = server
        serverTask = Task { try await server.run() }
        try await server.waitUntilListening()
        var bound = port
        if case .ip4(_, let p)? = await server.listeningAddress { bound = p }
        if case .ip6(_, let p)? = await server.listeningAddress { bound = p }
        let thread = Thread { [self] in self.watch(watcher) }
        thread.name = "marrow-serve-watcher"
        thread.start()
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return URL(string: "http://\(shownHost):\(bound)/")!
    }

    /// Stops serving and watching.
    public func stop() async {
        stopped.withLock { isStopped = true }
        await server?.stop(timeout: 1)
        serverTask?.cancel()
    }

    private var shouldStop: Bool { stopped.withLock { isStopped } }

    private func watch(_ watcher: FolderWatcher) {
        while !shouldStop {
            let changed = watcher.nextBatch(until: { self.shouldStop })
            guard !changed.isEmpty, !shouldStop else { continue }
            do {
                let result = try builder.build(changed: changed)
                report(result)
                store.apply(result)
                refreshSearch()
            } catch {
                log("error: \(error)")
            }
        }
    }

    /// The search index after the pages, off the watcher's thread: a save shows in its page at once
    /// and in search a moment later, and the next save is not kept waiting. Of several pending
    /// indexes only the newest is built (each holds every page's sections).
    private func refreshSearch() {
        guard let input = builder.takeSearchInput() else { return }
        let token = searchLock.withLock { () -> Int in
            searchRequested += 1
            return searchRequested
        }
        let isNewest = { [self] in searchLock.withLock { searchRequested == token } }
        searchQueue.async { [self] in
            guard isNewest() else { return }
            let start = Date()
            let output = input.files()
            guard isNewest() else { return }
            let count = store.replaceSearch(with: output)
            if count > 0 {
                log("Search index: \(count) files updated in \(Int((Date().timeIntervalSince(start) * 1000).rounded())) ms")
            }
        }
    }

    private func report(_ result: IncrementalBuild.Result) {
        let formatter = DiagnosticFormatter()
        for diagnostic in result.diagnostics { log(formatter.format(diagnostic)) }
        let ms = Int((result.seconds * 1000).rounded())
        let errors = result.diagnostics.errorCount, warnings = result.diagnostics.warningCount
        let counts = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if result.failed {
            log("Build failed: \(counts), in \(ms) ms; still serving the last good build")
        } else if result.rebuiltEverything {
            log("Built \(result.pageCount) pages, \(counts), in \(ms) ms")
        } else {
            log("Rebuilt \(result.renderedPages) of \(result.pageCount) pages (\(result.changed.count) files changed), \(counts), in \(ms) ms")
        }
    }
}
