// swift-tools-version:5.9
// Kusoma for iOS: the Rust core as a binary target, its uniffi Swift bindings, and the
// screen-state holders the SwiftUI app (KusomaApp/, built from project.yml) draws.
//
// Before the first build, on a Mac: `bindings/build-ios.sh` (from the repository root) makes
// KusomaFFI.xcframework and Sources/Kusoma/Kusoma.swift; neither is committed.
// The xcframework holds iOS device and simulator libraries only, so build and test for an iOS
// destination (`xcodebuild test -scheme Kusoma -destination 'platform=iOS Simulator,name=iPhone 15'`);
// `swift build` / `swift test` on macOS cannot link it.
import PackageDescription

let package = Package(
    name: "Kusoma",
    platforms: [.iOS(.v15)],
    // One product with both modules: the app imports Kusoma (engine, records) and KusomaState,
    // and with a single product Xcode makes one scheme, "Kusoma", that also runs the tests.
    products: [
        .library(name: "Kusoma", targets: ["Kusoma", "KusomaState"]),
    ],
    targets: [
        // The static Rust library, its C header and `module KusomaFFI` (module.modulemap).
        // The name must equal the artifact's file name (SwiftPM checks it).
        .binaryTarget(name: "KusomaFFI", path: "KusomaFFI.xcframework"),
        // The generated bindings (`import KusomaFFI` inside): KusomaEngine and its records.
        .target(name: "Kusoma", dependencies: ["KusomaFFI"], path: "Sources/Kusoma"),
        // Screen state over the engine: plain Swift + Combine, no UIKit or SwiftUI.
        .target(name: "KusomaState", dependencies: ["Kusoma"], path: "Sources/KusomaState"),
        .testTarget(
            name: "KusomaStateTests",
            dependencies: ["KusomaState", "Kusoma"],
            path: "Tests/KusomaStateTests"
        ),
    ]
)
