/// A file as the EmbedFiles plugin wrote it into the binary: UTF-8 text as a string literal, whose bytes are copied
/// as they are; any other file in Base64.
enum EmbeddedFile {
    case text(String)
    case base64(String)
}
