// EmbedTool: writes a Swift file holding the files of some folders, for the EmbedFiles plugin.
//
//     EmbedTool OUTPUT.swift NAME=FOLDER ...
//
// Each NAME becomes `static let NAME: [(path: String, file: EmbeddedFile)]` in an extension of `BuiltIn`, with every
// file under FOLDER (hidden ones left out) by its path inside FOLDER, sorted, so the output is the same on every
// machine. A file of UTF-8 text is a string literal (`.text`), whose bytes the binary holds as they are, so a build
// copies them rather than decoding them; any other file is Base64 (`.base64`).
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

/// `text` as a Swift string literal of the same bytes: printable ASCII as it is (but `\\` and `"`), every other
/// scalar escaped as its value (`\u{A}`), so no line ending, control or direction character is in the source.
///
/// U+FDD0 to U+FDEF are written as they are: the compiler refuses them as escapes, though not in the text itself.
/// Signpost's own files have no line ending but `\n` and no control character, so the tests (which compare every
/// embedded template with `Templates/`) see plain and non-ASCII text only; the rest follows from escaping each
/// scalar on its own.
func swiftLiteral(_ text: String) -> String {
    var literal = "\""
    for scalar in text.unicodeScalars {
        switch scalar.value {
        case 0x5C: literal += "\\\\"
        case 0x22: literal += "\\\""
        case 0x20...0x7E, 0xFDD0...0xFDEF: literal.unicodeScalars.append(scalar)
        default: literal += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
    return literal + "\""
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
    text += "    static let \(name): [(path: String, file: EmbeddedFile)] = [\n"
    for path in files(under: root) {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
            FileHandle.standardError.write(Data("EmbedTool: cannot read \(root.path)/\(path)\n".utf8))
            exit(1)
        }
        // Valid UTF-8 (decoding it gives the same bytes back) is embedded as text.
        let decoded = String(decoding: data, as: UTF8.self)
        let file =
            Array(decoded.utf8) == [UInt8](data)
            ? ".text(\(swiftLiteral(decoded)))" : ".base64(\(swiftLiteral(data.base64EncodedString())))"
        text += "        (\(swiftLiteral(path)), \(file)),\n"
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
