#!/usr/bin/env bash
# Builds ios/KusomaFFI.xcframework (static library + C header + module map) and copies the Swift
# bindings to ios/Sources/Kusoma/ for the Swift package in ios/. NOT RUN HERE: it needs macOS
# with Xcode; the machine this was written on has neither.
#
# Prerequisites on the build machine:
#   - macOS with Xcode 15 or newer (xcodebuild, lipo)
#   - rustup target add aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios
#
# Names, and why they must agree:
#   - bindings/uniffi.toml sets the Swift module_name "Kusoma"; uniffi then names the C module
#     "KusomaFFI" and the generated Kusoma.swift does `import KusomaFFI`.
#   - The generated KusomaFFI.modulemap declares `module KusomaFFI`; it is shipped as
#     Headers/module.modulemap (the name clang looks for in a header directory).
#   - SwiftPM wants a binary target's name and its artifact's file name to be the same
#     (Xcode 13.3 and later refuse a mismatch), so the xcframework is KusomaFFI.xcframework,
#     matching `.binaryTarget(name: "KusomaFFI", ...)` in ios/Package.swift.
set -euo pipefail
cd "$(dirname "$0")/.."

# The app's minimum iOS. Rust and the cc crate (which compiles the bundled SQLite) read this;
# without it the C objects may be built for the SDK's newest iOS and the linker warns or refuses.
export IPHONEOS_DEPLOYMENT_TARGET=15.0

source bindings/phone-flags.sh
for target in aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios; do
  cargo build --profile phone -p kusoma-ffi --target "$target"
done
# One simulator library for Apple-silicon and Intel Macs: an xcframework takes one library per
# platform variant, so the two simulator architectures are joined first.
mkdir -p target/ios-sim
lipo -create target/aarch64-apple-ios-sim/phone/libkusoma_ffi.a target/x86_64-apple-ios/phone/libkusoma_ffi.a \
  -output target/ios-sim/libkusoma_ffi.a

# Swift bindings, from the metadata of the device library (uniffi.toml is found via cargo metadata).
rm -rf target/bindings/swift
cargo run -q -p uniffi-bindgen -- generate --library target/aarch64-apple-ios/phone/libkusoma_ffi.a \
  --language swift --out-dir target/bindings/swift
headers=target/ios-headers
rm -rf "$headers" && mkdir -p "$headers"
cp target/bindings/swift/KusomaFFI.h "$headers/"
cp target/bindings/swift/KusomaFFI.modulemap "$headers/module.modulemap"
grep -q '^module KusomaFFI ' "$headers/module.modulemap" || {
  echo "the module map does not declare module KusomaFFI; check bindings/uniffi.toml" >&2
  exit 1
}

rm -rf ios/KusomaFFI.xcframework
xcodebuild -create-xcframework \
  -library target/aarch64-apple-ios/phone/libkusoma_ffi.a -headers "$headers" \
  -library target/ios-sim/libkusoma_ffi.a -headers "$headers" \
  -output ios/KusomaFFI.xcframework
mkdir -p ios/Sources/Kusoma
cp target/bindings/swift/Kusoma.swift ios/Sources/Kusoma/
echo "ios/KusomaFFI.xcframework and ios/Sources/Kusoma/Kusoma.swift are ready"
