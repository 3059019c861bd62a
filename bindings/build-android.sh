#!/usr/bin/env bash
# Builds what the Android app (android/app) needs from the Rust side, then the Gradle build takes
# over (android/README.md, "Building the Android app"):
#   - libkusoma_ffi.so for phones        → android/app/src/main/jniLibs/<abi>/
#   - the Kotlin bindings                → target/bindings/kotlin (compiled by :kusoma-kotlin only)
#   - the bundled language packs, built  → android/app/src/main/assets/packs/<id>.kpack
# NOT RUN HERE: this machine has no Android NDK and cannot add rustup targets.
#
# Prerequisites on the build machine:
#   - Android NDK r27 or newer, with ANDROID_NDK_HOME set
#   - rustup target add aarch64-linux-android armv7-linux-androideabi x86_64-linux-android
#   - cargo install cargo-ndk --version 4.1.2 --locked
#
# Android 15 and later phones may use 16 KB memory pages: every .so must have its LOAD segments
# aligned to 16 KB, hence the max-page-size linker flag (harmless on 4 KB devices).
# minSdk 23 (Android 6), the first to load packed relocations: `--pack-dyn-relocs=android`
# stores the library's ~6,400 relative relocations in Android's compact APS2 form (-140 KB).
# It is an lld flag for these targets only, so it goes on the cargo-ndk line, not into the
# exported RUSTFLAGS the host tools below are built with. The API uses i64 timestamps, never
# java.time.
set -euo pipefail
cd "$(dirname "$0")/.."
out=android/app/src/main/jniLibs
source bindings/phone-flags.sh
export RUSTFLAGS="${RUSTFLAGS:-} -C link-arg=-Wl,-z,max-page-size=16384 -C link-arg=-Wl,-z,common-page-size=16384"
RUSTFLAGS="$RUSTFLAGS -C link-arg=-Wl,--pack-dyn-relocs=android" \
  cargo ndk --platform 23 -t arm64-v8a -t armeabi-v7a -t x86_64 -o "$out" build --profile phone -p kusoma-ffi
# The Kotlin bindings come from the host build's metadata (identical across targets). They stay in
# target/bindings/kotlin, where android/kusoma-kotlin (Gradle and Maven alike) compiles them: a
# copy under android/app would compile the same classes twice into the app.
bindings/generate.sh --release
# The packs shipped in the APK, checked and built into single files; the app installs them on its
# first run through the same checked path as a pack shared from another phone.
packs=android/app/src/main/assets/packs
rm -rf "$packs"
mkdir -p "$packs"
for pack in lessons/*/; do
  id=$(basename "$pack")
  cargo run -q --release -p kusoma -- pack build "$pack" --out "$packs/$id.kpack"
done
# Check the 16 KB alignment of each library (llvm-readelf ships with the NDK).
for abi in arm64-v8a x86_64; do
  "$ANDROID_NDK_HOME"/toolchains/llvm/prebuilt/*/bin/llvm-readelf -lW "$out/$abi/libkusoma_ffi.so" \
    | awk '/LOAD/ { if ($NF != "0x4000") { print "not 16 KB aligned: " $0; bad = 1 } } END { exit bad }'
done
ls -la "$out"/*/libkusoma_ffi.so "$packs"
