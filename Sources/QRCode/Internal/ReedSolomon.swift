/// Reed-Solomon error correction over GF(2⁸) with the QR code's field polynomial x⁸ + x⁴ + x³ + x² + 1, the arithmetic
/// done through tables of powers and logarithms.
enum ReedSolomon {
    /// The error-correction codewords of one block's `data`: the remainder of its division by the generator polynomial of
    /// degree `degree` (at most 30, the most a QR code's block has).
    static func correction(of data: ArraySlice<UInt8>, degree: Int) -> [UInt8] {
        var remainder = [UInt8](repeating: 0, count: degree)
        generators[degree].withUnsafeBufferPointer { divisor in
            powers.withUnsafeBufferPointer { powers in
                logarithms.withUnsafeBufferPointer { logarithms in
                    remainder.withUnsafeMutableBufferPointer { remainder in
                        for byte in data {
                            let factor = byte ^ remainder[0]
                            for index in 0..<(degree - 1) { remainder[index] = remainder[index + 1] }
                            remainder[degree - 1] = 0
                            guard factor != 0 else { continue }
                            let logarithm = Int(logarithms[Int(factor)])
                            for index in 0..<degree where divisor[index] != 0 {
                                remainder[index] ^= powers[Int(logarithms[Int(divisor[index])]) + logarithm]
                            }
                        }
                    }
                }
            }
        }
        return remainder
    }

    /// The generator polynomial of each degree up to 30 (`generator(degree:)`), worked out once.
    private static let generators: [[UInt8]] = (0...30).map { $0 == 0 ? [] : generator(degree: $0) }

    /// The coefficients of (x − α⁰)(x − α¹)…(x − α^(degree−1)), highest power first, its leading 1 left out.
    static func generator(degree: Int) -> [UInt8] {
        var coefficients = [UInt8](repeating: 0, count: degree)
        coefficients[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for index in 0..<degree {
                coefficients[index] = multiply(coefficients[index], root)
                if index + 1 < degree { coefficients[index] ^= coefficients[index + 1] }
            }
            root = multiply(root, 2)
        }
        return coefficients
    }

    /// The product of two elements of the field.
    static func multiply(_ left: UInt8, _ right: UInt8) -> UInt8 {
        guard left != 0 && right != 0 else { return 0 }
        return powers[Int(logarithms[Int(left)]) + Int(logarithms[Int(right)])]
    }

    /// αⁱ for i in 0..<510: long enough that the sum of two logarithms needs no reduction.
    private static let powers: [UInt8] = {
        var powers = [UInt8](repeating: 0, count: 510)
        var value = 1
        for index in 0..<510 {
            powers[index] = UInt8(value)
            value <<= 1
            if value > 0xFF { value ^= 0x11D }
        }
        return powers
    }()

    /// The power of α that each non-zero element is.
    private static let logarithms: [UInt8] = {
        var logarithms = [UInt8](repeating: 0, count: 256)
        for index in 0..<255 { logarithms[Int(powers[index])] = UInt8(index) }
        return logarithms
    }()
}
