import Foundation

/// A file of the built site: a path from the site root and its bytes, or a file to copy.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case data(Data)
        case copy(URL)
    }

    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: .data(Data(text.utf8)))
    }
}
