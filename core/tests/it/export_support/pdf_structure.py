"""An independent check of a Peerlog PDF's accessibility and archival
structure, read with pikepdf (qpdf underneath), not with the crate that
wrote it.

Usage: python pdf_structure.py FILE.pdf LANG

Checks what PDF/UA-1 and PDF/A-2u rest on and a machine can see: the
declarations (XMP pdfuaid/pdfaid, /Lang, DisplayDocTitle, MarkInfo), the
outline, embedded fonts with a ToUnicode map, a structure tree whose tables
are Table > (THead|TBody) > TR > (TH|TD) with every row as wide as the
header, figures with /Alt, headings without skipped levels, every piece of
page content either an artifact or referenced by the tree, and top-level
elements in page order. Prints counts only (never the text: it may hold
names) and exits 1 with the problems found.
"""

import sys

import pikepdf
from pikepdf import Name

path, lang = sys.argv[1], sys.argv[2]
pdf = pikepdf.open(path)
root = pdf.Root
problems = []


def need(ok, what):
    if not ok:
        problems.append(what)


# Declarations.
need(str(root.get("/Lang", "")) == lang, f"catalog /Lang is not {lang}")
need(bool(root.get("/MarkInfo", {}).get("/Marked", False)), "MarkInfo /Marked is not true")
need(
    bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)),
    "DisplayDocTitle is not true",
)
need("/Outlines" in root and "/First" in root.Outlines, "no outline")
meta = pdf.open_metadata()
need(meta.get("pdfuaid:part") == "1", "XMP does not declare PDF/UA-1")
need(meta.get("pdfaid:part") == "2", "XMP does not declare PDF/A-2")
need(meta.get("pdfaid:conformance") == "U", "XMP does not declare conformance U")
title = meta.get("dc:title")
need(bool(title), "no dc:title")
need(str(pdf.docinfo.get("/Title", "")) == str(title), "Info /Title and dc:title differ")

# Fonts: embedded, with a map from glyphs to text.
fonts = 0
for page in pdf.pages:
    for _, font in page.Resources.get("/Font", {}).items():
        fonts += 1
        need("/ToUnicode" in font, "a font without ToUnicode")
        for descendant in font.get("/DescendantFonts", []):
            descriptor = descendant.FontDescriptor
            need("/FontFile2" in descriptor, "a font not embedded")

# Page content: which marked-content ids each page has, and that every
# text-showing operator is inside a marked sequence.
page_index = {page.obj.objgen: i for i, page in enumerate(pdf.pages)}
content_ids = set()
artifacts = 0
for i, page in enumerate(pdf.pages):
    depth = []
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op in ("BDC", "BMC"):
            tag = operands[0]
            props = operands[1] if op == "BDC" else None
            if tag == Name.Artifact:
                artifacts += 1
                depth.append("artifact")
            elif props is not None and "/MCID" in props:
                content_ids.add((i, int(props.MCID)))
                depth.append("content")
            else:
                depth.append("other")
        elif op == "EMC":
            need(bool(depth), f"page {i + 1}: EMC without BDC")
            if depth:
                depth.pop()
        elif op in ("Tj", "TJ", "'", '"'):
            need(
                any(d in ("artifact", "content") for d in depth),
                f"page {i + 1}: text outside tagged content",
            )
    need(not depth, f"page {i + 1}: unclosed marked content")

# The structure tree.
tree = root.get("/StructTreeRoot")
need(tree is not None, "no StructTreeRoot")
referenced = set()
roles = {}
headings = []


def kids_of(elem):
    k = elem.get("/K")
    if k is None:
        return []
    return list(k) if isinstance(k, pikepdf.Array) else [k]


def first_position(elem, page):
    """The first (page, mcid) an element covers, for reading order."""
    best = None
    for kid in kids_of(elem):
        if isinstance(kid, int):
            pos = (page_index.get(page, -1), int(kid))
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == Name.MCR:
            pos = (page_index.get(kid.Pg.objgen, -1), int(kid.MCID))
        elif isinstance(kid, pikepdf.Dictionary):
            inner_page = kid.Pg.objgen if "/Pg" in kid else page
            pos = first_position(kid, inner_page)
        else:
            pos = None
        if pos is not None and (best is None or pos < best):
            best = pos
    return best


def walk(elem, parent_role, page):
    role = str(elem.get("/S", ""))[1:]
    roles[role] = roles.get(role, 0) + 1
    if "/Pg" in elem:
        page = elem.Pg.objgen
    if role in ("H1", "H2", "H3", "H4", "H5", "H6"):
        headings.append(int(role[1]))
        need("/T" in elem, "a heading without a title")
    if role == "Figure":
        need(bool(str(elem.get("/Alt", ""))), "a figure without /Alt")
    if role == "TR":
        need(parent_role in ("Table", "THead", "TBody", "TFoot"), f"TR inside {parent_role}")
    if role in ("TH", "TD"):
        need(parent_role == "TR", f"{role} inside {parent_role}")
    if role in ("THead", "TBody"):
        need(parent_role == "Table", f"{role} inside {parent_role}")
    if role == "Table":
        widths = set()
        for part in kids_of(elem):
            rows = kids_of(part) if str(part.get("/S")) in ("/THead", "/TBody") else [part]
            for row in rows:
                widths.add(len(kids_of(row)))
        need(len(widths) == 1, "a table whose rows differ in width")
    for kid in kids_of(elem):
        if isinstance(kid, int):
            referenced.add((page_index.get(page, -1), int(kid)))
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == Name.MCR:
            referenced.add((page_index.get(kid.Pg.objgen, -1), int(kid.MCID)))
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == Name.OBJR:
            pass
        elif isinstance(kid, pikepdf.Dictionary):
            walk(kid, role, page)


if tree is not None:
    tops = []
    for document in kids_of(tree):
        need(str(document.get("/S")) == "/Document", "the root element is not Document")
        need(str(document.get("/Lang", lang)) == lang, "Document /Lang differs")
        walk(document, "", None)
        tops = kids_of(document)
    need(content_ids == referenced, f"{len(content_ids ^ referenced)} marked pieces not in the tree")
    positions = [first_position(t, t.Pg.objgen if "/Pg" in t else None) for t in tops]
    positions = [p for p in positions if p is not None]
    need(positions == sorted(positions), "top-level elements are not in page order")

need(bool(headings) and headings[0] == 1, "the first heading is not H1")
for before, after in zip(headings, headings[1:]):
    need(after <= before + 1, f"heading level skips from H{before} to H{after}")

print(
    f"pages={len(pdf.pages)} fonts={fonts} marked={len(content_ids)} artifacts={artifacts} "
    + " ".join(f"{role}={count}" for role, count in sorted(roles.items()))
)
for problem in sorted(set(problems)):
    print("PROBLEM:", problem)
sys.exit(1 if problems else 0)
