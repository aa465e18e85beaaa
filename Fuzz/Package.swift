// swift-tools-version:6.0
// libFuzzer targets for Marrow's readers. Not part of the main package (they have no `main`:
// libFuzzer supplies it). Built and run by `make fuzz`:
//   swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address
import PackageDescription

let targets = ["bibtex", "csljson", "yaml", "summary", "citations"]

let package = Package(
    name: "MarrowFuzz",
    dependencies: [.package(name: "Marrow", path: "..")],
    targets: [.target(name: "FuzzSupport", swiftSettings: [.swiftLanguageMode(.v5)])] + targets.map { name in
        .executableTarget(
            name: "fuzz-\(name)",
            dependencies: ["FuzzSupport", .product(name: "MarrowKit", package: "Marrow")],
            path: "Sources/fuzz-\(name)",
            swiftSettings: [.swiftLanguageMode(.v5)]
        )
    }
)
