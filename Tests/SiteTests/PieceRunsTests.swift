import Foundation
import Testing
import Utilities

@testable import Site

/// The kept pages' file read a run at a time: each piece is its own bytes in whatever order, and from however many
/// threads, they are asked for; a spoilt piece, or one the file does not hold, is refused.
struct PieceRunsTests {
    typealias Piece = PiecesFile<String>.Piece

    /// A file of `length` bytes, none the same as the one before, and pieces of 1 to 3,000 bytes end to end over it.
    static func file(in folder: URL, length: Int) throws -> (OpenFile, bytes: [UInt8], pieces: [Piece]) {
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 / 251) }
        let path = folder.appendingPathComponent("pages")
        try Data(bytes).write(to: path)
        var pieces: [Piece] = []
        var start = 0
        while start < length {
            let end = min(length, start + 1 + (start * 31) % 3_000)
            pieces.append(Piece(range: start..<end, check: Fingerprint.of(bytes[start..<end])))
            start = end
        }
        return (try OpenFile(path.path), bytes, pieces)
    }

    @Test(arguments: ["in order", "backwards", "every third, three times over"])
    func eachPieceIsItsOwnBytesInAnyOrder(order: String) throws {
        let folder = try CacheManifestTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (file, bytes, pieces) = try Self.file(in: folder, length: 5 * PieceRuns<String>.runLength + 123)
        let runs = PieceRuns<String>(file)
        let asked: [Int] =
            switch order {
            case "in order": Array(pieces.indices)
            case "backwards": pieces.indices.reversed()
            default: (0..<3).flatMap { offset in stride(from: offset, to: pieces.count, by: 3) }
            }
        for index in asked {
            #expect(try runs.read(pieces[index]) == Array(bytes[pieces[index].range]))
        }
    }

    @Test func manyThreadsReadingStretchesOfTheFileEachHaveTheirOwn() throws {
        let folder = try CacheManifestTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (file, bytes, pieces) = try Self.file(in: folder, length: 20 * PieceRuns<String>.runLength)
        let runs = PieceRuns<String>(file)
        let read = Parallel.map(Array(pieces.indices)) { index in (try? runs.read(pieces[index])) ?? [] }
        #expect(read == pieces.map { Array(bytes[$0.range]) })
    }

    @Test func aSpoiltPieceOrOneBeyondTheFilesEndIsRefused() throws {
        let folder = try CacheManifestTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (file, bytes, pieces) = try Self.file(in: folder, length: 1_000)
        let runs = PieceRuns<String>(file)
        let spoilt = Piece(range: pieces[0].range, check: Fingerprint.of(bytes[1..<pieces[0].range.upperBound]))
        #expect(throws: ByteReader.Malformed.self) { try runs.read(spoilt) }
        let beyond = Piece(range: 900..<1_001, check: Fingerprint.of(bytes[900..<1_000]))
        #expect(throws: ByteReader.Malformed.self) { try runs.read(beyond) }
        // The pieces it holds are read all the same, from the run read for the spoilt one.
        #expect(try runs.read(pieces[1]) == Array(bytes[pieces[1].range]))
    }
}
