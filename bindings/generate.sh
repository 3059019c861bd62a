#!/usr/bin/env bash
# Builds kusoma-ffi for this machine and generates the Kotlin, Swift and Python bindings from the
# built library (metadata is read from the unstripped debug build). Settings come from
# bindings/uniffi.toml, which uniffi-bindgen finds through cargo metadata.
#
#   bindings/generate.sh            # → target/bindings/{kotlin,swift,python}
#   bindings/generate.sh --release  # from the size-optimized release build (strip = "debuginfo"
#                                   # keeps the symbols bindgen reads)
set -euo pipefail
cd "$(dirname "$0")/.."
profile=debug
flag=()
if [ "${1:-}" = "--release" ]; then profile=release; flag=(--release); fi

# With the source-pack reader: the host tests open `lessons/` as it is. The phone builds
# (build-android.sh, build-ios.sh) leave it out; the interface is the same.
cargo build -p kusoma-ffi --features source "${flag[@]}"
case "$(uname -s)" in
  Darwin) lib="target/$profile/libkusoma_ffi.dylib" ;;
  *) lib="target/$profile/libkusoma_ffi.so" ;;
esac
out=target/bindings
rm -rf "$out"
for language in kotlin swift python; do
  cargo run -q -p uniffi-bindgen -- generate --library "$lib" --language "$language" \
    --out-dir "$out/$language"
done
# The Python module loads the library from its own folder.
cp "$lib" "$out/python/"
echo "bindings written to $out (library: $lib)"
find "$out" -type f | sort
