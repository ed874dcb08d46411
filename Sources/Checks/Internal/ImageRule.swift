import Content
import Diagnostics

/// Every picture has alt text (or is marked decorative) and is a file in the content folder.
struct ImageRule: PageRule {
    func check(_ page: ContentPage, _ context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for image in page.document.images {
            let location = page.location(image.position)
            if image.alt.isEmpty && !image.isDecorative {
                found.append(
                    .error(
                        "image has no alt text", at: location,
                        hint:
                            "describe the picture inside the square brackets: ![what the picture shows](\(image.source)), or write ![decorative](\(image.source)) if it only decorates the page"
                    ))
            }
            switch context.index.target(of: image.source, from: page.sourcePath) {
            case .asset:
                break
            case .external:
                found.append(
                    .error(
                        "pictures must be files in the content folder, not on another website: `\(image.source)`", at: location,
                        hint:
                            "save the picture in Content/images/ and link to it there, so no reader's browser contacts another website"
                    ))
            case .missing(let path):
                found.append(
                    .error(
                        "picture `\(image.source)` does not exist (looked for Content/\(path))", at: location,
                        hint: "check the file name and that the path is relative to this file, for example ../../images/map.svg"))
            case .outside:
                found.append(
                    .error(
                        "picture `\(image.source)` is outside the content folder", at: location,
                        hint: "save the picture in Content/images/"))
            case .page, .sameDocument:
                found.append(
                    .error(
                        "`\(image.source)` is not a picture", at: location,
                        hint: "use a PNG, JPEG, GIF or SVG file"))
            }
        }
        return found
    }
}
