import Testing
import Utilities

/// Name-based UUIDs, against Python's `uuid.uuid5(uuid.NAMESPACE_URL, name)`.
struct NameUUIDTests {
    @Test(arguments: [
        ("https://pals.example-hospital.nhs.uk/services/pals", "8aca6c13-9943-5bb1-bc6c-8d5753e7dae9"),
        ("https://www.python.org/", "5406f80d-92e9-51cd-a176-77445955e733"),
        (String(repeating: "a", count: 200), "7f4631a0-b493-5760-92a5-27e642bfb142"),  // more than one SHA-1 block
    ])
    func theSameNameGivesTheSameUUID(name: String, uuid: String) {
        #expect(NameUUID.make(name) == uuid)
        #expect(NameUUID.isUUID(NameUUID.make(name)))
    }

    @Test func notUUIDs() {
        for text in ["pals", "8aca6c13-9943-5bb1-bc6c-8d5753e7dae", "8aca6c13x9943-5bb1-bc6c-8d5753e7dae9", ""] {
            #expect(!NameUUID.isUUID(text), "\(text)")
        }
    }
}
