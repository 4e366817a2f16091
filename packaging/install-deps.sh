#!/usr/bin/env bash
# Installs the Debian 12 packages TransferLab needs.
#   bash packaging/install-deps.sh          what building and running the app and the CLI needs
#   bash packaging/install-deps.sh --tests  that, and what the test suite needs besides: the
#                                           sanitizer build (clang), the independent references
#                                           (Python torch, Node.js), the Slurm cluster, the GUI and
#                                           packaging checks
# Idempotent: when everything is present it only checks and exits in about a second.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache curl ca-certificates
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqcustomplot-dev
  libtorch-dev libopencv-core-dev libopencv-imgproc-dev libopencv-imgcodecs-dev libopencv-dnn-dev
  libhdf5-dev libssl-dev nlohmann-json3-dev libonnx-dev libopenblas0-pthread
)
if [ "${1:-}" = --tests ]; then
  packages+=(
    libgtest-dev clang-format clang libclang-rt-14-dev llvm
    xvfb xauth
    desktop-file-utils appstream groff-base dpkg-dev file poppler-utils
    python3-torch python3-torchvision python3-h5py python3-pil nodejs
    slurm-wlm slurm-client munge
  )
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# npm comes inside some nodejs builds (NodeSource's): ask for Debian's npm only when there is none.
if [ "${1:-}" = --tests ] && ! command -v npm >/dev/null; then
  missing+=(npm)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
