/// Percent-encodes what cannot stand in a URL as written (spaces, quotes, non-ASCII),
/// leaving reserved characters and existing escapes alone, as libcmark does for links.
enum URLEncoding {
    private static let allowed: Set<UInt8> = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%".utf8))

    static func encode(_ url: String) -> String {
        if url.utf8.allSatisfy({ allowed.contains($0) }) { return url }
        var encoded = ""
        for byte in url.utf8 {
            if allowed.contains(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return encoded
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
