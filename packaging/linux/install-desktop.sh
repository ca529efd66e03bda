#!/usr/bin/env bash
# Installs the built bundle for the current user with its desktop integration:
#   the app in ~/.local/opt/Backpack (the `backpack` command links to it from ~/.local/bin),
#   backpack.desktop, the icon at the standard sizes, and the MIME type of `*.backpack` shares
#   (application/x-backpack-share), with Backpack as the program that opens them.
# Usage: packaging/linux/install-desktop.sh [BUNDLE_DIR]        (default: dist/Backpack)
#        packaging/linux/install-desktop.sh --uninstall
# Honours XDG_DATA_HOME; PREFIX (default ~/.local) decides where the app and the link go.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
prefix="${PREFIX:-$HOME/.local}"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
app="$prefix/opt/Backpack"
hicolor="$data/icons/hicolor"

refresh() {
  # Each tool is optional: a desktop without it finds the files at its next login.
  if command -v update-mime-database >/dev/null; then update-mime-database "$data/mime"; fi
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database "$data/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f "$hicolor/index.theme" ]; then
    gtk-update-icon-cache -f -t -q "$hicolor" || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$app"
  rm -f "$prefix/bin/backpack" "$data/applications/backpack.desktop" \
    "$data/mime/packages/backpack.xml" "$hicolor/scalable/apps/backpack.svg" \
    "$hicolor/scalable/mimetypes/application-x-backpack-share.svg"
  for png in "$root"/resources/icons/backpack-*.png; do
    size="$(basename "$png" .png)"; size="${size#backpack-}"
    rm -f "$hicolor/${size}x${size}/apps/backpack.png" \
      "$hicolor/${size}x${size}/mimetypes/application-x-backpack-share.png"
  done
  mkdir -p "$data/mime/packages" "$data/applications"
  refresh
  echo "Backpack's program and desktop entry are removed (your backpack folder is untouched)."
  exit 0
fi

bundle="$(cd "${1:-$root/dist/Backpack}" && pwd)"
[ -x "$bundle/Backpack" ] || { echo "No bundle at $bundle: run 'make package' first." >&2; exit 2; }

mkdir -p "$prefix/opt" "$prefix/bin" "$data/applications" "$data/mime/packages"
rm -rf "$app.new"
cp -a "$bundle" "$app.new"
rm -rf "$app"
mv "$app.new" "$app"
ln -sfn "$app/Backpack" "$prefix/bin/backpack"

sed "s|@EXEC@|$app/Backpack|g" "$here/backpack.desktop" >"$data/applications/backpack.desktop"
cp "$here/backpack-mime.xml" "$data/mime/packages/backpack.xml"
for png in "$root"/resources/icons/backpack-*.png; do
  size="$(basename "$png" .png)"; size="${size#backpack-}"
  install -D -m 644 "$png" "$hicolor/${size}x${size}/apps/backpack.png"
  install -D -m 644 "$png" "$hicolor/${size}x${size}/mimetypes/application-x-backpack-share.png"
done
install -D -m 644 "$root/resources/icons/backpack.svg" "$hicolor/scalable/apps/backpack.svg"
install -D -m 644 "$root/resources/icons/backpack.svg" \
  "$hicolor/scalable/mimetypes/application-x-backpack-share.svg"
refresh
if command -v xdg-mime >/dev/null; then
  # Shares, and the links schools hand out for wallets (Backpack asks before it goes online).
  for kind in application/x-backpack-share x-scheme-handler/openid-credential-offer \
    x-scheme-handler/dccrequest x-scheme-handler/openid4vp; do
    xdg-mime default backpack.desktop "$kind" || true
  done
fi
echo "Installed Backpack $("$app/Backpack" --version | cut -d' ' -f2) in $app; run it from your"
echo "applications menu, as 'backpack' (if $prefix/bin is on your PATH), or double-click a share."
