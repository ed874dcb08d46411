import Diagnostics
import Utilities

/// Reads one Markdown or YAML file of the content folder, up to `InputLimits.fileBytes`, reporting a file that
/// cannot be read, or is too large, as an error at its path.
enum ContentFileReader {
    static func bytes(_ path: String, display: String, sink: DiagnosticSink) -> [UInt8]? {
        do {
            return try FileSystem.readBytes(path, limit: InputLimits.fileBytes)
        } catch let failure as FileSystem.Failure where failure.isTooLarge {
            sink.error(
                "this file is too large to read: \(failure.reason)", at: SourceLocation(path: display),
                hint: "split it into smaller files: no guide or record comes near \(InputLimits.fileBytes / 1_000_000) MB")
        } catch let failure as FileSystem.Failure {
            sink.error(
                "cannot read this file: \(failure.reason)", at: SourceLocation(path: display),
                hint: "check that it is an ordinary file that you (and the build) may read")
        } catch {
            sink.error(
                "cannot read this file: \(error)", at: SourceLocation(path: display),
                hint: "check that it is an ordinary file that you (and the build) may read")
        }
        return nil
    }

    /// The file as text, without a byte-order mark.
    static func text(_ path: String, display: String, sink: DiagnosticSink) -> String? {
        bytes(path, display: display, sink: sink).map(text(of:))
    }

    /// The text of a file's bytes, without a byte-order mark.
    static func text(of bytes: [UInt8]) -> String {
        String(decoding: bytes.starts(with: FileSystem.byteOrderMark) ? bytes.dropFirst(3) : bytes[...], as: UTF8.self)
    }
}
