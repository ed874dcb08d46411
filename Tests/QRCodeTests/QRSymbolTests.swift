import CQRencode
import Testing

@testable import QRCode

/// Signpost's own encoder against libqrencode, the reference: the same version, codewords, patterns and format bits,
/// module for module, once the mask is the same; and the mask chosen by the standard's penalty.
struct QRSymbolTests {
    /// Addresses like a leaflet's, text outside ASCII, and every length at which the version changes, up to the largest
    /// code (2,331 bytes at level M), so that every version's blocks and patterns are compared.
    static let texts: [String] = {
        var texts = [
            "a", "https://example.org/", "https://pals.example-hospital.nhs.uk/guides/concerns/making-a-complaint/",
            "https://pals.example-hospital.nhs.uk/large-print/guides/support/interpreting-and-translation/",
            "tel:+441234567890", "mailto:pals@example-hospital.nhs.uk", "https://example.org/zażółć/اردو/",
        ]
        for number in 1...40 {
            let capacity = (0...2331).last { QRVersion.smallest(holding: $0)?.number ?? 41 <= number } ?? 0
            for length in [capacity, capacity + 1] where (1...2331).contains(length) {
                texts.append(String((0..<length).map { Character(Unicode.Scalar(UInt8(33 + ($0 * 7 + number) % 90))) }))
            }
        }
        return texts
    }()

    @Test(arguments: texts)
    func matchesLibqrencodeWithItsMask(_ text: String) throws {
        let reference = try #require(Self.libqrencode(text))
        let ours = (0..<8).compactMap { QRCode(text, mask: $0) }
        #expect(ours.count == 8)
        #expect(ours.allSatisfy { $0.size == reference.size })
        #expect(
            ours.contains { $0.modules == reference.modules }, "no mask gives libqrencode's code for \(text.utf8.count) bytes")
    }

    @Test(arguments: texts.filter { $0.utf8.count <= 300 })
    func choosesTheMaskOfTheLowestPenalty(_ text: String) throws {
        let chosen = try #require(QRCode(text))
        let penalties = (0..<8).map { mask in
            let code = QRCode(text, mask: mask)
            return (code?.modules.map { $0 ? UInt8(1) : 0 } ?? []).withUnsafeBufferPointer {
                MaskPenalty.score($0, size: chosen.size)
            }
        }
        let best = try #require(penalties.indices.min { penalties[$0] < penalties[$1] })
        #expect(chosen == QRCode(text, mask: best))
    }

    /// The two ways of scoring (module by module, and a word a row and a column) agree on every mask of every code
    /// small enough for words.
    @Test(arguments: texts.filter { $0.utf8.count <= 251 })
    func scoringByWordsAgreesWithScoringByModules(_ text: String) throws {
        for mask in 0..<8 {
            let code = try #require(QRCode(text, mask: mask))
            let size = code.size
            let modules = code.modules.map { $0 ? UInt8(1) : 0 }
            var rows = [UInt64](repeating: 0, count: size)
            var columns = rows
            for row in 0..<size {
                for column in 0..<size where code.isDark(row: row, column: column) {
                    rows[row] |= 1 << UInt64(column)
                    columns[column] |= 1 << UInt64(row)
                }
            }
            let byModules = modules.withUnsafeBufferPointer { MaskPenalty.score($0, size: size) }
            let byWords = rows.withUnsafeBufferPointer { rows in
                columns.withUnsafeBufferPointer { MaskPenalty.score(rows: rows, columns: $0, size: size) }
            }
            #expect(byModules == byWords, "mask \(mask) of a code of \(size) modules")
            #expect(byModules > 0)
        }
    }

    @Test func versionsHoldWhatTheStandardSays() {
        // Byte-mode capacities at level M (ISO/IEC 18004:2015, table 7).
        let capacities = [1: 14, 2: 26, 5: 84, 7: 122, 10: 213, 20: 666, 27: 1125, 40: 2331]
        for (number, capacity) in capacities {
            #expect(QRVersion.smallest(holding: capacity)?.number == number, "version \(number)")
            #expect(QRVersion.smallest(holding: capacity + 1)?.number == number + 1 || number == 40)
        }
        #expect(QRVersion.smallest(holding: 2332) == nil)
        #expect(QRVersion(number: 7).alignmentCentres == [6, 22, 38])
        #expect(QRVersion(number: 32).alignmentCentres == [6, 34, 60, 86, 112, 138])
        #expect(QRVersion(number: 40).alignmentCentres == [6, 30, 58, 86, 114, 142, 170])
    }

    @Test func tooLongOrEmptyTextHasNoCode() {
        #expect(QRCode(String(repeating: "a", count: 2332))?.size == nil)
        #expect(QRCode(String(repeating: "a", count: 2331))?.size == 177)
        #expect(QRCode("") == nil)
    }

    /// Each rule of the penalty on one line, or on a small square, worked out by hand.
    @Test(arguments: [
        // Runs: five of a colour score 3, each one more 1; the light edges do not lengthen a run.
        ("00000", 3), ("000000", 4), ("0000000", 5), ("0100100", 0), ("1111101111", 3),
        // A finder look-alike scores 40 for each side with four light widths (the edge counts as light).
        ("0000101110101", 40), ("1010111010000", 40), ("00001011101", 80), ("1011101", 80), ("0010111010", 80),
        // Less than four light widths on both sides, or not 1:1:3:1:1: nothing.
        ("100010111010001", 0), ("11011100", 0), ("0000101101", 0),
        // Two modules a unit: the run of eight light scores 6 and the six dark 4; both sides reach the edge.
        ("00000000110011111100110", 6 + 4 + 80), ("01100111111001100000001", 4 + 5 + 40),
    ])
    func penaltyOfALine(_ line: String, expected: Int) {
        let modules = line.utf8.map { $0 == UInt8(ascii: "1") ? UInt8(1) : 0 }
        let score = modules.withUnsafeBufferPointer { MaskPenalty.lineScore($0, start: 0, step: 1, size: modules.count) }
        #expect(score == expected, "\(line)")
        // The same line as bits, the way a symbol of up to 64 modules a side is scored.
        let word = modules.indices.reduce(UInt64(0)) { $0 | UInt64(modules[$1]) << UInt64($1) }
        let byWord = withUnsafeTemporaryAllocation(of: Int.self, capacity: modules.count + 2) { runs in
            runs.baseAddress.map { MaskPenalty.wordScore(word, size: modules.count, runs: $0) } ?? -1
        }
        #expect(byWord == expected, "\(line) as a word")
    }

    /// A line scored as a word and module by module scores the same, at every width a word holds.
    ///
    /// Lines of 1 to 64 modules, drawn from a seeded sequence, with dark runs at either edge and look-alikes of several
    /// modules a unit among them.
    @Test func penaltyOfALineAsAWordAgreesOnEveryWidth() {
        var state: UInt64 = 0x5EED
        func next() -> UInt64 {  // SplitMix64: the same lines on every run
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
        var lines: [(UInt64, Int)] = []
        for size in 1...64 {
            let inside = size == 64 ? UInt64.max : (1 << UInt64(size)) - 1
            lines += [(inside, size), (0, size), (inside & 0x3F, size), (inside & 0x7E, size), (inside & ~0x3F, size)]
            for _ in 0..<200 {
                // Mostly long runs, as in a finder pattern and its look-alikes, and some noise.
                let a = next()
                let b = next()
                lines.append((inside & (size % 2 == 0 ? a & b | (a >> 3) : a ^ (b << 1)), size))
                lines.append((inside & a, size))
            }
        }
        lines.append((0b1011101_0000, 64))
        lines.append((UInt64(0b1011101) << 57, 64))
        lines.append((UInt64(0b11_00_111111_00_11) << 50, 64))
        // Three modules a unit, four and nine; a run of six, seven and nine dark from either edge.
        lines.append((0b111_000_111111111_000_111 << 12, 64))
        lines.append((0b1111_0000_111111111111_0000_1111 << 20, 64))
        lines.append((0x1FF | ((1 << 27) - 1) << 18 | 0x1FF << 54, 63))  // nine a unit: the line is the look-alike
        lines.append((0b11_00_111111_00_11, 30))  // two a unit, from the first module
        for run in [6, 7, 9] {
            lines.append(((1 << UInt64(run)) - 1, 30))
            lines.append((((1 << UInt64(run)) - 1) << 1, 30))
            lines.append((((1 << UInt64(run)) - 1) << UInt64(64 - run), 64))
        }
        for (word, size) in lines {
            let modules = (0..<size).map { UInt8(truncatingIfNeeded: word >> UInt64($0) & 1) }
            let byModules = modules.withUnsafeBufferPointer { MaskPenalty.lineScore($0, start: 0, step: 1, size: size) }
            let byWord = withUnsafeTemporaryAllocation(of: Int.self, capacity: size + 2) { runs in
                runs.baseAddress.map { MaskPenalty.wordScore(word, size: size, runs: $0) } ?? -1
            }
            #expect(byWord == byModules, "\(String(word, radix: 2)) of \(size)")
        }
    }

    @Test func penaltyOfBlocksAndBalance() {
        // All dark, 3 by 3: four 2×2 blocks (12), each row and column a run of 3 (0), all dark (90 for balance).
        let dark = [UInt8](repeating: 1, count: 9)
        #expect(dark.withUnsafeBufferPointer { MaskPenalty.score($0, size: 3) } == 12 + 90)
        // A 3 by 3 chequer: no blocks, no runs; 5 of 9 dark is past 55% (10).
        let chequer: [UInt8] = [1, 0, 1, 0, 1, 0, 1, 0, 1]
        #expect(chequer.withUnsafeBufferPointer { MaskPenalty.score($0, size: 3) } == 10)
    }

    /// libqrencode's code of `text`: byte mode, level M, the smallest version, its own choice of mask.
    static func libqrencode(_ text: String) -> (size: Int, modules: [Bool])? {
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M), let data = code.pointee.data else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        return (width, (0..<(width * width)).map { data[$0] & 1 == 1 })
    }
}
