// swift-tools-version:6.0
import PackageDescription

// The fuzz targets: a package of their own beside the workshop's, so `swift build` and `swift test`
// never see them. They only build the way `make fuzz` builds them (Fuzz/run-fuzzers): with
// `-sanitize=address -sanitize-coverage=...` on every Swift module and libFuzzer's
// `libclang_rt.fuzzer_no_main` linked in, called through `LLVMFuzzerRunDriver` from our own `main`.
// (On Swift 6.3 `swift build -Xswiftc -sanitize=fuzzer` fails to link an executable target: the
// runtime's `main` and SwiftPM's renamed entry point clash. Plain `swiftc -sanitize=fuzzer` over the
// sources works, but would leave us compiling Yams and its C part by hand; SwiftPM builds them.)
let package = Package(
    name: "workshop-fuzz",
    dependencies: [
        .package(name: "workshop", path: ".."),
    ],
    targets: [
        // Only the header declaring LLVMFuzzerRunDriver; the library comes in at link time.
        .systemLibrary(name: "CLibFuzzer", path: "Sources/CLibFuzzer"),
        .executableTarget(
            name: "workshop-fuzz",
            dependencies: [
                "CLibFuzzer",
                .product(name: "WorkshopKit", package: "workshop"),
            ],
            path: "Sources/workshop-fuzz"
        ),
    ],
    swiftLanguageModes: [.v6]
)
