"""Images and documents drawn with Pillow: zellige-like patterns, initials logos, PDF covers.

Everything is deterministic (a seed per picture), so the demo looks the same on every machine,
and needs no font beyond the one Pillow ships (Latin text only; Arabic needs a shaping font).
"""

import io
import math
import random

from PIL import Image, ImageDraw, ImageFont

PATTERN_SIZE = (1200, 675)
LOGO_SIZE = 400
SUPERSAMPLE = 2


def _rgb(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _star(cx, cy, radius, rotation=0.0):
    """An eight-pointed star (two overlapping squares), as a polygon of 16 points."""
    inner = radius * math.cos(math.pi / 4) / math.cos(math.pi / 8)
    points = []
    for i in range(16):
        r = radius if i % 2 == 0 else inner
        angle = rotation + i * math.pi / 8
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return points


def _octagon(cx, cy, radius):
    return [
        (cx + radius * math.cos(math.pi / 8 + i * math.pi / 4), cy + radius * math.sin(math.pi / 8 + i * math.pi / 4))
        for i in range(8)
    ]


def pattern_jpeg(palette, seed, size=PATTERN_SIZE):
    """A zellige-like tiling of eight-pointed stars in the given colours, as JPEG bytes."""
    rng = random.Random(seed)  # noqa: S311 - decoration, not security
    ground, star, accent, light = (_rgb(c) for c in palette)
    width, height = size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE
    img = Image.new("RGB", (width, height), ground)
    draw = ImageDraw.Draw(img)
    step = rng.choice([150, 170, 190]) * SUPERSAMPLE
    offset = rng.randrange(step)
    for row, y in enumerate(range(-step + offset, height + step, step)):
        for col, x in enumerate(range(-step + offset, width + step, step)):
            # Stars on the grid, small octagons between them, a light core inside each star.
            draw.polygon(_star(x, y, step * 0.62), fill=star)
            draw.polygon(_star(x, y, step * 0.42, math.pi / 8), fill=light)
            draw.polygon(_octagon(x, y, step * 0.2), fill=accent if (row + col) % 2 else star)
            draw.polygon(_octagon(x + step / 2, y + step / 2, step * 0.16), fill=light)
            draw.polygon(_star(x + step / 2, y + step / 2, step * 0.1), fill=accent)
    # A soft band of the ground colour along one edge, where a title can sit.
    band = Image.new("RGB", (width, height), ground)
    mask = Image.linear_gradient("L").rotate(rng.choice([90, -90])).resize((width, height))
    mask = mask.point(lambda v: int(v * 0.55))
    img = Image.composite(band, img, mask)
    img = img.resize(size, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return out.getvalue()


def _font(size):
    return ImageFont.load_default(size=size)


def logo_png(initials, colour, light="#f4ead5"):
    """A round badge with a star and the member's initials, as PNG bytes."""
    size = LOGO_SIZE * SUPERSAMPLE
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    main, pale = _rgb(colour), _rgb(light)
    draw.ellipse((0, 0, size - 1, size - 1), fill=main)
    draw.ellipse((size * 0.06, size * 0.06, size * 0.94, size * 0.94), outline=pale, width=size // 60)
    draw.polygon(_star(size / 2, size / 2, size * 0.4), outline=pale, width=size // 120)
    font = _font(size * (0.3 if len(initials) <= 2 else 0.22))
    draw.text((size / 2, size / 2), initials, font=font, fill=pale, anchor="mm")
    img = img.resize((LOGO_SIZE, LOGO_SIZE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def presentation_pdf(lines, palette, seed):
    """A two-page stand-in for a presentation whose original is not available, as PDF bytes."""
    width, height = 1600, 900
    cover = Image.open(io.BytesIO(pattern_jpeg(palette, seed, size=(width, height)))).convert("RGB")
    draw = ImageDraw.Draw(cover)
    ground = _rgb(palette[0])
    draw.rectangle((120, 250, width - 120, 650), fill=(255, 255, 255))
    draw.rectangle((120, 250, 136, 650), fill=ground)
    y = 300
    for i, line in enumerate(lines):
        font = _font(56 if i == 0 else 40)
        draw.text((180, y), line, font=font, fill=ground if i == 0 else (40, 40, 40))
        y += 110 if i == 0 else 80

    note = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(note)
    draw.rectangle((0, 0, width, 40), fill=ground)
    text = [
        "Document de démonstration",
        "La présentation originale n'est pas reproduite ici.",
        "Ce fichier illustre un document téléchargeable du site.",
    ]
    for i, line in enumerate(text):
        draw.text((120, 300 + i * 90), line, font=_font(52 if i == 0 else 38), fill=(40, 40, 40))

    out = io.BytesIO()
    cover.save(out, "PDF", resolution=150, save_all=True, append_images=[note])
    return out.getvalue()
