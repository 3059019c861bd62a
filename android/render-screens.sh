#!/usr/bin/env bash
# Builds the JVM-testable Kotlin modules, runs their tests against the host library, and renders
# every screen and exercise kind in en, sw, hi, ar and en-XA to PNG:
#   android/kusoma-ui/target/screens/<locale>/<screen>.png        (360×640 dp, 2 px per dp)
#   android/kusoma-ui/target/screens/<locale>/<screen>@font130.png (the same at 1.3× font scale)
#   android/kusoma-ui/target/screens/missing-messages.txt         (ids the screens want from the core)
#
# Run from anywhere after bindings/generate.sh; extra arguments go to Maven
# (e.g. -Dtest=ScreensRenderTest -Dsurefire.failIfNoSpecifiedTests=false).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f target/debug/libkusoma_ffi.so ] || [ ! -d target/bindings/kotlin ]; then
  echo "no host library or Kotlin bindings: run bindings/generate.sh first" >&2
  exit 1
fi

# Skia finds fonts through fontconfig. Without Devanagari, Arabic and emoji fonts the Hindi and
# Arabic screens would draw boxes (the render tests check for them and fail).
fonts=(fonts-noto-core fonts-noto-color-emoji)
if ! fc-list :lang=hi | grep -q . || ! fc-list :lang=ar | grep -q . || ! fc-list | grep -qi "color emoji"; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing fonts for Devanagari, Arabic and emoji: ${fonts[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${fonts[@]}" >/dev/null
  else
    echo "missing fonts: install ${fonts[*]} (Debian/Ubuntu) for the Hindi, Arabic and emoji screens" >&2
  fi
fi

if ! command -v mvn >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq maven >/dev/null
fi

# java.awt.headless is set for the tests by the pom; no display is needed.
# clean: the Kotlin Maven plugin can leave a caller compiled against an old signature.
mvn -B -ntp -f android/pom.xml clean test "$@"
count=$(find android/kusoma-ui/target/screens -name '*.png' | wc -l)
echo "$count screens in android/kusoma-ui/target/screens"
