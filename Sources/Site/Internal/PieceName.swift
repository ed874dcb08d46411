import Utilities

/// What names a piece of a `PiecesFile`, stored in its index: a kept page's file, a report row's fingerprint.
protocol PieceName: Hashable {
    init(storedName reader: inout ByteReader) throws
    func storeName(into writer: inout ByteWriter)
}

extension String: PieceName {
    init(storedName reader: inout ByteReader) throws { self = try reader.string() }
    func storeName(into writer: inout ByteWriter) { writer.add(self) }
}

extension Fingerprint: PieceName {
    init(storedName reader: inout ByteReader) throws { self = try reader.fingerprint() }
    func storeName(into writer: inout ByteWriter) { writer.add(self) }
}
