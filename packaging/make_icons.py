"""Draws Backpack's app icon: resources/icons/backpack.svg and backpack-SIZE.png (the window
and the Linux desktop), packaging/icons/backpack.ico (Windows) and backpack.icns (macOS).

Run from the checkout's root after changing the drawing: `.venv/bin/python packaging/make_icons.py`.
The outputs are committed, so a build never needs to run this.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
BLUE, DARK, WHITE = "#2a6f97", "#1d4f6e", "#ffffff"
# The drawing on a 512 x 512 canvas: (kind, box, radius, colour); "ring" is an outline 24 wide.
SHAPES = [
    ("box", (16, 16, 496, 496), 104, BLUE),
    ("ring", (200, 84, 312, 196), 44, WHITE),
    ("box", (128, 144, 384, 444), 72, WHITE),
    ("box", (172, 284, 340, 408), 28, BLUE),
    ("box", (172, 284, 340, 318), 14, DARK),
    ("box", (240, 300, 272, 340), 8, WHITE),
]
STROKE = 24


def svg() -> str:
    parts = []
    for kind, (x0, y0, x1, y1), r, colour in SHAPES:
        if kind == "ring":
            h = STROKE / 2
            parts.append(
                f'<rect x="{x0 + h}" y="{y0 + h}" width="{x1 - x0 - STROKE}" '
                f'height="{y1 - y0 - STROKE}" rx="{r - h}" fill="none" stroke="{colour}" '
                f'stroke-width="{STROKE}"/>'
            )
        else:
            parts.append(
                f'<rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="{r}" '
                f'fill="{colour}"/>'
            )
    body = "\n  ".join(parts)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">\n'
        f"  <title>Backpack</title>\n  {body}\n</svg>\n"
    )


def picture(size: int) -> Image.Image:
    """The drawing at 4x the size, scaled down, so small sizes stay smooth."""
    big, scale = size * 4, size * 4 / 512
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    for kind, box, r, colour in SHAPES:
        xy = [round(v * scale) for v in box]
        if kind == "ring":
            draw.rounded_rectangle(
                xy, round(r * scale), outline=colour, width=round(STROKE * scale)
            )
        else:
            draw.rounded_rectangle(xy, round(r * scale), fill=colour)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    icons = ROOT / "resources" / "icons"
    icons.mkdir(exist_ok=True)
    (icons / "backpack.svg").write_text(svg(), encoding="utf-8")
    for size in SIZES:
        picture(size).save(icons / f"backpack-{size}.png", optimize=True)
    native = ROOT / "packaging" / "icons"
    native.mkdir(exist_ok=True)
    large = picture(1024)
    large.save(native / "backpack.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    large.save(native / "backpack.icns")


if __name__ == "__main__":
    main()
