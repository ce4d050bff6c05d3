#!/usr/bin/env bash
# Installs every Debian 12 package Threadline needs to build, test and run.
# Idempotent: packages already present are left alone. Run as root.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config ccache clang-format git
  # Qt 6: core, widgets, SVG icons, printing (exhibits), concurrent (background jobs)
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev libqt6svg6 qt6-qpa-plugins libgl-dev
  # case store: SQLite C API and the sqlite3 shell (tests tamper with cases through it)
  libsqlite3-dev sqlite3
  # importers: e-mail (EML, mbox)
  libgmime-3.0-dev
  # phone numbers to E.164
  libphonenumber-dev
  # PDF text and page rendering; OCR of scans
  libpoppler-qt6-dev libtesseract-dev tesseract-ocr-eng
  # archives: ZIP, TAR, 7z, RAR, compressed files
  libarchive-dev
  # images: EXIF, perceptual hashes (img_hash is in OpenCV contrib), WebP/TIFF decoding for Qt
  libexiv2-dev libopencv-dev libopencv-contrib-dev qt6-image-formats-plugins
  # saved web pages (ads): an HTML5 parser
  libgumbo-dev
  # SHA-256 of originals with the processor's SHA instructions (OpenSSL's libcrypto)
  libssl-dev
  # scraper dumps: a JSON parser fast enough for a hundred thousand lines
  libsimdjson-dev
  # tests; pdftotext is the peer the import benchmark compares against
  catch2 poppler-utils
  # the network: Boost.Graph (adjacency lists, Brandes, layouts, k-core, biconnected parts)
  libboost-graph-dev
  # communities by Leiden (every community connected), from the igraph C library
  libigraph-dev
  # peers the graph benchmark and the reference fixtures are measured against
  python3-networkx python3-igraph python3-scipy graphviz
  # libFuzzer's runtime, which drives the importers' fuzz targets (bench/fuzz/run.sh)
  libclang-rt-14-dev
  # screenshots of the app under a virtual display (the chart's look is checked by eye)
  xvfb x11-apps imagemagick
  # fonts so offscreen screenshots render text
  fonts-dejavu-core
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "install-deps: missing packages (${missing[*]}); run this script as root" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
