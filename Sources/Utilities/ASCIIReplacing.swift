extension String {
    /// This text with every `byte` (an ASCII character) replaced by `replacement`, found a byte at a time.
    ///
    /// The standard library's `replacing` matches `Character`s through generic collection code, hundreds of
    /// instructions a byte (the longest step of writing the Open Referral feed). An ASCII byte is never part of
    /// another character's UTF-8, so every one is found, also where a combining mark follows it and makes one
    /// `Character` of the two (a `"` before an accent is still a quote to double in a CSV field).
    public func replacing(ascii byte: UInt8, with replacement: String) -> String {
        precondition(byte < 0x80, "only an ASCII byte stands alone in UTF-8")
        guard utf8.contains(byte) else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + utf8.count / 4)
        for each in utf8 {
            if each == byte { bytes.append(contentsOf: replacement.utf8) } else { bytes.append(each) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
