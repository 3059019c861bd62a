#!/usr/bin/env bash
# Builds Kusoma.xcframework (static library + C header + module map) and the Swift bindings for
# the iOS app. NOT RUN HERE: it needs macOS with Xcode; this machine has neither.
#
# Prerequisites on the build machine:
#   - macOS with Xcode 15 or newer (xcodebuild, lipo)
#   - rustup target add aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios
set -euo pipefail
cd "$(dirname "$0")/.."
for target in aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios; do
  cargo build --release -p kusoma-ffi --target "$target"
done
mkdir -p target/ios-sim
lipo -create target/aarch64-apple-ios-sim/release/libkusoma_ffi.a target/x86_64-apple-ios/release/libkusoma_ffi.a \
  -output target/ios-sim/libkusoma_ffi.a

# Swift bindings, from the metadata of the device library.
rm -rf target/bindings/swift
cargo run -q -p uniffi-bindgen -- generate --library target/aarch64-apple-ios/release/libkusoma_ffi.a \
  --language swift --out-dir target/bindings/swift
headers=target/ios-headers
rm -rf "$headers" && mkdir -p "$headers"
cp target/bindings/swift/KusomaFFI.h "$headers/"
cp target/bindings/swift/KusomaFFI.modulemap "$headers/module.modulemap"

rm -rf ios/Kusoma.xcframework
xcodebuild -create-xcframework \
  -library target/aarch64-apple-ios/release/libkusoma_ffi.a -headers "$headers" \
  -library target/ios-sim/libkusoma_ffi.a -headers "$headers" \
  -output ios/Kusoma.xcframework
mkdir -p ios/Sources/Kusoma
cp target/bindings/swift/Kusoma.swift ios/Sources/Kusoma/
echo "ios/Kusoma.xcframework and ios/Sources/Kusoma/Kusoma.swift are ready"
