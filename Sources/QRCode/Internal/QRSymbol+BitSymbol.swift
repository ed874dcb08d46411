extension QRSymbol {
    /// The unmasked symbol's rows as bits (bit `c` of `rows[r]` is the module at row `r`, column `c`), and the modules
    /// the masks may flip: each mask is tried on it a word at a time.
    struct BitSymbol {
        let size: Int
        private var rows: [UInt64] = []
        private var dataRows: [UInt64] = []

        /// `symbol` has at most 64 modules a side.
        init(_ symbol: QRSymbol) {
            size = symbol.size
            dataRows = symbol.dataRows  // the same for every symbol of a version: worked out with its blank
            let size = size
            rows = [UInt64](repeating: 0, count: size)
            rows.withUnsafeMutableBufferPointer { rows in
                symbol.modules.withUnsafeBufferPointer { modules in
                    for row in 0..<size {
                        var dark: UInt64 = 0
                        for column in 0..<size { dark |= UInt64(modules[row * size + column]) << UInt64(column) }
                        rows[row] = dark
                    }
                }
            }
        }

        /// The penalty of the symbol with `mask` and its format bits (`format`, `QRSymbol.formatPlaces`).
        func penalty(mask: Int, format: [(row: Int, column: Int, bit: Int?)]) -> Int {
            let bits = QRSymbol.formatBits(mask: mask)
            return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 128) { words in
                guard let base = words.baseAddress else { return 0 }
                let (masked, columns) = (base, base + 64)
                Self.patterns.withUnsafeBufferPointer { patterns in
                    for row in 0..<64 {
                        masked[row] = row < size ? rows[row] ^ (dataRows[row] & patterns[mask * 12 + row % 12]) : 0
                    }
                }
                for place in format {
                    let bit = UInt64(1) << UInt64(place.column)
                    let dark = place.bit.map { (bits >> $0) & 1 == 1 } ?? true
                    masked[place.row] = dark ? masked[place.row] | bit : masked[place.row] & ~bit
                }
                for row in 0..<64 { columns[row] = masked[row] }
                Self.transpose(columns)
                return MaskPenalty.score(
                    rows: UnsafeBufferPointer(start: masked, count: size),
                    columns: UnsafeBufferPointer(start: columns, count: size),
                    size: size)
            }
        }

        /// Transposes a 64 by 64 matrix of bits in place (bit `c` of word `r` becomes bit `r` of word `c`), by swapping
        /// ever smaller blocks across the diagonal.
        static func transpose(_ words: UnsafeMutablePointer<UInt64>) {
            var width = 32
            var low: UInt64 = 0x0000_0000_FFFF_FFFF  // the low `width` bits of each `2 × width` bits
            while width != 0 {
                var row = 0
                while row < 64 {
                    let swapped = ((words[row] >> UInt64(width)) ^ words[row + width]) & low
                    words[row] ^= swapped << UInt64(width)
                    words[row + width] ^= swapped
                    row = (row + width + 1) & ~width
                }
                width >>= 1
                low ^= low << UInt64(width)
            }
        }

        /// For each mask, 12 words: the columns it flips in a row, by the row modulo 12 (`QRSymbol.flips`), for up to 64
        /// modules a side.
        private static let patterns: [UInt64] = (0..<8).flatMap { mask in
            (0..<12).map { phase in
                (0..<64).reduce(UInt64(0)) { $0 | (flips(mask, row: phase, column: $1) ? 1 << UInt64($1) : 0) }
            }
        }
    }
}
