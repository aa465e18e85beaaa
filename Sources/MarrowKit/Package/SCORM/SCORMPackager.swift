import Foundation

/// `marrow package --format scorm-1.2|scorm-2004`: the site as a SCORM package for an LMS (Moodle,
/// Canvas, Blackboard...): `imsmanifest.xml` at the root, the built site, and a launch page.
///
/// One SCO for the whole book, not one per chapter: the book is one site whose chapters link to
/// each other, share search and "Read next", and whose quiz answers and progress live together; as
/// one SCO, following a link stays inside the learner's session, and the SCO itself knows when every
/// chapter has been visited (completion) and what the quizzes score. The organisation therefore has
/// one item, the book; its chapters are the book's own contents inside it.
public struct SCORMPackager {
    public enum Version: String, CaseIterable, Sendable {
        case scorm12 = "scorm-1.2", scorm2004 = "scorm-2004"
    }

    public let layout: ProjectLayout
    public let version: Version

    public init(layout: ProjectLayout, version: Version) {
        self.layout = layout
        self.version = version
    }

    static let launchPage = "scorm-launch.html"

    /// Builds the site into a temporary folder, then writes the package (atomically).
    public func write(to output: URL, diagnostics: inout [Diagnostic]) throws -> Bool {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("marrow-scorm-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var site = layout
        site.output = scratch.appendingPathComponent("site")
        let report = try BuildPipeline(layout: site, options: .init(mode: .write)).run()
        diagnostics += report.diagnostics
        guard !report.failed, let config = report.config else { return false }
        var files = try Self.read(site.output)
        // The book's quizzes, counted on its pages as built (the home page copies the first).
        let pages = Set(report.pagePaths)
        let quizzes = files.filter { pages.contains($0.path) }.reduce(0) { count, file in
            count + String(decoding: file.data, as: UTF8.self).components(separatedBy: "<form class=\"quiz\"").count - 1
        }
        files = files.map { ($0.path, $0.path.hasSuffix(".html") ? Self.withPageScript($0.data, path: $0.path) : $0.data) }
        files.append(("assets/scorm-page.js", Data(SCORMRuntime.pageScript.utf8)))
        files.append(("assets/scorm-launch.js", Data(SCORMRuntime.launchScript.utf8)))
        files.append(("assets/scorm-launch.css", Data(SCORMRuntime.launchStyle.utf8)))
        files.append(("assets/scorm-data.js", Data(Self.dataScript(config: config, pages: report.pagePaths, quizzes: quizzes, version: version).utf8)))
        files.append((Self.launchPage, Data(Self.launchHTML(title: config.title, language: config.language).utf8)))
        files.sort { $0.path < $1.path }
        let manifest = SCORMManifest(config: config, version: version, files: files.map(\.path)).xml()
        try DeterministicZip.write([("imsmanifest.xml", Data(manifest.utf8))] + files, to: output)
        return true
    }

    /// Every file under `folder`, by path, in a fixed order.
    static func read(_ folder: URL) throws -> [(path: String, data: Data)] {
        var out: [(String, Data)] = []
        let base = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            let path = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            out.append((path, try Data(contentsOf: url)))
        }
        return out.sorted { $0.0 < $1.0 }
    }

    /// The page with the package's page script loaded first among its scripts.
    static func withPageScript(_ data: Data, path: String) -> Data {
        var html = String(decoding: data, as: UTF8.self)
        let root = ContentPath.rootPrefix(forPage: path)
        let tag = "<script src=\"\(root)assets/scorm-page.js\"></script>\n"
        if let script = html.range(of: "<script") {
            html.insert(contentsOf: tag, at: script.lowerBound)
        } else if let head = html.range(of: "</head>") {
            html.insert(contentsOf: tag, at: head.lowerBound)
        }
        return Data(html.utf8)
    }

    /// What the launch script needs: the version, the pages in reading order, how many quizzes
    /// there are, the mastery score, and the book's title (the quizzes' storage key).
    static func dataScript(config: BookConfig, pages: [String], quizzes: Int, version: Version) -> String {
        struct Payload: Encodable {
            let version: String
            let title: String
            let pages: [String]
            let quizzes: Int
            let mastery: Int?
        }
        let payload = Payload(version: version == .scorm12 ? "1.2" : "2004", title: config.title, pages: pages, quizzes: quizzes,
                              mastery: config.masteryScore)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(payload)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "window.marrowScormData = \(json.replacingOccurrences(of: "<", with: "\\u003c"));\n"
    }

    static func launchHTML(title: String, language: String) -> String {
        let t = HTMLEscaping.escape(title)
        return """
        <!DOCTYPE html>
        <html lang="\(HTMLEscaping.escape(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:">
        <title>\(t)</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="assets/scorm-launch.css">
        <script src="assets/scorm-data.js"></script>
        <script src="assets/scorm-launch.js" defer></script>
        </head>
        <body>
        <iframe id="marrow-book" title="\(t)"></iframe>
        </body>
        </html>

        """
    }
}

/// `imsmanifest.xml`: one organisation with the book as its one item, one SCO resource (the launch
/// page) naming every file of the package.
struct SCORMManifest {
    let config: BookConfig
    let version: SCORMPackager.Version
    let files: [String]

    func xml() -> String {
        func x(_ text: String) -> String { XHTMLSerializer.escape(text) }
        let identifier = "MARROW-" + StableHash.hex(EPUBContents.identifier(config))
        let title = x(config.title)
        let fileList = (["imsmanifest.xml"] + files).map { "<file href=\"\(x($0))\"/>" }.joined(separator: "\n")
        let (namespaces, schemaVersion, scormType, visible) = version == .scorm12
            ? (Self.namespaces12, "1.2", "adlcp:scormtype", " isvisible=\"true\"")
            : (Self.namespaces2004, "2004 4th Edition", "adlcp:scormType", "")
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest identifier="\(identifier)" version="1"
        \(namespaces)>
        <metadata>
        <schema>ADL SCORM</schema>
        <schemaversion>\(schemaVersion)</schemaversion>
        </metadata>
        <organizations default="ORG-1">
        <organization identifier="ORG-1">
        <title>\(title)</title>
        <item identifier="ITEM-BOOK" identifierref="RES-BOOK"\(visible)>
        <title>\(title)</title>\(mastery())
        </item>
        </organization>
        </organizations>
        <resources>
        <resource identifier="RES-BOOK" type="webcontent" \(scormType)="sco" href="\(SCORMPackager.launchPage)">
        \(fileList)
        </resource>
        </resources>
        </manifest>

        """
    }

    /// The mastery score: the 1.2 item's `masteryscore`, 2004's primary objective satisfied by measure.
    func mastery() -> String {
        guard let score = config.masteryScore else { return "" }
        switch version {
        case .scorm12:
            return "\n<adlcp:masteryscore>\(score)</adlcp:masteryscore>"
        case .scorm2004:
            return """

            <imsss:sequencing>
            <imsss:objectives>
            <imsss:primaryObjective objectiveID="PRIMARYOBJ" satisfiedByMeasure="true">
            <imsss:minNormalizedMeasure>\(String(format: "%.2f", Double(score) / 100))</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
            </imsss:objectives>
            </imsss:sequencing>
            """
        }
    }

    static let namespaces12 = """
      xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
      xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"
    """

    static let namespaces2004 = """
      xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
      xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
      xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
      xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
      xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"
    """
}
