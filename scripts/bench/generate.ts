/**
 * Deterministic synthetic news pages for the benchmark.
 *
 * The prose is generated from small word banks written for this file (no copied news text). A page is a
 * news site: nav, a stack of articles (h2, p, a, em, strong, blockquote, lists, tables), asides, a footer,
 * plus hidden, aria-hidden and closed-<details> subtrees (not counted as visible text). Names from the
 * dataset appear about once every 300-800 visible characters in "cyber" paragraphs, in several shapes:
 * plain, possessive (APT28's), split across elements (Salt <em>Typhoon</em>), dotted abbreviations
 * (the M.S.S.); "non-cyber" paragraphs (sport, weather, food, markets) carry ordinary words that are
 * also aliases (gold, play, ice, silence, predator) and must not be highlighted without context.
 */

/** mulberry32: small, fast, seeded. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  /** Visible text characters to produce (approximately; the page ends after the article that crosses it). */
  visibleChars: number;
  /** Dataset names to insert (any shape; multi-word ones are also split across elements). */
  names: string[];
  /** Dotted abbreviations inserted besides the names (default "the M.S.S.", "the F.B.I.", "the G.R.U."). */
  dotted?: string[];
  seed?: number;
}

export interface GeneratedPage {
  html: string;
  visibleChars: number;
  hiddenChars: number;
  /** Names inserted in visible text (each shape counted once). */
  namesInserted: number;
  ordinaryWordsInserted: number;
}

// ---- word banks (invented for this benchmark) ----------------------------------------------------

const CYBER_SUBJECTS = ['Investigators', 'Security researchers', 'Officials', 'Analysts at a response firm', 'Two government agencies', 'A regional telecom operator', 'The ministry', 'Incident responders', 'A university lab', 'Engineers at the utility'];
const CYBER_VERBS = ['linked the intrusion to', 'attributed the campaign to', 'said the operation resembled earlier work by', 'found tooling associated with', 'warned that a group tracked as', 'published indicators tied to', 'traced the phishing lures back to', 'described a months-long effort by', 'could not rule out involvement of', 'compared the backdoor with samples from'];
const CYBER_OBJECTS = ['the compromised mail servers', 'a supplier of billing software', 'several routers at the network edge', 'a ministry of foreign affairs', 'a contractor for the port authority', 'two hospitals in the northern district', 'a dozen law firms', 'the payroll platform', 'a satellite operator', 'remote access appliances'];
const CYBER_TAILS = ['after a patch was released in the spring', 'according to a report shared with reporters', 'while the investigation continues', 'using credentials stolen months earlier', 'through a vulnerability that had no fix at the time', 'with commands relayed through rented servers', 'before the accounts were locked', 'and exfiltrated archives of internal documents', 'in what officials called a persistent espionage effort', 'although the malware itself was not new'];
const CYBER_FILL = ['The advisory lists file hashes, domains and the names of scheduled tasks the intruders created.', 'Defenders were told to rotate keys, review logs from the past year and disable unused remote services.', 'A spokesperson declined to say how many customers had been notified so far.', 'The company said it had hired outside specialists and informed the relevant regulators.', 'Several of the servers had not been updated since the previous winter, the report said.', 'Researchers cautioned that attribution rests on overlapping infrastructure and code, not on a single clue.', 'The breach came to light when an administrator noticed unusual traffic late on a Sunday.', 'Lawmakers asked for a briefing on the incident before the end of the month.'];

const PLAIN_SUBJECTS = ['The home side', 'Farmers in the valley', 'The new chef', 'Traders', 'The city council', 'Local runners', 'The museum', 'A family bakery', 'The ferry company', 'Visitors to the coast'];
const PLAIN_VERBS = ['spent the afternoon preparing for', 'were pleased with', 'announced plans for', 'complained about', 'celebrated', 'postponed', 'looked forward to', 'reported strong demand for', 'reviewed the schedule of', 'were surprised by'];
const PLAIN_OBJECTS = ['the autumn fair', 'the new stadium roof', 'a seasonal menu of soups and bread', 'the harbour festival', 'the weekend market', 'a long-awaited concert', 'the river crossing', 'the cycling route along the canal', 'the school garden', 'a retrospective of landscape paintings'];
const PLAIN_TAILS = ['despite the rain', 'as temperatures dropped overnight', 'after weeks of planning', 'with tickets selling quickly', 'while the roads were resurfaced', 'for the first time in years', 'to the delight of neighbours', 'ahead of the holidays'];
/** Ordinary words that are also aliases in the dataset (context-only names), used in their ordinary sense. */
const ORDINARY_SENTENCES = [
  'The striker struck gold in the final minute of play, and the crowd fell into a stunned silence.',
  'Ice on the northern roads slowed the morning deliveries to the market.',
  'Gold prices rose for a third day as traders weighed the central bank minutes.',
  'The children put on a play about a fox, a heron and a patient predator in the reeds.',
  'A thin layer of ice covered the pond, and the skaters waited for the play to resume.',
  'After the speeches came a minute of silence, then the band started to play again.',
  'The chef glazed the pears with honey until they shone like gold.',
  'An apex predator returns to the hills each spring, the rangers said.',
];
const HEADLINE_WORDS = ['Storm', 'Harbour', 'Council', 'Market', 'Signals', 'Networks', 'Border', 'Season', 'Report', 'Warning', 'Update', 'Inquiry', 'Review', 'Plans', 'Breach', 'Outage'];
const NAV = ['Home', 'World', 'Politics', 'Business', 'Technology', 'Security', 'Science', 'Sport', 'Culture', 'Opinion', 'Weather', 'Podcasts'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function generatePage(opts: GenerateOptions): GeneratedPage {
  const rnd = prng(opts.seed ?? 0x7c3a11);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
  const between = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const names = opts.names.filter((n) => n.trim().length > 0);
  const multi = names.filter((n) => /\s/.test(n.trim()));
  const dotted = opts.dotted ?? ['the M.S.S.', 'the F.B.I.', 'the G.R.U.'];

  let visible = 0;
  let hidden = 0;
  let namesInserted = 0;
  let ordinary = 0;
  let untilName = between(300, 800);
  const out: string[] = [];

  /** A name shape as HTML and its visible length. */
  function nameHtml(): { html: string; len: number } {
    const r = rnd();
    namesInserted++;
    if (r < 0.12 && multi.length) {
      // Split across elements: "Salt <em>Typhoon</em>" / "<strong>Fancy</strong> Bear".
      const n = pick(multi);
      const i = n.lastIndexOf(' ');
      const tag = pick(['em', 'strong', 'a']);
      const open = tag === 'a' ? `<a href="/tag/${encodeURIComponent(n.toLowerCase())}">` : `<${tag}>`;
      const html = rnd() < 0.5 ? `${esc(n.slice(0, i))} ${open}${esc(n.slice(i + 1))}</${tag}>` : `${open}${esc(n.slice(0, i))}</${tag}> ${esc(n.slice(i + 1))}`;
      return { html, len: n.length };
    }
    if (r < 0.2 && dotted.length) {
      const s = pick(dotted);
      return { html: s, len: s.length };
    }
    const n = pick(names);
    if (r < 0.32) return { html: `${esc(n)}'s`, len: n.length + 2 };
    if (r < 0.4) return { html: `<a href="/topic/${encodeURIComponent(n)}">${esc(n)}</a>`, len: n.length };
    return { html: esc(n), len: n.length };
  }

  /** One sentence as HTML; counts visible characters. */
  function sentence(cyber: boolean): string {
    let html: string;
    let len: number;
    if (cyber) {
      if (rnd() < 0.35) { const s = pick(CYBER_FILL); html = esc(s); len = s.length; }
      else {
        const a = `${pick(CYBER_SUBJECTS)} ${pick(CYBER_VERBS)} `;
        const b = ` when it targeted ${pick(CYBER_OBJECTS)}, ${pick(CYBER_TAILS)}.`;
        if (untilName <= 0) {
          const n = nameHtml();
          html = esc(a) + n.html + esc(b);
          len = a.length + n.len + b.length;
          untilName = between(300, 800);
        } else {
          const filler = pick(['an unnamed group', 'a known crew', 'an actor with state ties', 'a criminal affiliate']);
          html = esc(a + filler + b);
          len = a.length + filler.length + b.length;
        }
      }
      untilName -= len;
    } else if (rnd() < 0.3) {
      const s = pick(ORDINARY_SENTENCES);
      ordinary++;
      html = esc(s);
      len = s.length;
    } else {
      const s = `${pick(PLAIN_SUBJECTS)} ${pick(PLAIN_VERBS)} ${pick(PLAIN_OBJECTS)} ${pick(PLAIN_TAILS)}.`;
      html = esc(s);
      len = s.length;
    }
    // Some inline markup around plain words, so text nodes are of realistic size.
    if (rnd() < 0.15) html = html.replace(/^(\S+)/, '<strong>$1</strong>');
    visible += len + 1;
    return html;
  }

  const paragraph = (cyber: boolean, n = between(2, 6)) => {
    const ss: string[] = [];
    for (let i = 0; i < n; i++) ss.push(sentence(cyber));
    return ss.join(' ');
  };

  function hiddenBlock(): string {
    const before = visible;
    const kind = between(0, 2);
    const body = `<p>${paragraph(true, 2)}</p>`;
    hidden += visible - before;
    visible = before; // not visible
    if (kind === 0) return `<div hidden>${body}</div>`;
    if (kind === 1) return `<div aria-hidden="true" class="promo">${body}</div>`;
    const summary = 'Read the methodology';
    visible += summary.length;
    return `<details><summary>${summary}</summary>${body}</details>`;
  }

  function article(idx: number): string {
    const parts: string[] = [];
    const cyberArticle = rnd() < 0.7;
    const h = `${pick(HEADLINE_WORDS)} ${pick(HEADLINE_WORDS).toLowerCase()} ${pick(['as', 'after', 'amid', 'before'])} ${pick(HEADLINE_WORDS).toLowerCase()} ${idx}`;
    visible += h.length;
    parts.push(`<article class="story" id="s${idx}"><header><h2><a href="/story/${idx}">${esc(h)}</a></h2><p class="byline">By <a href="/staff/${idx % 37}">Staff Writer ${idx % 37}</a> · <time>2026-0${(idx % 9) + 1}-1${idx % 10}</time></p></header>`);
    visible += 30;
    const paras = between(4, 10);
    for (let i = 0; i < paras; i++) {
      const cyber = cyberArticle ? rnd() < 0.8 : rnd() < 0.1;
      const r = rnd();
      if (r < 0.08) parts.push(`<blockquote><p>${paragraph(cyber, 2)}</p></blockquote>`);
      else if (r < 0.14) {
        const items: string[] = [];
        for (let k = between(3, 6); k > 0; k--) items.push(`<li>${sentence(cyber)}</li>`);
        parts.push(rnd() < 0.5 ? `<ul>${items.join('')}</ul>` : `<ol>${items.join('')}</ol>`);
      } else if (r < 0.17) {
        const rows: string[] = [];
        for (let k = between(3, 6); k > 0; k--) {
          const name = cyber && rnd() < 0.5 ? nameHtml() : { html: 'Regional office', len: 15 };
          const v = String(between(10, 9999));
          visible += name.len + v.length + 10;
          rows.push(`<tr><td>${name.html}</td><td>${v}</td><td>${pick(['high', 'medium', 'low'])}</td></tr>`);
        }
        parts.push(`<table><caption>Reported incidents</caption><thead><tr><th>Actor</th><th>Count</th><th>Severity</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
        visible += 40;
      } else if (r < 0.2) parts.push(hiddenBlock());
      else parts.push(`<p>${paragraph(cyber)}</p>`);
    }
    parts.push(`<footer class="story-foot"><a href="/share">Share</a> <a href="/comments/${idx}">Comments</a></footer></article>`);
    visible += 20;
    if (idx % 5 === 4) {
      parts.push(`<aside class="related"><h3>Related</h3><ul>${[0, 1, 2].map(() => `<li><a href="/r/${between(1, 99999)}">${esc(paragraph(rnd() < 0.5, 1))}</a></li>`).join('')}</ul></aside>`);
    }
    return parts.join('');
  }

  out.push('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench news</title>');
  out.push('<style>body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:auto}nav ul{display:flex;gap:1rem;list-style:none}.promo{display:none}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}</style></head><body>');
  out.push(`<header class="site"><nav><ul>${NAV.map((n) => `<li><a href="/${n.toLowerCase()}">${n}</a></li>`).join('')}</ul></nav></header><main>`);
  visible += NAV.join('').length;
  let idx = 0;
  while (visible < opts.visibleChars) out.push(article(idx++));
  out.push('</main><footer class="site-foot"><p>© Bench News. All figures invented.</p><nav><a href="/about">About</a> <a href="/privacy">Privacy</a></nav></footer>');
  out.push('<script type="application/json" id="state">{"story":"APT28 Salt Typhoon appear here but are never read"}</script></body></html>');
  return { html: out.join('\n'), visibleChars: visible, hiddenChars: hidden, namesInserted, ordinaryWordsInserted: ordinary };
}

/** A batch of `n` paragraphs with names, as HTML (for the live-page test). */
export function paragraphsHtml(n: number, names: string[], seed: number): string {
  const rnd = prng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
  const ps: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = pick(names);
    const s1 = `${pick(CYBER_SUBJECTS)} ${pick(CYBER_VERBS)} ${esc(name)} when it targeted ${pick(CYBER_OBJECTS)}, ${pick(CYBER_TAILS)}.`;
    ps.push(`<p class="live">${s1} ${esc(pick(CYBER_FILL))} ${esc(pick(PLAIN_SUBJECTS))} ${pick(PLAIN_VERBS)} ${pick(PLAIN_OBJECTS)}.</p>`);
  }
  return ps.join('');
}
