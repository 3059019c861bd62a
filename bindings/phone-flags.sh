# Sourced by bindings/build-android.sh, bindings/build-ios.sh and .ci/run's size check: the
# compiler flags of the library that ships, beside the `phone` profile in Cargo.toml (a profile
# cannot carry rustflags on stable cargo).
#
# `-C force-unwind-tables=no`: with panic = "abort" nothing unwinds, so the .eh_frame tables of
# Kusoma's own code and its dependencies are dead weight (143 KB of the x86_64 library; std's
# precompiled tables stay). Native crash reports still walk the stack by frame pointers, which
# arm64 Android and all Apple targets keep. Measured in docs/benchmarks.md.
export RUSTFLAGS="${RUSTFLAGS:-} -C force-unwind-tables=no"
#
# CFLAGS for the bundled SQLite (the cc crate reads them): C code never unwinds either, and
# without `-fno-asynchronous-unwind-tables` clang gives every SQLite function an .eh_frame entry
# (92 KB of the x86_64 library). The same frame-pointer walk covers SQLite's frames in a crash.
export CFLAGS="${CFLAGS:-} -fno-asynchronous-unwind-tables -fno-unwind-tables"
