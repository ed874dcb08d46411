import Foundation

/// JSON to put inside a `<script>` element: keys sorted (so builds are identical), and `<`, `>` and `&`
/// written as `\u003c` escapes so no value can end the script or start markup.
enum HTMLSafeJSON {
    static func encode(_ value: Any) -> String {
        guard JSONSerialization.isValidJSONObject(value),
            let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return "{}" }
        return String(decoding: data, as: UTF8.self)
            .replacing("<", with: "\\u003c").replacing(">", with: "\\u003e").replacing("&", with: "\\u0026")
    }
}
