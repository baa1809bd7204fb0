import Foundation
import Testing
import WorkshopTestSupport

/// A weight far beyond any room's (the journal takes any finite number) is shown, never a crash:
/// `log` used to convert it to an integer and trap. The checkpoint fuzz test found it.
struct HugeWeightTests {
    @Test(arguments: ["1e300", "123456789012345678"])
    func aHugeWeightIsLoggedAndSummarised(_ weight: String) throws {
        let copy = try ExampleCopy()
        let set = try copy.workshop(["weight", "demo-2015", "academic", weight])
        #expect(set.status == 0, "\(set.stderr)")
        for command in [["log", "demo-2015"], ["summary", "demo-2015"], ["status", "demo-2015"]] {
            let result = try copy.workshop(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
    }
}
