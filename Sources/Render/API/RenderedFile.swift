/// A file of the finished site: its path under the output folder, and its text.
public struct RenderedFile: Sendable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
