import ArgumentParser
import Foundation
import MarrowKit
import MarrowServe

@main
struct Marrow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds a cross-linked course site from Markdown.",
        subcommands: [Build.self, Check.self, Serve.self, Init.self, Package.self],
        defaultSubcommand: Build.self)
}

struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: "The project folder, holding content/ and templates/.")
    var root: String = "."

    @Option(name: .long, help: "The output folder (default: <root>/public).")
    var output: String?

    @Flag(name: .long, help: "Treat warnings as errors.")
    var warningsAsErrors = false

    @Option(name: .long, help: "Diagnostic format: text, github or json.")
    var format: String = "text"

    @Flag(name: .long, help: "Print how long each stage of the build took and the most memory it held.")
    var timings = false

    var layout: ProjectLayout { Self.layout(root: root, output: output) }

    static func layout(root: String, output: String?) -> ProjectLayout {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let rootURL = URL(fileURLWithPath: root, relativeTo: cwd)
        return MdBookProject.layout(root: rootURL, output: output.map { URL(fileURLWithPath: $0, relativeTo: cwd) })
    }

    func run(_ mode: BuildPipeline.Mode) throws {
        guard let diagnosticFormat = DiagnosticFormat(rawValue: format) else {
            throw ValidationError("unknown format '\(format)'; use text, github or json")
        }
        let pipeline = BuildPipeline(layout: layout, options: .init(mode: mode, warningsAsErrors: warningsAsErrors, stagePeaks: timings))
        let report: BuildPipeline.Report
        do {
            report = try pipeline.run()
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let console = ReportPrinter(formatter: DiagnosticFormatter(format: diagnosticFormat), timings: timings)
        console.print(report, mode: mode)
        if report.failed { throw ExitCode(1) }
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build content/ into the output folder.")

    @OptionGroup var project: ProjectOptions

    @Flag(name: .long, help: "Compare a fresh build with the output folder without writing; fail when they differ.")
    var check = false

    func run() throws {
        try project.run(check ? .compare : .write)
    }
}

struct Package: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the book as a package: an EPUB 3 (--format epub) or a SCORM package for an LMS (--format scorm-1.2 or scorm-2004).")

    @Option(name: .long, help: "The project folder, holding content/ and templates/.")
    var root = "."

    @Option(name: .long, help: "The package format: epub, scorm-1.2 or scorm-2004.")
    var format = "epub"

    @Option(name: .long, help: "The file to write.")
    var output: String?

    @Option(name: .long, help: "Write every package book.yml lists under `packages:` into this folder instead.")
    var listedInto: String?

    func run() throws {
        if let folder = listedInto { return try writeListed(into: folder) }
        guard let output else { throw ValidationError("--output FILE is needed (or --listed-into FOLDER)") }
        try write(format: format, to: output)
    }

    /// The packages `packages:` names, as `<title>.epub` and `<title>-scorm-1.2.zip` in `folder`.
    func writeListed(into folder: String) throws {
        let layout = ProjectOptions.layout(root: root, output: nil)
        var diagnostics: [Diagnostic] = []
        let config = try ProjectLoader(layout: layout).load(diagnostics: &diagnostics).config
        let stem = config.title.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
        for name in config.packages {
            let file = name == "epub" ? "\(stem).epub" : "\(stem)-\(name).zip"
            try write(format: name, to: URL(fileURLWithPath: folder).appendingPathComponent(file).path)
        }
    }

    func write(format: String, to output: String) throws {
        let scorm = SCORMPackager.Version(rawValue: format)
        guard format == "epub" || scorm != nil else { throw ValidationError("unknown package format '\(format)'; use epub, scorm-1.2 or scorm-2004") }
        let layout = ProjectOptions.layout(root: root, output: nil)
        var diagnostics: [Diagnostic] = []
        let wrote: Bool
        do {
            let url = URL(fileURLWithPath: output)
            if let scorm {
                wrote = try SCORMPackager(layout: layout, version: scorm).write(to: url, diagnostics: &diagnostics)
            } else {
                wrote = try EPUBPackager(layout: layout).write(to: url, diagnostics: &diagnostics)
            }
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let formatter = DiagnosticFormatter()
        for diagnostic in diagnostics.sortedForOutput() { FileHandle.standardError.write(Data((formatter.format(diagnostic) + "\n").utf8)) }
        guard wrote else { throw ExitCode(1) }
        print("Wrote \(output)")
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the whole pipeline and report problems, writing nothing.")

    @OptionGroup var project: ProjectOptions

    func run() throws {
        try project.run(.check)
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the site from memory with live reload while you edit; public/ is not written.")

    @Option(name: .long, help: "The project folder, holding content/ and templates/.")
    var root: String = "."

    @Option(name: .long, help: "The port to listen on (0 picks a free one).")
    var port: UInt16 = 8000

    @Option(name: .long, help: "The address to listen on; the default serves this machine only.")
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: "Open the site in the default browser.")
    var open = false

    func run() async throws {
        let layout = ProjectOptions.layout(root: root, output: nil)
        let server = PreviewServer(layout: layout, host: host, port: port) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        let url: URL
        do {
            url = try await server.start()
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
        print("Serving \(layout.displayPath(layout.content)) at \(url.absoluteString) (Ctrl-C to stop)")
        fflush(stdout)
        if open {
            let browser = Process()
            browser.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            browser.arguments = ["xdg-open", url.absoluteString]
            try? browser.run()
        }
        while true { try await Task.sleep(nanoseconds: 3_600_000_000_000) }
    }
}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a new book into a folder (the current one by default); existing files are never replaced.")

    @Argument(help: "The folder for the new book; created if missing.")
    var folder: String = "."

    @Flag(name: .long, help: "Also copy the built-in theme into templates/, to change it.")
    var theme = false

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let url = URL(fileURLWithPath: folder, relativeTo: cwd)
        let result: BookInitializer.Result
        do {
            result = try BookInitializer(folder: url, withTheme: theme).run()
        } catch {
            FileHandle.standardError.write(Data("error: \(error.localizedDescription)\n".utf8))
            throw ExitCode(1)
        }
        for path in result.kept {
            FileHandle.standardError.write(Data("warning: \(path) already exists; left as it is\n".utf8))
        }
        print("Wrote \(result.written.count) file\(result.written.count == 1 ? "" : "s") into \(folder)" +
              (result.kept.isEmpty ? "." : "; kept \(result.kept.count) that already existed."))
        print("Next: marrow serve\(folder == "." ? "" : " --root \(folder)")   (or marrow build)")
    }
}
