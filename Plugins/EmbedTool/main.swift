// EmbedTool: writes a Swift file holding the files of some folders, for the EmbedFiles plugin.
//
//     EmbedTool OUTPUT.swift NAME=FOLDER ...
//
// Each NAME becomes `static let NAME: [(path: String, base64: String)]` in an extension of `BuiltIn`, with every file
// under FOLDER (hidden ones left out) by its path inside FOLDER, sorted, so the output is the same on every machine.
import Foundation

func files(under root: URL) -> [String] {
    guard
        let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { return [] }
    var found: [String] = []
    let prefix = root.standardizedFileURL.path + "/"
    for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
        let path = url.standardizedFileURL.path
        if path.hasPrefix(prefix) { found.append(String(path.dropFirst(prefix.count))) }
    }
    return found.sorted()
}

func swiftLiteral(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: EmbedTool OUTPUT.swift NAME=FOLDER ...\n".utf8))
    exit(2)
}
var text = "// Made by the EmbedFiles plugin from the package's folders: do not edit.\n\nextension BuiltIn {\n"
for argument in arguments.dropFirst() {
    guard let equals = argument.firstIndex(of: "=") else { continue }
    let name = argument[..<equals]
    let root = URL(fileURLWithPath: String(argument[argument.index(after: equals)...]))
    text += "    static let \(name): [(path: String, base64: String)] = [\n"
    for path in files(under: root) {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
            FileHandle.standardError.write(Data("EmbedTool: cannot read \(root.path)/\(path)\n".utf8))
            exit(1)
        }
        text += "        (\(swiftLiteral(path)), \(swiftLiteral(data.base64EncodedString()))),\n"
    }
    text += "    ]\n"
}
text += "}\n"
do {
    try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("EmbedTool: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
