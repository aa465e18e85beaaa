import FlyingFox
import FlyingSocks
import Foundation

/// Answers every request from the in-memory site: pages (with the reload script added),
/// assets, the 404 page for misses, and the reload script's own endpoints under `/__marrow/`.
struct SiteHandler: HTTPHandler {
    let store: SiteStore

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: HTTPHeaders([.contentType: "text/plain; charset=utf-8"]), body: Data("Method not allowed\n".utf8))
        }
        let raw = request.target.path()
        // Read before the file: a build landing in between makes the tab reload once more, never miss one.
        let generation = store.currentGeneration
        switch raw {
        case ReloadClient.scriptPath:
            return ok(Data(ReloadClient.script.utf8), type: "text/javascript; charset=utf-8")
        case ReloadClient.statusPath:
            return ok(ReloadClient.json(store.currentStatus), type: "application/json")
        case ReloadClient.eventsPath:
            return EventStream.response(store: store, page: request.query["page"] ?? "", since: Int(request.query["since"] ?? "") ?? 0)
        default:
            break
        }
        guard let (path, isFolder) = SitePath.resolve(raw) else { return notFound(page: "404.html", generation: generation) }
        let key = isFolder ? (path.isEmpty ? "index.html" : path + "/index.html") : path
        guard let data = store.file(key) else {
            // Browsers ask for one unprompted; a site without one gets an empty answer, not an error.
            if key == "favicon.ico" { return HTTPResponse(statusCode: .noContent) }
            if !isFolder, store.isFolder(path) {
                return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: raw + "/"]))
            }
            return notFound(page: key, generation: generation)
        }
        return page(key, data, status: .ok, generation: generation)
    }

    /// A file of the site; `page` is what the reload script watches (the missing path on a 404,
    /// so that the tab reloads once that page exists).
    private func page(_ key: String, _ data: Data, status: HTTPStatusCode, generation: Int, watching page: String? = nil) -> HTTPResponse {
        let type = SitePath.contentType(of: key)
        var body = data
        if key.hasSuffix(".html") {
            body = ReloadClient.inject(into: data, page: page ?? key, generation: generation)
        }
        return HTTPResponse(statusCode: status, headers: HTTPHeaders([.contentType: type, .cacheControl: "no-store"]), body: body)
    }

    private func ok(_ data: Data, type: String) -> HTTPResponse {
        HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: type, .cacheControl: "no-store"]), body: data)
    }

    /// The site's own 404 page when it has one.
    private func notFound(page missing: String, generation: Int) -> HTTPResponse {
        guard let data = store.file("404.html") else {
            return HTTPResponse(statusCode: .notFound, headers: HTTPHeaders([.contentType: "text/plain; charset=utf-8"]), body: Data("Not found\n".utf8))
        }
        return page("404.html", data, status: .notFound, generation: generation, watching: missing)
    }
}

/// Server-sent events for one open page: `reload` when the page (or a shared file) changed
/// since the build it was served from, otherwise `status` with the current diagnostics.
enum EventStream {
    static func response(store: SiteStore, page: String, since: Int) -> HTTPResponse {
        let (stream, continuation) = AsyncStream<Data>.makeStream()
        let send: @Sendable () -> Void = {
            if store.isStale(page: page, since: since) {
                continuation.yield(Data("event: reload\ndata: {}\n\n".utf8))
            } else {
                let json = String(decoding: ReloadClient.json(store.currentStatus), as: UTF8.self)
                continuation.yield(Data("event: status\ndata: \(json)\n\n".utf8))
            }
        }
        continuation.yield(Data("retry: 500\n\n".utf8))
        send()
        let listener = store.addListener(send)
        // A comment now and then finds out when the tab has gone, so its listener is dropped.
        let ping = Task {
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 10_000_000_000)
                if case .terminated = continuation.yield(Data(": ping\n\n".utf8)) { break }
            }
        }
        continuation.onTermination = { _ in
            store.removeListener(listener)
            ping.cancel()
        }
        return HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: "text/event-stream", .cacheControl: "no-store"]),
                            body: HTTPBodySequence(from: EventBytes(stream: stream)))
    }
}

/// An `AsyncStream` of messages as the byte sequence FlyingFox sends, chunk by chunk.
struct EventBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let stream: AsyncStream<Data>

    func makeAsyncIterator() -> Iterator {
        Iterator(base: stream.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<Data>.Iterator
        var pending: [UInt8] = []

        mutating func next() async -> UInt8? {
            await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            while pending.isEmpty {
                guard let data = await base.next() else { return nil }
                pending = Array(data)
            }
            let taken = Array(pending.prefix(Swift.max(1, count)))
            pending.removeFirst(taken.count)
            return taken
        }
    }
}
