/// The shape of a QR code of one version (1 to 40) at error-correction level M, the level Signpost uses: its size, how
/// many codewords it holds, and how they are split into blocks (ISO/IEC 18004:2015, tables 1 and 9).
struct QRVersion {
    /// 1 to 40.
    let number: Int

    /// Modules a side: 21 at version 1, four more each version.
    var size: Int { number * 4 + 17 }

    /// Bits of the byte count in byte mode: 8 up to version 9, 16 from version 10.
    var countBits: Int { number <= 9 ? 8 : 16 }

    /// Error-correction codewords in each block at level M.
    var correctionPerBlock: Int { Self.correctionPerBlock[number] }

    /// Blocks the codewords are split into at level M.
    var blockCount: Int { Self.blockCount[number] }

    /// Every codeword the symbol holds, data and error correction.
    var codewords: Int { dataModules / 8 }

    /// The data codewords: all but the error correction.
    var dataCodewords: Int { codewords - correctionPerBlock * blockCount }

    /// The modules left for codewords once the finder, timing and alignment patterns, the format and version information
    /// and the dark module have theirs (a few of them are remainder bits, left light).
    var dataModules: Int {
        var modules = (16 * number + 128) * number + 64
        if number >= 2 {
            let alignments = number / 7 + 2
            modules -= (25 * alignments - 10) * alignments - 55
            if number >= 7 { modules -= 36 }
        }
        return modules
    }

    /// The rows (and columns) of the alignment patterns' centres, smallest first; none at version 1.
    var alignmentCentres: [Int] {
        guard number > 1 else { return [] }
        let count = number / 7 + 2
        let step = number == 32 ? 26 : (number * 4 + count * 2 + 1) / (count * 2 - 2) * 2
        var centres = [6]
        var centre = size - 7
        for _ in 1..<count {
            centres.insert(centre, at: 1)
            centre -= step
        }
        return centres
    }

    /// The smallest version at level M whose data codewords hold `count` bytes in byte mode, or nil when none does
    /// (more than 2,331 bytes).
    static func smallest(holding count: Int) -> QRVersion? {
        for number in 1...40 {
            let version = QRVersion(number: number)
            if 4 + version.countBits + 8 * count <= version.dataCodewords * 8 { return version }
        }
        return nil
    }

    /// Error-correction codewords a block at level M, by version (index 0 unused).
    private static let correctionPerBlock = [
        0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
        26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
    ]

    /// Blocks at level M, by version (index 0 unused).
    private static let blockCount = [
        0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
        17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
    ]
}
