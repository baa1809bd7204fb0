import Testing
@testable import WorkshopKit

struct TimestampTests {
    @Test(arguments: [
        (Int64(0), "1970-01-01T00:00:00.000Z"),
        (Int64(1_448_000_000_123), "2015-11-20T06:13:20.123Z"),
        (Int64(951_782_400_000), "2000-02-29T00:00:00.000Z"),
    ])
    func formatsAndParsesKnownInstants(_ milliseconds: Int64, _ text: String) {
        #expect(Timestamp.format(milliseconds) == text)
        #expect(Timestamp.parse(text) == milliseconds)
    }

    @Test(arguments: ["2015-11-20T06:13:20Z", "2015-13-20T06:13:20.123Z", "2015-11-20 06:13:20.123Z", "x"])
    func refusesOtherForms(_ text: String) {
        #expect(Timestamp.parse(text) == nil)
    }

    @Test func roundTripsNow() {
        let now = Timestamp.now()
        #expect(Timestamp.parse(Timestamp.format(now)) == now)
    }
}

struct RecordIDTests {
    @Test func roundTripsAndIsSixteenHexDigits() {
        for _ in 0..<100 {
            let id = RecordID.random()
            let text = RecordID.format(id)
            #expect(text.count == 16)
            #expect(RecordID.parse(text) == id)
        }
        #expect(RecordID.format(255) == "00000000000000ff")
    }

    @Test func parsesEveryHexDigitInPlace() {
        #expect(RecordID.parse("0123456789abcdef") == 0x0123_4567_89ab_cdef)
        #expect(RecordID.parse("fedcba9876543210") == 0xfedc_ba98_7654_3210)
        #expect(RecordID.parse("ffffffffffffffff") == .max)
    }

    // The bytes just outside '0'-'9' and 'a'-'f' ('/', ':', '`', 'g'), upper case, and non-ASCII.
    @Test(arguments: ["", "00ff", "00000000000000FF", "000000000000000g", "0000000000000000a",
                      "000000000000000/", "000000000000000:", "000000000000000`", "/000000000000000",
                      "0000000:00000000", "00000000000000é"])
    func refusesOtherForms(_ text: String) {
        #expect(RecordID.parse(text) == nil)
    }

    @Test func tenThousandIDsAreDistinct() {
        #expect(Set((0..<10_000).map { _ in RecordID.random() }).count == 10_000)
    }
}
