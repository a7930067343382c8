#!/usr/bin/env python3
"""Makes a benchmark corpus of N articles from the dev corpora: the originals, then copies that differ only in a
first line of their own (near-duplicates, as wire copies run in many outlets). Writes the same articles twice:
as .txt for Briefing and as Markdown pages for Hugo."""
import os
import sys
from pathlib import Path

source, size, target = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
originals = sorted(p for p in source.glob("*/articles/**/*") if p.is_file() and p.suffix == ".txt")
articles, hugo = target / "articles", target / "hugo" / "content" / "articles"
articles.mkdir(parents=True)
hugo.mkdir(parents=True)
texts = [p.read_text(encoding="utf-8") for p in originals]
for i in range(size):
    text = texts[i % len(texts)]
    copy = i // len(texts)
    if copy:
        # The outlet's number closes the line: "copy 12 of" would read as a count of 12, and each copy would lead with a
        # figure of its own, as reports of a running count do, where copies of one text lead with the same.
        text = f"Wire copy of {originals[i % len(texts)].stem} (outlet {copy})\n" + text
    name = f"a{i:06d}"
    (articles / f"{name}.txt").write_text(text, encoding="utf-8")
    title = next((line for line in text.splitlines() if line.strip()), name).replace('"', "'")
    body = "\n\n".join(line for line in text.splitlines() if line.strip())
    (hugo / f"{name}.md").write_text(f'---\ntitle: "{title[:200]}"\n---\n\n{body}\n', encoding="utf-8")
