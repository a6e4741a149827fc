export const OPTIONS_CSS = `
:root {
  color-scheme: light dark;
  --fg: #1d2127; --muted: #5b6470; --bg: #ffffff; --soft: #f3f5f8; --line: #dde2e8;
  --accent: #0b5cad; --ok: #1d6b34; --err: #b3261e; --err-bg: #fdeceb; --ok-bg: #e8f5ec;
}
@media (prefers-color-scheme: dark) {
  :root { --fg: #e7eaee; --muted: #a3acb8; --bg: #16181c; --soft: #22262c; --line: #363b44; --accent: #7db4f0;
    --ok: #8fd6a3; --err: #ff8a80; --err-bg: #3a1f1d; --ok-bg: #1b3324; }
}
* { box-sizing: border-box; }
body {
  margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fg); background: var(--bg);
}
.o-page { max-width: 760px; margin: 0 auto; padding: 24px 20px 48px; }
.o-page > h1 { font-size: 22px; margin: 0 0 4px; }
.o-lead { color: var(--muted); margin: 0 0 16px; }
.o-section { border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; margin: 0 0 16px; }
.o-section > h2 { font-size: 16px; margin: 0 0 8px; }
.o-section h3 { font-size: 13.5px; margin: 12px 0 4px; }
.o-muted { color: var(--muted); }
.o-list { list-style: none; margin: 4px 0; padding: 0; }
.o-list li { display: flex; align-items: center; gap: 8px; padding: 4px 0; border-bottom: 1px solid var(--line); }
.o-list li:last-child { border-bottom: 0; }
.o-list .o-grow { flex: 1 1 auto; min-width: 0; overflow-wrap: anywhere; }
button, select, input[type=text], input[type=search] {
  font: inherit; color: var(--fg); background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 4px 10px;
}
button { cursor: pointer; }
button:hover:not([disabled]) { border-color: var(--muted); }
button[disabled] { opacity: .6; cursor: default; }
button:focus-visible, select:focus-visible, input:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.o-primary { background: var(--accent); color: var(--bg); border-color: var(--accent); }
.o-row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin: 6px 0; }
.o-row input[type=text], .o-row input[type=search] { flex: 1 1 220px; min-width: 0; }
.o-switch { display: flex; align-items: center; gap: 8px; cursor: pointer; }
.o-switch input { width: 18px; height: 18px; }
.o-picks { list-style: none; margin: 4px 0; padding: 0; max-height: 220px; overflow-y: auto; border: 1px solid var(--line); border-radius: 6px; }
.o-picks li button {
  display: flex; gap: 8px; align-items: center; width: 100%; text-align: left; border: 0; border-radius: 0; background: none; padding: 5px 8px;
}
.o-picks li button:hover, .o-picks li button:focus-visible { background: var(--soft); }
.o-ok { color: var(--ok); background: var(--ok-bg); border-radius: 6px; padding: 6px 10px; margin: 6px 0; }
.o-err { color: var(--err); background: var(--err-bg); border-radius: 6px; padding: 6px 10px; margin: 6px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.o-counts { border-collapse: collapse; margin: 4px 0 8px; }
.o-counts th, .o-counts td { text-align: left; padding: 2px 16px 2px 0; font-weight: normal; }
.o-counts th { color: var(--muted); }
.o-notice { background: var(--soft); border-radius: 6px; padding: 8px 10px; margin: 6px 0; }
a { color: var(--accent); }
code { font-size: 12.5px; }
`;
