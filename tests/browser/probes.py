"""What the browser tests measure in a page: small scripts run inside Chromium, and axe-core.

Each function takes a Playwright page and returns plain data (lists, dicts) for the tests to
assert on, so that a failure message can show exactly which element is wrong.
"""

from axe_playwright_python.sync_playwright import Axe

# WCAG 2.0, 2.1 and 2.2 at levels A and AA: the rules the site promises to pass.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

AXE = Axe()

# Shared by the scripts below: a CSS path that names an element in failure messages, and
# whether text is clipped away for screen readers only (the .visually-hidden pattern).
HELPERS = """
const pathOf = (el) => {
  const parts = [];
  for (let e = el; e && e.parentElement; e = e.parentElement) {
    const index = [...e.parentElement.children].indexOf(e) + 1;
    const name = e.id ? `${e.localName}#${e.id}` : e.className && typeof e.className === 'string'
      ? `${e.localName}.${e.className.trim().split(/\\s+/)[0]}` : e.localName;
    parts.unshift(`${name}:nth-child(${index})`);
  }
  return parts.join(' > ');
};
const describe = (el) => ({
  path: pathOf(el), text: (el.innerText || el.value || el.getAttribute('aria-label') || '')
    .trim().replace(/\\s+/g, ' ').slice(0, 60),
});
const clippedAway = (el) => {
  for (let e = el; e; e = e.parentElement) {
    const style = getComputedStyle(e);
    const tiny = e.getBoundingClientRect().width <= 1 || e.getBoundingClientRect().height <= 1;
    if (style.clip !== 'auto' || style.clipPath !== 'none') return true;
    if (tiny && style.overflow === 'hidden') return true;
  }
  return false;
};
const shown = (el) => el.checkVisibility({visibilityProperty: true, opacityProperty: true});
const INTERACTIVE = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, '
  + 'summary, iframe, [tabindex], [contenteditable=""], [contenteditable=true]';
"""


def run(page, body: str, arg=None):
    """Evaluate ``body`` (the inside of a function taking ``arg``) with the helpers in scope."""
    return page.evaluate(f"(arg) => {{ {HELPERS}\n{body} }}", arg)


def axe(page) -> dict:
    """axe-core's full answer for the WCAG 2.x A/AA rules (violations with every node)."""
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    return AXE.run(page, options=options).response


def axe_rule_ids(result: dict) -> set[str]:
    """Every rule axe ran on the page, whatever its outcome."""
    outcomes = ("passes", "violations", "incomplete", "inapplicable")
    return {rule["id"] for outcome in outcomes for rule in result[outcome]}


def axe_violations(result: dict, known: tuple[tuple[str, str], ...] = ()) -> list[str]:
    """One readable line per violating element: rule, impact, element, what is wrong.

    ``known`` lists (rule id, part of the element's selector) pairs to leave out: findings
    in markup that is not ours to change.
    """
    lines = []
    for violation in result["violations"]:
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            if any(violation["id"] == rule and part in target for rule, part in known):
                continue
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(
                f"{violation['id']} ({violation['impact']}) {node['target']}: {summary[:300]}"
            )
    return lines


def headings(page) -> list[list]:
    """[level, text] of every heading exposed to assistive technology, in document order."""
    return run(
        page,
        """
        return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')]
          .filter((h) => h.checkVisibility({visibilityProperty: true})
                         && !h.closest('[aria-hidden=true]'))
          .map((h) => [
            h.getAttribute('role') === 'heading'
              ? Number(h.getAttribute('aria-level') || 2) : Number(h.localName[1]),
            h.textContent.trim().replace(/\\s+/g, ' ').slice(0, 60),
          ]);
        """,
    )


def links(page) -> list[tuple[str, str]]:
    """(accessible name, address) of every link, as Chromium computes them for screen readers."""
    session = page.context.new_cdp_session(page)
    try:
        tree = session.send("Accessibility.getFullAXTree")
    finally:
        session.detach()
    found = []
    for node in tree["nodes"]:
        if node.get("ignored") or node.get("role", {}).get("value") != "link":
            continue
        properties = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
        name = " ".join(node.get("name", {}).get("value", "").split())
        found.append((name, properties.get("url", "")))
    return found


def focusable(page) -> list[dict]:
    """Elements that should be reachable with Tab, in document order."""
    return run(
        page,
        """
        return [...document.querySelectorAll(INTERACTIVE)]
          .filter((el) => el.tabIndex >= 0 && !el.disabled && !el.closest('[inert]') && shown(el))
          .map(describe);
        """,
    )


# The parts of an element's style that draw a focus indicator.
FOCUS_STYLE = """
const focusStyle = (el) => {
  const s = getComputedStyle(el);
  return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.outlineOffset, s.boxShadow];
};
"""


def styles_at_rest(page) -> dict[str, list]:
    """The focus-related style of every focusable element while nothing has focus."""
    return run(
        page,
        FOCUS_STYLE
        + """
        document.activeElement.blur();
        const styles = {};
        for (const el of document.querySelectorAll(INTERACTIVE)) styles[pathOf(el)] = focusStyle(el);
        return styles;
        """,
    )


def focused(page) -> dict | None:
    """The element that has focus: where it is, its focus style, and what it is drawn over.

    ``None`` when focus has left the document (after the last element, Tab goes to the
    browser's own interface).
    """
    return run(
        page,
        FOCUS_STYLE
        + """
        const el = document.activeElement;
        if (!el || el === document.body || el === document.documentElement) return null;
        const rect = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        // The colour the outline is drawn on: what lies just outside the element's box.
        const gap = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) / 2;
        const x = Math.min(Math.max(rect.left - gap, 0), innerWidth - 1);
        const y = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1);
        const behind = document.elementsFromPoint(x, y).find((e) => e !== el && !el.contains(e));
        let backdrop = 'rgb(255, 255, 255)';
        for (let e = behind; e; e = e.parentElement) {
          const colour = getComputedStyle(e).backgroundColor;
          if (colour !== 'transparent' && !colour.endsWith(', 0)')) { backdrop = colour; break; }
        }
        const cx = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
        const cy = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1);
        const top = document.elementFromPoint(cx, cy);
        const inView = rect.bottom > 0 && rect.top < innerHeight && rect.right > 0
          && rect.left < innerWidth;
        return {...describe(el), style: focusStyle(el), backdrop,
                visible: inView && !!top && (top === el || el.contains(top) || top.contains(el))};
        """,
    )


def motion(page) -> dict:
    """What moves: elements with a running transition or animation, and smooth scrolling."""
    return run(
        page,
        """
        const moving = [];
        const lasts = (list) => list.split(',').some((d) => parseFloat(d) > 0);
        for (const el of document.querySelectorAll('*')) {
          for (const pseudo of [null, '::before', '::after']) {
            const s = getComputedStyle(el, pseudo);
            const transition = s.transitionProperty !== 'none' && lasts(s.transitionDuration);
            const animation = s.animationName.split(',').some((n) => n.trim() !== 'none')
              && lasts(s.animationDuration);
            if (transition || animation) moving.push(pathOf(el) + (pseudo || ''));
          }
        }
        return {
          moving,
          smoothScroll: getComputedStyle(document.documentElement).scrollBehavior === 'smooth',
          animations: document.getAnimations().length,
        };
        """,
    )


def load_every_image(page) -> None:
    """Scroll through the page so that lazy pictures load, then back to the top."""
    page.evaluate(
        """async () => {
          for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
            scrollTo(0, y);
            await new Promise((done) => requestAnimationFrame(() => done()));
          }
          scrollTo(0, 0);
        }"""
    )
    # Polled with evaluate(): wait_for_function compiles its text with eval, which the site's
    # Content-Security-Policy rightly forbids.
    page.evaluate(
        """async () => {
          const deadline = Date.now() + 30000;
          while (![...document.images].every((img) => img.complete) && Date.now() < deadline) {
            await new Promise((done) => setTimeout(done, 50));
          }
        }"""
    )


def layout(page) -> dict:
    """Page and window widths, overlapping text, pictures' shapes, and the size of every target
    that is not a link inside running text."""
    return run(
        page,
        """
        const doc = document.documentElement;
        const boxes = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!node.data.trim() || !shown(parent) || clippedAway(parent)) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const r of range.getClientRects()) {
            if (r.width < 1 || r.height < 1 || r.bottom + scrollY < 0) continue;
            boxes.push({left: r.left, top: r.top + scrollY, right: r.right,
                        bottom: r.bottom + scrollY, node,
                        text: node.data.trim().slice(0, 30), path: pathOf(parent)});
          }
        }
        // Two pieces of text overlap when they share more than a sliver in both directions
        // (glyph boxes of neighbouring words and lines may touch).
        const overlaps = [];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i], b = boxes[j];
            if (a.node === b.node) continue;
            const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (w > 2 && h > 2) overlaps.push(`"${a.text}" (${a.path}) / "${b.text}" (${b.path})`);
          }
        }
        const images = [...document.images].filter(shown).map((img) => {
          const rect = img.getBoundingClientRect();
          return {src: img.currentSrc.split('/').pop(), complete: img.complete,
                  natural: [img.naturalWidth, img.naturalHeight], box: [rect.width, rect.height]};
        });
        // Links inside running text are exempt from the target size (WCAG 2.5.8, "inline"):
        // an inline link whose block also holds text that is not part of the link.
        const inText = (el) => {
          if (getComputedStyle(el).display !== 'inline') return false;
          let block = el.parentElement;
          while (block && getComputedStyle(block).display.startsWith('inline')) {
            block = block.parentElement;
          }
          const rest = block.textContent.replace(el.textContent, '');
          return /[\\p{L}\\p{N}]/u.test(rest);
        };
        const targets = [...document.querySelectorAll(INTERACTIVE)]
          .filter((el) => el.tabIndex >= 0 && shown(el) && !clippedAway(el) && !inText(el))
          .map((el) => ({...describe(el), size: [el.getBoundingClientRect().width,
                                                  el.getBoundingClientRect().height]}));
        return {scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth,
                overlaps: overlaps.slice(0, 20), images, targets};
        """,
    )


def page_weight(page) -> dict[str, int]:
    """Decoded bytes the page downloaded, by kind (document, stylesheet, font, image, other)."""
    return run(
        page,
        """
        const kinds = {document: 0, stylesheet: 0, font: 0, image: 0, other: 0};
        const [navigation] = performance.getEntriesByType('navigation');
        kinds.document = navigation.decodedBodySize;
        for (const entry of performance.getEntriesByType('resource')) {
          const name = new URL(entry.name).pathname;
          const kind = /\\.css$/.test(name) ? 'stylesheet'
            : /\\.(woff2?|ttf|otf)$/.test(name) ? 'font'
            : entry.initiatorType === 'img' || /\\.(jpe?g|png|webp|avif|gif|svg)$/.test(name)
              ? 'image' : 'other';
          kinds[kind] += entry.decodedBodySize;
        }
        return kinds;
        """,
    )
