import CLibFuzzer

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// `workshop-fuzz TARGET [libFuzzer flags] [corpus folders or inputs]`. The target is taken off the
// arguments and the rest go to libFuzzer; it is also kept in the environment, so the workers
// libFuzzer starts for `-jobs` and `-fork` (which get the remaining arguments only) find it.
var arguments = CommandLine.arguments
let environmentKey = "WORKSHOP_FUZZ_TARGET"
let requested: String?
if arguments.count > 1, !arguments[1].hasPrefix("-"), FuzzTargets.named(arguments[1]) != nil {
    requested = arguments.remove(at: 1)
} else {
    requested = getenv(environmentKey).map { String(cString: $0) }
}
guard let name = requested, let target = FuzzTargets.named(name) else {
    let list = FuzzTargets.all.map { "  \($0.name): \($0.summary)" }.joined(separator: "\n")
    FuzzTargets.printError("usage: workshop-fuzz TARGET [libFuzzer flags] [corpus folders]\ntargets:\n\(list)")
    exit(2)
}
setenv(environmentKey, name, 1)
FuzzTargets.current = target
target.prepare()

var argc = Int32(arguments.count)
// Kept for the whole run: libFuzzer holds on to argv.
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = {
    let pointers = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: arguments.count + 1)
    for (index, argument) in arguments.enumerated() { pointers[index] = strdup(argument) }
    pointers[arguments.count] = nil
    return pointers
}()
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    FuzzTargets.current?.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
})
