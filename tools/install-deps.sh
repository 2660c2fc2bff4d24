#!/usr/bin/env bash
# Installs the Debian packages xloc needs, and only the missing ones.
# Idempotent and quiet when everything is present.
#   tools/install-deps.sh build   # to build and run xloc
#   tools/install-deps.sh test    # + the peer tools the tests use as oracles
#   tools/install-deps.sh bench   # + what the benchmarks compare against
#   tools/install-deps.sh fuzz    # clang and libFuzzer (tools/fuzz.sh)
set -euo pipefail

build_pkgs=(g++ cmake make pkg-config libicu-dev libpugixml-dev libxml2-dev libcli11-dev
            nlohmann-json3-dev libssl-dev libxslt1-dev docbook-xsl-ns yelp-xsl)
test_pkgs=(libgtest-dev libgmock-dev gettext libgettextpo-dev itstool
           translate-toolkit docbook5-xml jing libxml2-utils python3 chromium nodejs npm
           fonts-ipafont-gothic)
bench_pkgs=(libbenchmark-dev hyperfine linux-perf)
fuzz_pkgs=(clang libclang-rt-14-dev)

want=("${build_pkgs[@]}")
for set in "$@"; do
  case "$set" in
    build) ;;
    test)  want+=("${test_pkgs[@]}") ;;
    bench) want+=("${test_pkgs[@]}" "${bench_pkgs[@]}") ;;
    fuzz)  want+=("${fuzz_pkgs[@]}") ;;
    *) echo "install-deps: unknown package set '$set' (build, test, bench, fuzz)" >&2; exit 2 ;;
  esac
done

# A command that some other package already provides needs no Debian
# package: a machine with Node.js from elsewhere (whose nodejs package
# bundles npm) cannot install Debian's npm beside it.
provided_by_command() {
  case "$1" in
    nodejs) command -v node >/dev/null 2>&1 ;;
    npm) command -v npm >/dev/null 2>&1 ;;
    *) return 1 ;;
  esac
}

missing=()
for pkg in "${want[@]}"; do
  provided_by_command "$pkg" && continue
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = installed ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
