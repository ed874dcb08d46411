import Diagnostics
import Utilities
import Yams

/// Which file a YAML text came from, and on which line of it the YAML starts.
struct YAMLSource {
    let path: String
    /// Lines of the file before the YAML's first line.
    let lineOffset: Int

    func location(_ mark: YAMLMark?) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path, line: lineOffset + 1, column: 1) }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    /// Parses YAML into nodes that keep their line and column, reporting a syntax error at its place.
    ///
    /// The plain YAML that content files are written in is read by `PlainYAML`; anything else, and every mistake,
    /// by libyaml.
    func compose(_ text: String, sink: DiagnosticSink) -> YAMLNode? {
        if let (line, depth) = YAMLDepth.firstTooDeep(text) {
            sink.error(
                "the settings here are nested \(depth) deep: Signpost reads up to \(InputLimits.yamlDepth)",
                at: SourceLocation(path: path, line: lineOffset + line, column: 1),
                hint: "put fewer lists and settings inside each other; check the indentation of this line")
            return nil
        }
        if let plain = PlainYAML.parse(text) { return plain }
        do {
            return try YAMLNode.libyaml(text)
        } catch let error as YamlError {
            let (problem, mark) = YAMLSource.describe(error)
            sink.error(
                "this is not valid YAML: \(problem)", at: location(mark),
                hint: "check the indentation, and put text that contains a colon or starts with a symbol in \"double quotes\"")
        } catch {
            sink.error(
                "this is not valid YAML: \(error)", at: location(nil),
                hint: "check the indentation, and put text that contains a colon or starts with a symbol in \"double quotes\"")
        }
        return nil
    }

    private static func describe(_ error: YamlError) -> (String, YAMLMark?) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let text = context.map { "\($0.text), \(problem)" } ?? problem
            return (text, YAMLMark(mark))
        default:
            return ("\(error)", nil)
        }
    }
}
