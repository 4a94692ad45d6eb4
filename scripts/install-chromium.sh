#!/usr/bin/env bash
# Installs Debian's Chromium (and CJK fonts, so screenshots show Chinese labels) for the
# end-to-end tests, which drive it with playwright-core. Idempotent: does nothing when both are
# already there. Needs root (or sudo) and Debian's package archive; never downloads a browser build.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
FONTS_MARKER=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

if [[ -x "$CHROMIUM" && -e "$FONTS_MARKER" ]]; then
  echo "chromium already installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi

SUDO=""
if [[ "$(id -u)" != "0" ]]; then
  SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
for attempt in 1 2 3; do
  if $SUDO apt-get update -q && $SUDO apt-get install -y -q --no-install-recommends chromium fonts-noto-cjk fonts-dejavu-core; then
    break
  fi
  if [[ "$attempt" == "3" ]]; then
    echo "could not install chromium from Debian's packages" >&2
    exit 1
  fi
  echo "apt-get failed (attempt $attempt); retrying in 10 s" >&2
  sleep 10
done

"$CHROMIUM" --version
