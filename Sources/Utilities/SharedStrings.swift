/// Text that many records repeat (a heading most guides have, a source many cite, a link to the same page), held
/// once however often it is read.
///
/// A string of more than 15 bytes is an allocation of its own: the 10,000 guides a build takes from its cache hold
/// some 200,000 headings, links and sources, most of them copies of a few thousand. A reader given this table
/// (`ByteReader.sharedString()`) hands out the one string of each text, which every page that repeats it then shares.
///
/// Used from every core at once: the texts are spread by their hash over stripes, each with its own lock, so two
/// threads seldom wait for each other. Let it go once the records are read; the strings stay with the records.
public final class SharedStrings: @unchecked Sendable {
    private final class Stripe: @unchecked Sendable {  // its table is used only under its lock
        let lock = Lock()
        var strings = PathTable<String>()
    }

    private let stripes: [Stripe]

    public init() {
        stripes = (0..<16).map { _ in Stripe() }
    }

    /// The string of the UTF-8 bytes `text`: the one held for them when they were seen before.
    public func string(_ text: UnsafeBufferPointer<UInt8>) -> String {
        shared(text) { String(decoding: text, as: UTF8.self) }
    }

    /// The string held for `text` when it was seen before; otherwise `text`, held from now on.
    public func string(_ text: String) -> String {
        var bytes = text  // the same storage: `withUTF8` reads it in place (a native string's is contiguous)
        return bytes.withUTF8 { shared($0) { text } }
    }

    /// Lets go of the table once the records are read: the strings handed out stay with what holds them.
    public func removeAll() {
        for stripe in stripes { stripe.lock.withLock { stripe.strings = PathTable() } }
    }

    private func shared(_ text: UnsafeBufferPointer<UInt8>, made: () -> String) -> String {
        // Stored in place in the string itself: nothing to share.
        guard text.count > 15 else { return made() }
        // The stripe by the hash's top bits: a stripe's table places its texts by the low bits.
        let hash = UInt(bitPattern: PathTable<String>.quickHash(text))
        let stripe = stripes[Int(hash >> (UInt.bitWidth - 4))]
        return stripe.lock.withLock {
            if let known = stripe.strings.value(atPathBytes: text) { return known }
            let string = made()
            stripe.strings.set(string, atPathBytes: text)
            return string
        }
    }
}
