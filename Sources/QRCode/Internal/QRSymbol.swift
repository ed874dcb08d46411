import Utilities

/// A QR code's modules being laid out: the function patterns (finders, timing, alignment, format and version
/// information, the dark module), then the codewords in their two-column zigzag, then the mask with the lowest penalty
/// (ISO/IEC 18004:2015, clauses 7.6 to 7.9).
///
/// Byte mode and error-correction level M only: what a leaflet's or the kiosk's web address needs.
struct QRSymbol: Sendable {
    let version: QRVersion
    let size: Int
    /// Row-major; 1 is a dark module.
    private(set) var modules: [UInt8]
    /// Row-major; true for the modules of the function patterns, which the codewords and the mask leave alone.
    private(set) var isFunction: [Bool]
    /// Where each of the other modules is, row-major, and its row modulo 12 and column modulo 6 (`flipTable`).
    private var dataModules: [Int32] = []
    private var dataPhases: [UInt8] = []
    /// The same modules in the order the codewords' bits are placed (`place`).
    private var placement: [Int32] = []
    /// The same modules as bits, a word a row (bit `c` of word `r` is the module at row `r`, column `c`), for a symbol
    /// of up to 64 modules a side (`BitSymbol`); empty for a larger one.
    private(set) var dataRows: [UInt64] = []

    /// The code of `bytes` at the smallest version that holds them, with the mask of the lowest penalty (or `mask`, 0 to
    /// 7, when given); nil when they are empty or too many for any version.
    init?(_ bytes: [UInt8], mask: Int? = nil) {
        guard !bytes.isEmpty, let version = QRVersion.smallest(holding: bytes.count) else { return nil }
        self = Self.blanks.symbol(of: version)
        place(Self.codewords(of: bytes, in: version))
        let chosen = mask ?? bestMask()
        apply(mask: chosen)
        drawFormat(mask: chosen)
    }

    /// A version's symbol before any codeword: its function patterns, and where its other modules are.
    private init(blank version: QRVersion) {
        self.version = version
        size = version.size
        modules = [UInt8](repeating: 0, count: size * size)
        isFunction = [Bool](repeating: false, count: size * size)
        drawFunctionPatterns()
        if size <= 64 { dataRows = [UInt64](repeating: 0, count: size) }
        for row in 0..<size {
            for column in 0..<size where !isFunction[row * size + column] {
                dataModules.append(Int32(row * size + column))
                dataPhases.append(UInt8(row % 12 * 6 + column % 6))
                if size <= 64 { dataRows[row] |= 1 << UInt64(column) }
            }
        }
        // Up and down two columns at a time from the right, around the function patterns.
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }  // the vertical timing pattern
            let upward = (right + 1) & 2 == 0
            for step in 0..<size {
                let row = upward ? size - 1 - step : step
                for offset in 0..<2 where !isFunction[row * size + right - offset] {
                    placement.append(Int32(row * size + right - offset))
                }
            }
            right -= 2
        }
    }

    /// Each version's blank symbol, laid out once a run: a build encodes thousands of addresses in a few versions.
    private static let blanks = Blanks()

    private final class Blanks: @unchecked Sendable {
        private let lock = Lock()
        private var symbols: [Int: QRSymbol] = [:]

        func symbol(of version: QRVersion) -> QRSymbol {
            if let known = lock.withLock({ symbols[version.number] }) { return known }
            let blank = QRSymbol(blank: version)
            lock.withLock { symbols[version.number] = blank }
            return blank
        }
    }

    // MARK: Codewords

    /// The data codewords (mode, count, bytes, terminator and padding), split into blocks, each block's error
    /// correction worked out, and the blocks interleaved in the order they are placed.
    static func codewords(of bytes: [UInt8], in version: QRVersion) -> [UInt8] {
        var data = BitWriter(capacity: version.dataCodewords)
        data.append(0b0100, bits: 4)  // byte mode
        data.append(bytes.count, bits: version.countBits)
        for byte in bytes { data.append(Int(byte), bits: 8) }
        let capacity = version.dataCodewords * 8
        data.append(0, bits: min(4, capacity - data.count))  // the terminator, cut short when the symbol is full
        data.append(0, bits: (8 - data.count % 8) % 8)
        var pad = 0xEC
        while data.count < capacity {
            data.append(pad, bits: 8)
            pad ^= 0xEC ^ 0x11
        }

        let blockCount = version.blockCount
        let correction = version.correctionPerBlock
        let shortBlocks = blockCount - version.codewords % blockCount
        let shortData = version.codewords / blockCount - correction
        // Block b's data starts at `starts[b]` in `data.bytes`; its correction at `b * correction` in `corrections`.
        var starts: [Int] = []
        var corrections: [UInt8] = []
        corrections.reserveCapacity(blockCount * correction)
        var start = 0
        for block in 0..<blockCount {
            let length = shortData + (block < shortBlocks ? 0 : 1)
            starts.append(start)
            corrections += ReedSolomon.correction(of: data.bytes[start..<(start + length)], degree: correction)
            start += length
        }
        let bytes = data.bytes
        var interleaved: [UInt8] = []
        interleaved.reserveCapacity(version.codewords)
        for index in 0..<shortData {
            for block in 0..<blockCount { interleaved.append(bytes[starts[block] + index]) }
        }
        for block in shortBlocks..<blockCount { interleaved.append(bytes[starts[block] + shortData]) }  // the long blocks' last
        for index in 0..<correction {
            for block in 0..<blockCount { interleaved.append(corrections[block * correction + index]) }
        }
        return interleaved
    }

    // MARK: Function patterns

    private mutating func setFunction(row: Int, column: Int, dark: Bool) {
        modules[row * size + column] = dark ? 1 : 0
        isFunction[row * size + column] = true
    }

    private mutating func drawFunctionPatterns() {
        for index in 0..<size {
            setFunction(row: 6, column: index, dark: index % 2 == 0)
            setFunction(row: index, column: 6, dark: index % 2 == 0)
        }
        drawFinder(row: 3, column: 3)
        drawFinder(row: 3, column: size - 4)
        drawFinder(row: size - 4, column: 3)
        let centres = version.alignmentCentres
        let last = centres.count - 1
        for (rowIndex, row) in centres.enumerated() {
            for (columnIndex, column) in centres.enumerated() {
                let isFinderCorner =
                    (rowIndex == 0 && columnIndex == 0) || (rowIndex == 0 && columnIndex == last)
                    || (rowIndex == last && columnIndex == 0)
                if !isFinderCorner { drawAlignment(row: row, column: column) }
            }
        }
        drawFormat(mask: 0)  // reserves the format modules; each mask draws its own
        drawVersion()
    }

    /// A finder pattern centred at `row`, `column`, with its light separator.
    private mutating func drawFinder(row: Int, column: Int) {
        for rowOffset in -4...4 {
            for columnOffset in -4...4 {
                let distance = max(abs(rowOffset), abs(columnOffset))
                let (y, x) = (row + rowOffset, column + columnOffset)
                if y >= 0 && y < size && x >= 0 && x < size {
                    setFunction(row: y, column: x, dark: distance != 2 && distance != 4)
                }
            }
        }
    }

    private mutating func drawAlignment(row: Int, column: Int) {
        for rowOffset in -2...2 {
            for columnOffset in -2...2 {
                setFunction(
                    row: row + rowOffset, column: column + columnOffset,
                    dark: max(abs(rowOffset), abs(columnOffset)) != 1)
            }
        }
    }

    /// The 15 format bits (level M and `mask`, with their BCH code, masked by 101010000010010), twice, and the dark
    /// module.
    private mutating func drawFormat(mask: Int) {
        let bits = Self.formatBits(mask: mask)
        for place in Self.formatPlaces(size: size) {
            setFunction(row: place.row, column: place.column, dark: place.bit.map { (bits >> $0) & 1 == 1 } ?? true)
        }
    }

    /// The format bits of level M and `mask`: the mask's three bits after level M's two (00), their BCH code, masked.
    static func formatBits(mask: Int) -> Int {
        var remainder = mask
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        return (mask << 10 | remainder) ^ 0x5412
    }

    /// Where each format bit goes (both copies), and the dark module (no bit: always dark).
    static func formatPlaces(size: Int) -> [(row: Int, column: Int, bit: Int?)] {
        var places: [(row: Int, column: Int, bit: Int?)] = []
        for index in 0...5 { places.append((index, 8, index)) }
        places += [(7, 8, 6), (8, 8, 7), (8, 7, 8)]
        for index in 9..<15 { places.append((8, 14 - index, index)) }
        for index in 0..<8 { places.append((8, size - 1 - index, index)) }
        for index in 8..<15 { places.append((size - 15 + index, 8, index)) }
        places.append((size - 8, 8, nil))
        return places
    }

    /// The 18 version bits (with their BCH code), twice, from version 7 on.
    private mutating func drawVersion() {
        guard version.number >= 7 else { return }
        var remainder = version.number
        for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
        let bits = version.number << 12 | remainder
        for index in 0..<18 {
            let dark = (bits >> index) & 1 == 1
            let (near, far) = (index / 3, size - 11 + index % 3)
            setFunction(row: near, column: far, dark: dark)
            setFunction(row: far, column: near, dark: dark)
        }
    }

    // MARK: Codewords and mask

    /// The codewords' bits, most significant first, in the order of `placement`; the remainder bits stay light.
    private mutating func place(_ codewords: [UInt8]) {
        let count = min(codewords.count * 8, placement.count)
        let placement = placement
        modules.withUnsafeMutableBufferPointer { modules in
            for bit in 0..<count {
                modules[Int(placement[bit])] = (codewords[bit >> 3] >> (7 - UInt8(bit & 7))) & 1
            }
        }
    }

    /// Whether mask `mask` flips the module at `row`, `column` (the standard's eight conditions).
    static func flips(_ mask: Int, row: Int, column: Int) -> Bool {
        switch mask {
        case 0: (row + column) % 2 == 0
        case 1: row % 2 == 0
        case 2: column % 3 == 0
        case 3: (row + column) % 3 == 0
        case 4: (row / 2 + column / 3) % 2 == 0
        case 5: row * column % 2 + row * column % 3 == 0
        case 6: (row * column % 2 + row * column % 3) % 2 == 0
        default: ((row + column) % 2 + row * column % 3) % 2 == 0
        }
    }

    /// Flips each module outside the function patterns that `mask` marks.
    private mutating func apply(mask: Int) {
        let pattern = mask * 72
        modules.withUnsafeMutableBufferPointer { modules in
            Self.flipTable.withUnsafeBufferPointer { table in
                for (index, phase) in zip(dataModules, dataPhases) { modules[Int(index)] ^= table[pattern + Int(phase)] }
            }
        }
    }

    /// `flips` for each mask, by the row modulo 12 and the column modulo 6: each mask repeats that often, so the
    /// symbol is masked by looking up, not by dividing.
    private static let flipTable: [UInt8] = (0..<8).flatMap { mask in
        (0..<12).flatMap { row in (0..<6).map { column in flips(mask, row: row, column: column) ? UInt8(1) : 0 } }
    }

    /// The mask whose symbol has the lowest penalty (`MaskPenalty`); the lowest-numbered of equals.
    ///
    /// A symbol up to 64 modules a side (version 11, 251 bytes: every address a guide has) is masked and scored a row and
    /// a column at a time, as bits; a larger one module by module, on a copy.
    private func bestMask() -> Int {
        var penalties: [Int] = []
        if size <= 64 {
            let symbol = BitSymbol(self)
            let format = Self.formatPlaces(size: size)
            for mask in 0..<8 { penalties.append(symbol.penalty(mask: mask, format: format)) }
        } else {
            var trial = self
            for mask in 0..<8 {
                trial.modules = modules
                trial.apply(mask: mask)
                trial.drawFormat(mask: mask)
                penalties.append(trial.modules.withUnsafeBufferPointer { MaskPenalty.score($0, size: size) })
            }
        }
        return penalties.indices.min { penalties[$0] < penalties[$1] } ?? 0
    }
}
