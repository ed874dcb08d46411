import Content
import Testing

/// UK postcodes as editors write them, and as they are kept.
struct PostcodeTests {
    @Test(arguments: [
        ("SW1A 1AA", "SW1A 1AA"), ("sw1a1aa", "SW1A 1AA"), ("M1 1AE", "M1 1AE"), ("B33 8TH", "B33 8TH"),
        ("CR2 6XH", "CR2 6XH"), ("DN55 1PT", "DN55 1PT"), ("W1A 0AX", "W1A 0AX"), ("ec1a 1bb", "EC1A 1BB"),
        ("ZZ1 4XH", "ZZ1 4XH"),
    ])
    func aUKPostcodeIsKeptTheStandardWay(written: String, kept: String) {
        #expect(Postcode.normalised(written) == kept)
    }

    @Test(arguments: ["12345", "SW1A", "1AA SW1A", "SW1A 1A", "SW1A 1AAA", "S1 1", "", "AAA1 1AA", "SW1A-1AA"])
    func anythingElseIsNotAPostcode(written: String) {
        #expect(Postcode.normalised(written) == nil)
    }
}
