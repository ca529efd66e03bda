"""Replaces PyInstaller's hook for PySide6.QtGui: the same files, less the Qt plugins Backpack
cannot use. Dropping them here, before PyInstaller follows their library dependencies, also
keeps out what only they need (GTK 3 and its stack for the gtk3 theme, libQt6Svg, EGLFS)."""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# plugin folder -> plugins kept (None: the whole folder is dropped)
KEEP = {
    # X11 and Wayland desktops, and offscreen for headless checks; not EGLFS, VNC, linuxfb.
    "platforms": ("qxcb", "qwayland", "qoffscreen", "qminimal.", "qwindows", "qcocoa", "qdirect2d"),
    # The gtk3 theme needs the system's GTK 3; the XDG portal theme gives native file dialogs.
    "platformthemes": ("qxdgdesktopportal",),
    "egldeviceintegrations": None,  # EGLFS only
    "generic": None,  # evdev/tuio input, used by EGLFS and linuxfb only
    "iconengines": None,  # SVG icon files: the app ships PNG icons and loads no icon theme
}
# Every image format stays: the app previews attached pictures and badge images (PNG, JPEG,
# GIF, WebP, SVG, ...) with QPixmap, as it does from a checkout.


def _wanted(dest: str, src: str) -> bool:
    parts = PurePath(dest).parts
    for folder, kept in KEEP.items():
        if folder in parts:
            return kept is not None and any(k in PurePath(src).name for k in kept)
    return True


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if _wanted(dest, src)]
