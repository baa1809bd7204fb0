// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "workshop",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "workshop", targets: ["workshop"]),
        .library(name: "WorkshopKit", targets: ["WorkshopKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        // The live room's web server (`serve`): HTTP/1.1 on SwiftNIO, streamed responses for server-sent events.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        // Hummingbird's own lifecycle: a server stopped through it ends gracefully (see RoomServer).
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        // SwiftNIO, under Hummingbird: a channel handler that watches the room's connections, and
        // its HTTP parser's errors (a malformed body is the client's fault: 400).
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        // A phone submission's id: HMAC-SHA256 keyed by the room's secret (see SubmissionID).
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // No pkgConfig: readline's .pc file adds -D flags SwiftPM refuses with a warning, and the
        // headers sit in the default include path (libreadline-dev); the module map links readline.
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"]), .brew(["readline"])]
        ),
        // libqrencode (Debian's libqrencode-dev): join links as QR codes, wrapped as readline is.
        .systemLibrary(
            name: "CQRencode",
            providers: [.apt(["libqrencode-dev"]), .brew(["qrencode"])]
        ),
        .target(
            name: "WorkshopServer",
            dependencies: [
                "WorkshopKit",
                "CQRencode",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "WorkshopKit",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "WorkshopCLI",
            dependencies: [
                "WorkshopKit",
                "WorkshopServer",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "workshop",
            dependencies: ["WorkshopCLI"]
        ),
        .executableTarget(
            name: "workshop-bench",
            dependencies: ["WorkshopKit"],
            path: "Benchmarks/workshop-bench"
        ),
        // Phones answering at once against a live room on loopback (`make bench`, Tests/live).
        .executableTarget(
            name: "workshop-load",
            path: "Benchmarks/workshop-load"
        ),
        .target(
            name: "WorkshopTestSupport",
            dependencies: ["WorkshopKit"],
            path: "Tests/Support"
        ),
        .testTarget(
            name: "WorkshopKitTests",
            // ZIPFoundation to read the parts of an exported workbook.
            dependencies: ["WorkshopKit", "WorkshopTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "WorkshopServerTests",
            dependencies: ["WorkshopServer", "WorkshopKit", "WorkshopTestSupport", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "HummingbirdTesting", package: "hummingbird"),
                           .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOEmbedded", package: "swift-nio")]
        ),
        .testTarget(
            name: "WorkshopCLITests",
            dependencies: ["WorkshopCLI", "WorkshopKit", "WorkshopTestSupport"],
            exclude: ["Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
