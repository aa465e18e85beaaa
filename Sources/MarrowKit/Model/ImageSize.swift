/// The size of an image in CSS pixels, as its file gives it: written on `<img>` as width and
/// height so that the browser keeps the image's room while it loads.
public struct ImageSize: Sendable, Hashable {
    public var width: Int
    public var height: Int
}
