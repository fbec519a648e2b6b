#!/bin/sh
# Builds the C stand-in of wlanapi.dll into the directory given as $1, as the library name JNA
# looks for on this system (libwlanapi.so, or libwlanapi.dylib on macOS).
#
# With no C compiler it builds nothing and leaves the reason in $1/SKIPPED: the stand-in tests
# then skip with that reason (or fail, where WLANAPI4J_REQUIRE_STANDIN=true, as in CI).
set -eu
out=${1:?usage: build.sh OUTPUT_DIR}
src=$(dirname "$0")/wlanapi_standin.c
cc=${CC:-cc}
mkdir -p "$out"
rm -f "$out/SKIPPED"

if ! command -v "$cc" >/dev/null 2>&1; then
  echo "no C compiler: '$cc' is not on the PATH (set CC, or install gcc or clang)" > "$out/SKIPPED"
  echo "[standin] WARNING: $(cat "$out/SKIPPED"); the native stand-in tests will skip" >&2
  exit 0
fi

# The layout proof: our declarations of the structures the stand-in hands out (wlan_layout.h) must
# equal the Windows SDK's (mingw-w64's wlanapi.h) for x64 and x86, or the build fails here.
check_layout() {
  for target in x86_64-w64-mingw32 i686-w64-mingw32; do
    if command -v "$target-gcc" >/dev/null 2>&1; then
      "$target-gcc" -std=c11 -Wall -Wextra -Werror -fsyntax-only "$(dirname "$0")/layout_check.c"
      echo "[standin] layout of wlan_layout.h equals the SDK's for $target"
    elif [ "${WLANAPI4J_REQUIRE_STANDIN:-false}" = true ]; then
      echo "[standin] ERROR: $target-gcc is missing, so the layout cannot be checked against the SDK" \
        "(apt-get install gcc-mingw-w64-$(echo "$target" | cut -d- -f1 | sed 's/_/-/'))" >&2
      exit 1
    else
      echo "[standin] WARNING: $target-gcc is missing: layout not checked against the SDK for $target" >&2
    fi
  done
}
check_layout

case $(uname -s) in
  Darwin) lib=libwlanapi.dylib; shared=-dynamiclib ;;
  *) lib=libwlanapi.so; shared=-shared ;;
esac
build() { # OUTPUT [EXTRA_FLAGS]
  "$cc" -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -g -Wall -Wextra -Werror -fPIC -fvisibility=hidden \
    $shared -o "$out/$1" ${2:-} "$src" -lpthread
  echo "[standin] built $out/$1 with $cc"
}
build "$lib"
# The same without the Wi-Fi Direct exports, as Windows 7 and Wine's wlanapi.dll are.
build "$(echo "$lib" | sed 's/wlanapi/wlanapi_nowfd/')" -DSTANDIN_NO_WFD
# iphlpapi's GetAdaptersAddresses comes from the same library, which knows the interfaces' adapters:
# the binding loads "iphlpapi", and the loader, finding the same file, hands back the library loaded.
ln -sf "$lib" "$out/$(echo "$lib" | sed 's/wlanapi/iphlpapi/')"
echo "[standin] linked $out/$(echo "$lib" | sed 's/wlanapi/iphlpapi/') to $lib"
