/**
 * Registers mention ranges with the CSS Custom Highlight API (`CSS.highlights`). No element is
 * added to or changed in the page; the look comes from ::highlight() rules in highlight.css,
 * which the manifest injects as a content-script stylesheet.
 */
import type { Mention } from './scanner';

export const HL_MENTION = 'threat-context';
export const HL_AMBIGUOUS = 'threat-context-ambiguous';
export const HL_ACTIVE = 'threat-context-active';

export class Highlighter {
  private readonly plain: Highlight;
  private readonly ambiguous: Highlight;
  private readonly active: Highlight;

  constructor() {
    this.plain = new Highlight();
    this.ambiguous = new Highlight();
    this.active = new Highlight();
    this.active.priority = 1;
    CSS.highlights.set(HL_MENTION, this.plain);
    CSS.highlights.set(HL_AMBIGUOUS, this.ambiguous);
    CSS.highlights.set(HL_ACTIVE, this.active);
  }

  add(ms: Mention[]): void {
    for (const m of ms) (m.candidates.length > 1 ? this.ambiguous : this.plain).add(m.range);
  }

  remove(ms: Mention[]): void {
    for (const m of ms) { this.plain.delete(m.range); this.ambiguous.delete(m.range); this.active.delete(m.range); }
  }

  setActive(m: Mention | undefined): void {
    this.active.clear();
    if (m) this.active.add(m.range);
  }

  clear(): void {
    this.plain.clear();
    this.ambiguous.clear();
    this.active.clear();
  }

  dispose(): void {
    CSS.highlights.delete(HL_MENTION);
    CSS.highlights.delete(HL_AMBIGUOUS);
    CSS.highlights.delete(HL_ACTIVE);
  }
}
