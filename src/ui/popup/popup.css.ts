/** Popup layout. The profile's own styles are PROFILE_CSS. */
export const POPUP_CSS = `
:root {
  color-scheme: light dark;
  --fg: #1d2127; --muted: #5b6470; --bg: #ffffff; --soft: #f3f5f8; --line: #dde2e8;
  --accent: #0b5cad; --active: #e6effa;
}
@media (prefers-color-scheme: dark) {
  :root { --fg: #e7eaee; --muted: #a3acb8; --bg: #1c1f24; --soft: #262a31; --line: #363b44; --accent: #7db4f0; --active: #23344a; }
}
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body {
  width: 380px; max-height: 560px;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fg); background: var(--bg);
}
#app { display: flex; flex-direction: column; max-height: 560px; }
.p-main { flex: 1 1 auto; overflow-y: auto; padding: 10px 12px; min-height: 120px; }
.p-search { position: relative; margin: 0 0 8px; }
.p-search input {
  width: 100%; font: inherit; color: var(--fg); background: var(--soft);
  border: 1px solid var(--line); border-radius: 8px; padding: 7px 10px;
}
.p-search input:focus { outline: 2px solid var(--accent); outline-offset: -1px; background: var(--bg); }
.p-h { font-size: 11px; font-weight: 650; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 10px 0 4px; }
.p-h .p-dim { text-transform: none; letter-spacing: 0; font-weight: 400; }
.p-list { list-style: none; margin: 0; padding: 0; }
.p-list li { margin: 0; }
.p-row {
  display: flex; align-items: center; gap: 8px; width: 100%;
  font: inherit; color: inherit; text-align: left; background: none; border: 0;
  border-radius: 6px; padding: 5px 6px; cursor: pointer;
}
.p-row:hover, .p-row.p-active { background: var(--active); }
.p-row:focus-visible { outline: 2px solid var(--accent); outline-offset: -2px; }
.p-row .p-name { font-weight: 600; flex: 0 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.p-row .p-sub { color: var(--muted); font-size: 12px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
.p-row .p-grow { flex: 1 1 auto; }
.p-count {
  flex: 0 0 auto; min-width: 22px; text-align: center; font-size: 11.5px; font-weight: 600;
  background: var(--soft); border: 1px solid var(--line); border-radius: 10px; padding: 0 6px;
}
.p-entry { display: flex; align-items: center; gap: 2px; }
.p-entry .p-row { flex: 1 1 auto; min-width: 0; }
.p-info {
  flex: 0 0 auto; font: inherit; color: var(--muted); background: none; border: 0; border-radius: 6px;
  width: 26px; height: 26px; cursor: pointer;
}
.p-info:hover { background: var(--active); color: var(--fg); }
.p-info:focus-visible { outline: 2px solid var(--accent); }
.p-note { color: var(--muted); margin: 4px 0; }
.p-error { color: #b3261e; }
@media (prefers-color-scheme: dark) { .p-error { color: #ff8a80; } }
.p-back {
  font: inherit; color: var(--accent); background: none; border: 0; padding: 2px 0; margin: 0 0 8px; cursor: pointer;
}
.p-back:focus-visible { outline: 2px solid var(--accent); border-radius: 3px; }
.p-footer {
  flex: 0 0 auto; display: flex; align-items: center; justify-content: space-between; gap: 8px;
  border-top: 1px solid var(--line); padding: 6px 12px; font-size: 11.5px; color: var(--muted);
}
.p-footer button {
  font: inherit; color: var(--accent); background: none; border: 0; padding: 0; cursor: pointer;
}
.p-footer button:hover { text-decoration: underline; }
.p-footer button:focus-visible { outline: 2px solid var(--accent); border-radius: 3px; }
.p-tabs { display: flex; gap: 2px; margin: 0 0 8px; border-bottom: 1px solid var(--line); }
.p-tab {
  font: inherit; font-weight: 600; color: var(--muted); background: none; border: 0; border-bottom: 2px solid transparent;
  margin: 0 0 -1px; padding: 4px 8px 5px; cursor: pointer;
}
.p-tab[aria-selected="true"] { color: var(--fg); border-bottom-color: var(--accent); }
.p-tab:hover { color: var(--fg); }
.p-tab:focus-visible { outline: 2px solid var(--accent); outline-offset: -2px; border-radius: 4px; }
.p-clip-bar { display: flex; align-items: center; gap: 6px; margin: 10px 0 4px; }
.p-clip-bar .p-h { margin: 0; }
.p-clip-bar .p-grow { flex: 1 1 auto; }
.p-exports { display: flex; gap: 4px; }
.p-small {
  font: inherit; font-size: 11.5px; color: var(--accent); background: var(--soft); border: 1px solid var(--line);
  border-radius: 6px; padding: 1px 6px; cursor: pointer;
}
.p-small:hover:not(:disabled) { background: var(--active); }
.p-small:disabled { color: var(--muted); cursor: default; opacity: .6; }
.p-small:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.p-clip { border-bottom: 1px solid var(--line); padding: 6px 0 8px; }
.p-clip:last-child { border-bottom: 0; }
.p-clip-head { display: flex; align-items: flex-start; gap: 4px; }
.p-clip-title {
  flex: 1 1 auto; min-width: 0; font-weight: 600; color: var(--accent); text-decoration: none;
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap; padding-top: 3px;
}
a.p-clip-title:hover { text-decoration: underline; }
a.p-clip-title:focus-visible { outline: 2px solid var(--accent); border-radius: 3px; }
.p-clip-meta { color: var(--muted); font-size: 11.5px; }
.p-clip-text { margin: 4px 0; overflow-wrap: anywhere; }
.p-chips { list-style: none; display: flex; flex-wrap: wrap; gap: 4px; margin: 4px 0 0; padding: 0; }
.p-chip {
  font: inherit; font-size: 11.5px; font-weight: 600; color: var(--fg); background: var(--soft);
  border: 1px solid var(--line); border-radius: 10px; padding: 0 8px; cursor: pointer;
}
.p-chip:hover { background: var(--active); }
.p-chip:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.p-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
