/// The penalty of a masked symbol, by the standard's four rules (ISO/IEC 18004:2015, 7.8.3): the encoder keeps the mask
/// with the lowest, so that a reader finds the finder patterns and tells dark from light easily.
///
/// - Runs: each run of five or more modules of one colour in a row or a column scores 3, and 1 more for each module past
///   five.
/// - Blocks: each 2×2 block of one colour scores 3 (overlapping blocks each count).
/// - Finder look-alikes: each dark-light-dark-dark-dark-light-dark run of widths 1:1:3:1:1 in a row or a column scores 40
///   for each side with four widths of light (the edge of the symbol counts as light).
/// - Balance: 10 for each whole 5% the share of dark modules is off 50%, past the first 5%.
///
/// Eight masks are scored for every code a build makes, so each line is read once, into its runs; a symbol of up to 64
/// modules a side is read as a word a row and a word a column (`score(rows:columns:size:)`).
enum MaskPenalty {
    static func score(_ modules: UnsafeBufferPointer<UInt8>, size: Int) -> Int {
        guard let base = modules.baseAddress, modules.count == size * size else { return 0 }
        var score = 0
        withUnsafeTemporaryAllocation(of: Int.self, capacity: size + 2) { runs in
            guard let runs = runs.baseAddress else { return }
            for line in 0..<size {
                score += lineScore(base + line * size, step: 1, size: size, runs: runs)
                score += lineScore(base + line, step: size, size: size, runs: runs)
            }
        }
        var dark = 0
        for row in 0..<size {
            let top = base + row * size
            for column in 0..<size { dark &+= Int(top[column]) }
            guard row + 1 < size else { continue }
            let below = top + size
            for column in 0..<(size - 1) {
                let colour = top[column]
                if colour == top[column + 1] && colour == below[column] && colour == below[column + 1] { score += 3 }
            }
        }
        return score + balanceScore(dark: dark, total: size * size)
    }

    /// The balance rule: 10 for each whole 5% that `dark` of `total` modules is off 50%, past the first 5%.
    static func balanceScore(dark: Int, total: Int) -> Int {
        // The smallest k with the dark share within (50 ± 5(k + 1))%: a symbol's side is odd, so it is never 50% exactly.
        max(0, (abs(dark * 20 - total * 10) + total - 1) / total - 1) * 10
    }

    /// The runs and finder look-alikes of one row or column: `size` modules from `start`, `step` apart.
    static func lineScore(_ modules: UnsafeBufferPointer<UInt8>, start: Int, step: Int, size: Int) -> Int {
        guard let base = modules.baseAddress else { return 0 }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: size + 2) { runs in
            guard let runs = runs.baseAddress else { return 0 }
            return lineScore(base + start, step: step, size: size, runs: runs)
        }
    }

    /// `runs` has room for `size + 2` widths: the line's runs, light first and last (either perhaps of no width).
    private static func lineScore(
        _ start: UnsafePointer<UInt8>, step: Int, size: Int, runs: UnsafeMutablePointer<Int>
    ) -> Int {
        var count = 0
        var colour: UInt8 = 0
        var width = 0
        var module = start
        for _ in 0..<size {
            if module.pointee == colour {
                width += 1
            } else {
                runs[count] = width
                count += 1
                colour ^= 1
                width = 1
            }
            module += step
        }
        runs[count] = width
        count += 1
        if colour == 1 {  // a light run of no width before the edge
            runs[count] = 0
            count += 1
        }
        return runsScore(runs, count: count, size: size)
    }

    /// The score of a symbol of up to 64 modules a side, given as its rows (bit `c` of `rows[r]` is the module at row
    /// `r`, column `c`) and its columns (bit `r` of `columns[c]`, the same module): the same as `score(_:size:)`.
    static func score(rows: UnsafeBufferPointer<UInt64>, columns: UnsafeBufferPointer<UInt64>, size: Int) -> Int {
        guard size <= 64, rows.count == size, columns.count == size else { return 0 }
        var score = 0
        var dark = 0
        withUnsafeTemporaryAllocation(of: Int.self, capacity: size + 2) { runs in
            guard let runs = runs.baseAddress else { return }
            for line in 0..<size {
                score += wordScore(rows[line], size: size, runs: runs)
                score += wordScore(columns[line], size: size, runs: runs)
                dark += rows[line].nonzeroBitCount
            }
        }
        let pairs = lineMask(size) >> 1  // a module and the next one
        for row in 0..<(size - 1) {
            let (top, below) = (rows[row], rows[row + 1])
            let sameDown = ~(top ^ below)  // the module below is the same colour
            let sameAcross = ~(top ^ (top >> 1))  // the module to the right is the same colour
            score += 3 * (sameDown & (sameDown >> 1) & sameAcross & pairs).nonzeroBitCount
        }
        return score + balanceScore(dark: dark, total: size * size)
    }

    /// The runs and finder look-alikes of a line given as the low `size` bits of `line` (`size` at most 64).
    ///
    /// Runs of five and look-alikes of one module a unit are found on the whole word at once; the line is read run by
    /// run (`finderScore`) only when it holds a larger look-alike (`hasLargerUnit`), which few lines do.
    static func wordScore(_ line: UInt64, size: Int, runs: UnsafeMutablePointer<Int>) -> Int {
        let inside = lineMask(size)
        let dark = line & inside
        let score = runsOfFive(dark) + runsOfFive(~line & inside)
        // Bit p of `lightFrom(k)`: the module k after p is light, and of `lightBefore(k)`, the module k before it; past
        // either edge of the line is light. Bit p of `dark >> k`: the module k after p is dark.
        let light = ~dark
        func lightFrom(_ k: UInt64) -> UInt64 { (light >> k) | ~(UInt64.max >> k) }
        func lightBefore(_ k: UInt64) -> UInt64 { (light << k) | ((1 << k) - 1) }
        // Only a line with a look-alike of two modules a unit or more is read run by run.
        guard !hasLargerUnit(dark, size: size) else {
            return score + finderScore(Self.runs(of: line, size: size, into: runs), size: size)
        }
        // Bit p: dark, light, dark, dark, dark, light, dark from p, with light just before and just after.
        let core =
            lightBefore(1) & dark & lightFrom(1) & (dark >> 2) & (dark >> 3) & (dark >> 4) & lightFrom(5) & (dark >> 6)
            & lightFrom(7)
        let fourBefore = lightBefore(1) & lightBefore(2) & lightBefore(3) & lightBefore(4)
        let fourAfter = lightFrom(7) & lightFrom(8) & lightFrom(9) & lightFrom(10)
        return score + 40 * ((core & fourBefore).nonzeroBitCount + (core & fourAfter).nonzeroBitCount)
    }

    /// Whether a line (its dark modules, the low `size` bits of `dark`) holds a finder look-alike of more than one
    /// module a unit: whole runs of dark, light, dark, light and dark, of one, one, three, one and one units.
    ///
    /// Such a look-alike's middle is a dark run of six or more, a multiple of three, after two light modules: only
    /// those are looked at, and at the runs on either side of them.
    private static func hasLargerUnit(_ dark: UInt64, size: Int) -> Bool {
        let light = ~dark & lineMask(size)
        // Bit p: light at p and p + 1, then six dark.
        var starts = light & (light >> 1) & (dark >> 2) & (dark >> 3) & (dark >> 4) & (dark >> 5) & (dark >> 6) & (dark >> 7)
        while starts != 0 {
            let start = starts.trailingZeroBitCount + 2  // the middle's first module
            starts &= starts - 1
            let middle = run(of: dark, from: start)
            guard middle % 3 == 0 else { continue }
            let unit = middle / 3
            let (before, after) = (start - unit - 1, start + middle + unit)  // the last dark module before, the first after
            guard run(of: light, endingAt: start - 1) == unit, before >= 0, run(of: dark, endingAt: before) == unit,
                run(of: light, from: start + middle) == unit, after < size, run(of: dark, from: after) == unit
            else { continue }
            return true
        }
        return false
    }

    /// How many modules from `start` on are set in `bits` (a module past the line is not).
    private static func run(of bits: UInt64, from start: Int) -> Int {
        start >= 64 ? 0 : (~(bits >> UInt64(start))).trailingZeroBitCount
    }

    /// How many modules up to `end` and back are set in `bits`.
    private static func run(of bits: UInt64, endingAt end: Int) -> Int {
        end < 0 ? 0 : (~(bits << UInt64(63 - end))).leadingZeroBitCount
    }

    /// The bits of a line of `size` modules (at most 64): the low `size`.
    private static func lineMask(_ size: Int) -> UInt64 {
        size == 64 ? .max : (1 << UInt64(size)) - 1
    }

    /// The score of the runs of five or more of one colour, given as the bits of that colour's modules in a line.
    private static func runsOfFive(_ colour: UInt64) -> Int {
        // Bit p: the five modules from p are of the colour (none past the end: those bits are clear).
        let fives = colour & (colour >> 1) & (colour >> 2) & (colour >> 3) & (colour >> 4)
        // A run of width w ≥ 5 has w − 4 of those, one after another: it scores (w − 4) + 2.
        return fives.nonzeroBitCount + 2 * (fives & ~(fives << 1)).nonzeroBitCount
    }

    /// The runs of a line given as the low `size` bits of `line`, into `runs` (room for `size + 2`), as `runsScore`
    /// has them.
    private static func runs(of line: UInt64, size: Int, into runs: UnsafeMutablePointer<Int>) -> UnsafeMutableBufferPointer<Int>
    {
        var count = 0
        if line & 1 == 1 {  // a light run of no width before the first dark one
            runs[0] = 0
            count = 1
        }
        let pairs = lineMask(size) >> 1
        var changes = (line ^ (line >> 1)) & pairs  // bit c: modules c and c + 1 differ
        var start = 0
        while changes != 0 {
            let end = changes.trailingZeroBitCount + 1
            runs[count] = end - start
            count += 1
            start = end
            changes &= changes - 1
        }
        runs[count] = size - start
        count += 1
        if (line >> UInt64(size - 1)) & 1 == 1 {
            runs[count] = 0
            count += 1
        }
        return UnsafeMutableBufferPointer(start: runs, count: count)
    }

    /// The score of a line's runs: `count` widths, light first and last (either perhaps of no width), dark at the odd
    /// places.
    private static func runsScore(_ runs: UnsafeMutablePointer<Int>, count: Int, size: Int) -> Int {
        var score = 0
        for index in 0..<count where runs[index] >= 5 { score += runs[index] - 2 }
        return score + finderScore(UnsafeMutableBufferPointer(start: runs, count: count), size: size)
    }

    /// The finder look-alikes among a line's runs (as `runsScore` has them).
    private static func finderScore(_ runs: UnsafeMutableBufferPointer<Int>, size: Int) -> Int {
        let count = runs.count
        var score = 0
        // A look-alike's middle is a dark run of three units.
        var middle = 3
        while middle + 3 < count {
            let unit = runs[middle] / 3
            if unit > 0 && runs[middle] == unit * 3 && runs[middle - 2] == unit && runs[middle - 1] == unit
                && runs[middle + 1] == unit && runs[middle + 2] == unit
            {
                let before = runs[middle - 3] + (middle - 3 == 0 ? size : 0)
                let after = runs[middle + 3] + (middle + 3 == count - 1 ? size : 0)
                if before >= unit * 4 && after >= unit { score += 40 }
                if after >= unit * 4 && before >= unit { score += 40 }
            }
            middle += 2
        }
        return score
    }
}
