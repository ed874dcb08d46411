import Diagnostics
import Utilities

/// The page served while the site has never built: the problems, for the overlay to sit over.
enum ProblemsPage {
    static func html(_ problems: [Diagnostic]) -> String {
        let items = problems.map { "<li><pre>\(Escape.attribute($0.formatted))</pre></li>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>The site could not be built</title></head>
            <body>
            <main>
            <h1>The site could not be built</h1>
            <p>Fix these problems and save the file: this page will update by itself.</p>
            <ul>
            \(items)
            </ul>
            </main>
            </body>
            </html>

            """
    }
}
