/**
 * Styles of <Profile> and <KindBadge>, as a string: the same component renders in the popup and inside a
 * shadow root in the page's hover card, where no stylesheet file can be linked. Every selector is scoped
 * under .tc-profile (or .tc-badge), so the string can also sit in an ordinary document.
 */
export const PROFILE_CSS = `
.tc-profile, .tc-badge {
  --tc-fg: #1d2127;
  --tc-muted: #5b6470;
  --tc-bg: #ffffff;
  --tc-soft: #f3f5f8;
  --tc-line: #dde2e8;
  --tc-link: #0b5cad;
  --tc-warn-bg: #fff6e0;
  --tc-warn-fg: #6a4a00;
  --tc-actor: #b3261e;
  --tc-agency: #1f5fa8;
  --tc-vendor: #7a3fb0;
  --tc-product: #8a5a00;
}
@media (prefers-color-scheme: dark) {
  .tc-profile, .tc-badge {
    --tc-fg: #e7eaee;
    --tc-muted: #a3acb8;
    --tc-bg: #1c1f24;
    --tc-soft: #262a31;
    --tc-line: #363b44;
    --tc-link: #7db4f0;
    --tc-warn-bg: #3a3118;
    --tc-warn-fg: #f1d9a0;
    --tc-actor: #ff8a80;
    --tc-agency: #8ab8f0;
    --tc-vendor: #cfa6f5;
    --tc-product: #f0c46a;
  }
}
.tc-profile {
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--tc-fg);
  background: var(--tc-bg);
  text-align: left;
  overflow-wrap: anywhere;
  box-sizing: border-box;
}
.tc-profile *, .tc-profile *::before, .tc-profile *::after { box-sizing: border-box; }
.tc-profile.tc-compact { max-width: 380px; font-size: 12.5px; }
.tc-profile .tc-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; margin: 0 0 6px; }
.tc-profile .tc-name { font-size: 16px; font-weight: 650; margin: 0; line-height: 1.25; }
.tc-profile.tc-compact .tc-name { font-size: 15px; }
.tc-badge {
  display: inline-block;
  font: 600 10.5px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  letter-spacing: .02em;
  text-transform: uppercase;
  padding: 0 6px;
  border-radius: 9px;
  border: 1px solid currentColor;
  white-space: nowrap;
  color: var(--tc-muted);
}
.tc-badge.tc-k-threat-actor { color: var(--tc-actor); }
.tc-badge.tc-k-agency { color: var(--tc-agency); }
.tc-badge.tc-k-vendor { color: var(--tc-vendor); }
.tc-badge.tc-k-product { color: var(--tc-product); }
.tc-profile .tc-facts { margin: 0 0 6px; padding: 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; }
.tc-profile .tc-facts dt { color: var(--tc-muted); font-weight: 500; margin: 0; }
.tc-profile .tc-facts dd { margin: 0; }
.tc-profile .tc-matched { color: var(--tc-muted); margin: 0 0 6px; }
.tc-profile .tc-matched strong { color: var(--tc-fg); font-weight: 600; }
.tc-profile .tc-ambiguous {
  background: var(--tc-warn-bg); color: var(--tc-warn-fg);
  border-radius: 6px; padding: 4px 8px; margin: 0 0 6px;
}
.tc-profile .tc-summary { margin: 0 0 8px; }
.tc-profile .tc-section { margin: 8px 0 0; }
.tc-profile .tc-section > h3 {
  font-size: 11px; font-weight: 650; text-transform: uppercase; letter-spacing: .04em;
  color: var(--tc-muted); margin: 0 0 3px;
}
.tc-profile ul { margin: 0; padding: 0 0 0 16px; }
.tc-profile .tc-plain { list-style: none; padding: 0; }
.tc-profile .tc-plain li { margin: 0 0 2px; }
.tc-profile .tc-src { font-weight: 600; }
.tc-profile .tc-note, .tc-profile .tc-dim { color: var(--tc-muted); }
.tc-profile a, .tc-profile .tc-link {
  color: var(--tc-link); text-decoration: none; cursor: pointer;
  background: none; border: 0; padding: 0; font: inherit; text-align: inherit;
}
.tc-profile a:hover, .tc-profile .tc-link:hover { text-decoration: underline; }
.tc-profile a:focus-visible, .tc-profile .tc-link:focus-visible, .tc-profile .tc-btn:focus-visible {
  outline: 2px solid var(--tc-link); outline-offset: 1px; border-radius: 3px;
}
.tc-profile .tc-mute { display: flex; flex-wrap: wrap; gap: 6px; margin: 10px 0 0; padding: 8px 0 0; border-top: 1px solid var(--tc-line); }
.tc-profile .tc-btn {
  font: inherit; font-size: 12px; color: var(--tc-fg); background: var(--tc-soft);
  border: 1px solid var(--tc-line); border-radius: 6px; padding: 3px 8px; cursor: pointer;
}
.tc-profile .tc-btn:hover:not([disabled]) { border-color: var(--tc-muted); }
.tc-profile .tc-btn[disabled] { cursor: default; color: var(--tc-muted); }
.tc-profile .tc-updated { color: var(--tc-muted); font-size: 11px; margin: 8px 0 0; }
.tc-profile .tc-ops li { margin: 0 0 3px; }
`;
