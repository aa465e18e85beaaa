// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Marrow",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "marrow", targets: ["marrow"]),
        .executable(name: "marrow-floor", targets: ["marrow-floor"]),
        .library(name: "MarrowKit", targets: ["MarrowKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(name: "CLibDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        .target(name: "CSystemShims"),
        // The default theme, built into MarrowKit as string literals (README: "The built-in theme").
        .executableTarget(name: "marrow-embed-theme", path: "Sources/ThemeEmbedder"),
        .plugin(name: "EmbedDefaultTheme", capability: .buildTool(), dependencies: ["marrow-embed-theme"]),
        .target(
            name: "MarrowKit",
            dependencies: [
                "CCmarkGFM",
                "CSystemShims",
                "CLibDeflate",
                .product(name: "Yams", package: "Yams"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Theme/default"],
            swiftSettings: [.swiftLanguageMode(.v5)],
            plugins: ["EmbedDefaultTheme"]
        ),
        .target(
            name: "MarrowServe",
            dependencies: [
                "MarrowKit",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .executableTarget(
            name: "marrow",
            dependencies: [
                "MarrowKit",
                "MarrowServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        // `make bench`'s second floor: cmark-gfm, swift-mustache and the theme, nothing else (bench/README.md).
        .executableTarget(
            name: "marrow-floor",
            dependencies: ["CCmarkGFM", "MarrowKit", .product(name: "Mustache", package: "swift-mustache")],
            path: "bench/floor",
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .testTarget(
            name: "MarrowKitTests",
            dependencies: ["MarrowKit", "MarrowServe", "marrow", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures", "MdBookFixtures", "Bibliographies"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
    ]
)
