// swift-tools-version:6.2
// 6.2: `LineFields` keeps a line's fields in an `InlineArray` (Swift 6.2; on macOS, 26 and later).
import PackageDescription

/// A layer of the library: a target in `Sources/NAME` that may import only the layers given
/// (docs/ARCHITECTURE.md, "Layers"). A wrong-way import fails to build (`Tests/layers/check`).
func layer(_ name: String, _ dependencies: [Target.Dependency] = []) -> Target {
    .target(name: name, dependencies: dependencies)
}

let package = Package(
    name: "workshop",
    platforms: [.macOS(.v26)],
    products: [
        .executable(name: "workshop", targets: ["workshop"]),
        // The umbrella and its layers: the fuzz targets import the layers themselves (`@testable`).
        .library(name: "WorkshopKit", targets: ["WorkshopKit", "WorkshopSupport", "WorkshopModel", "WorkshopStatistics",
                                                 "WorkshopProject", "WorkshopSession", "WorkshopMerge", "WorkshopReports",
                                                 "WorkshopMessages"]),
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
        // HTTPS served by the room itself (`serve --tls-cert`), through Hummingbird's TLS support
        // (HummingbirdTLS); NIOSSL for checking that the key is the certificate's before listening.
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.0"),
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
                "WorkshopHTML",
                "CQRencode",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            exclude: ["Assets"],
            plugins: ["EmbedAssets"]
        ),
        // The library's layers, lowest first; each imports only those above it in this list.
        layer("WorkshopSupport"),
        layer("WorkshopStatistics", ["WorkshopSupport"]),
        layer("WorkshopModel", ["WorkshopSupport"]),
        // The words of pages and reports in each language: catalogues, plural rules, a page's language.
        layer("WorkshopMessages", ["WorkshopCatalogues", "WorkshopSupport", .product(name: "Yams", package: "Yams")]),
        // The catalogues themselves (`Assets/en.yaml`...), compiled in; apart for the plugin's sake.
        .target(name: "WorkshopCatalogues", exclude: ["Assets"], plugins: ["EmbedAssets"]),
        layer("WorkshopProject", ["WorkshopModel", "WorkshopSupport", .product(name: "Yams", package: "Yams")]),
        layer("WorkshopSession", ["WorkshopProject", "WorkshopModel", "WorkshopSupport"]),
        layer("WorkshopMerge", ["WorkshopSession", "WorkshopProject", "WorkshopModel", "WorkshopSupport"]),
        .target(
            name: "WorkshopReports",
            dependencies: ["WorkshopSession", "WorkshopStatistics", "WorkshopProject", "WorkshopModel", "WorkshopSupport",
                           "WorkshopMessages", "WorkshopHTML", "WorkshopReportAssets", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // The report's stylesheet, compiled in. Apart from WorkshopReports because SwiftPM does not
        // check the imports of a target that runs a build-tool plugin (Tests/layers/check).
        .target(name: "WorkshopReportAssets", exclude: ["Assets"], plugins: ["EmbedAssets"]),
        layer("WorkshopKit", ["WorkshopSupport", "WorkshopStatistics", "WorkshopModel", "WorkshopProject",
                              "WorkshopSession", "WorkshopMerge", "WorkshopReports", "WorkshopMessages"]),
        // The one HTML layer: elements, attributes and text as values, escaped in one place when
        // rendered. No dependencies, so the report and the room's pages can both build on it.
        layer("WorkshopHTML"),
        // Stylesheets and scripts from a target's Assets folder compiled in as string literals:
        // the binary needs no file beside it (no Bundle.module at run time).
        .executableTarget(name: "embed-assets"),
        .plugin(name: "EmbedAssets", capability: .buildTool(), dependencies: ["embed-assets"]),
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
            dependencies: ["WorkshopKit", "WorkshopSupport"],
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
                           .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOEmbedded", package: "swift-nio"),
                           // An HTTPS client that trusts the certificate a test makes (`serve --tls-cert`).
                           .product(name: "NIOSSL", package: "swift-nio-ssl")],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "WorkshopHTMLTests",
            dependencies: ["WorkshopHTML"]
        ),
        .testTarget(
            name: "WorkshopCLITests",
            dependencies: ["WorkshopCLI", "WorkshopKit", "WorkshopTestSupport"],
            exclude: ["Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
