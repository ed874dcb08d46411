/// Text written into YAML by Signpost (an imported record, a new site's settings, an imported guide's front matter):
/// the one escaper for YAML.
public enum YAMLScalar {
    /// A YAML double-quoted scalar: `"St Mary's \"North\" site"`.
    public static func quoted(_ text: String) -> String {
        "\"" + insideQuotes(text) + "\""
    }

    /// The text as it is written between a double-quoted scalar's quotes: backslashes and quotes escaped, line breaks
    /// and tabs as `\n` and `\t`, other control characters left out.
    public static func insideQuotes(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7f { continue }
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
