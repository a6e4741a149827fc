// @vitest-environment happy-dom
/** The content script's selection reading (src/content/clip.ts) on a small DOM. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/platform/messaging', () => ({ sendToBackground: vi.fn(), browser: {} }));
const { entitiesIn, intersects, readSelection, NOTHING_SELECTED } = await import('../../src/content/clip');
type ClipMention = Parameters<typeof entitiesIn>[1][number];

let p: HTMLParagraphElement;
const text = () => p.firstChild as Text;
function range(start: number, end: number): Range {
  const r = document.createRange();
  r.setStart(text(), start);
  r.setEnd(text(), end);
  return r;
}
function at(word: string, from = 0): [number, number] {
  const i = p.textContent!.indexOf(word, from);
  return [i, i + word.length];
}
const mention = (word: string, entityId: string, name: string, from = 0): ClipMention => ({ range: range(...at(word, from)), entityId, name, kind: 'threat-actor' });

beforeEach(() => {
  document.title = '  A   page\ntitle ';
  document.body.innerHTML = '<p>Before the passage. APT28 and Fancy Bear hit; later Salt Typhoon did. After the passage APT28 again.</p>';
  p = document.querySelector('p')!;
  getSelection()!.removeAllRanges();
});

describe('clip', () => {
  it('intersects: sharing a character counts, touching does not', () => {
    expect(intersects(range(0, 5), range(4, 8))).toBe(true);
    expect(intersects(range(0, 5), range(5, 8))).toBe(false);
    expect(intersects(range(5, 8), range(0, 5))).toBe(false);
    expect(intersects(range(2, 3), range(0, 10))).toBe(true);
  });

  it('collects the entities inside the selection, once each, with their distinct texts', () => {
    const ms = [mention('APT28', 'actor/apt28', 'APT28'), mention('Fancy Bear', 'actor/apt28', 'APT28'), mention('Salt Typhoon', 'actor/salt-typhoon', 'Salt Typhoon'), mention('APT28', 'actor/apt28', 'APT28', 60)];
    const sel = range(at('APT28')[0], at('Salt')[0] + 2); // cuts into "Salt Typhoon"
    expect(entitiesIn([sel], ms)).toEqual([
      { entityId: 'actor/apt28', name: 'APT28', kind: 'threat-actor', texts: ['APT28', 'Fancy Bear'] },
      { entityId: 'actor/salt-typhoon', name: 'Salt Typhoon', kind: 'threat-actor', texts: ['Salt Typhoon'] },
    ]);
    expect(entitiesIn([range(0, 6)], ms)).toEqual([]);
  });

  it('reads the selection into a draft with a text-quote anchor', () => {
    const [s] = at('APT28');
    const [, e] = at('Salt Typhoon');
    getSelection()!.addRange(range(s, e));
    const d = readSelection(document, [mention('Salt Typhoon', 'actor/salt-typhoon', 'Salt Typhoon')]);
    if (typeof d === 'string') throw new Error(d);
    expect(d.text).toBe('APT28 and Fancy Bear hit; later Salt Typhoon');
    expect(d.title).toBe('A page title');
    expect(d.url).toBe(location.href);
    expect(d.entities.map((x) => x.entityId)).toEqual(['actor/salt-typhoon']);
    expect(d.anchor).toEqual({ type: 'TextQuoteSelector', exact: d.text, prefix: 'Before the passage. ', suffix: ' did. After the passage APT28 ag' }); // 32 characters
  });

  it('has nothing to save without a selection, unless the browser gave the selected text', () => {
    expect(readSelection(document, [])).toBe(NOTHING_SELECTED);
    const d = readSelection(document, [], '  typed into a form field ');
    expect(typeof d !== 'string' && [d.text, d.anchor.exact, d.entities]).toEqual(['typed into a form field', 'typed into a form field', []]);
  });
});
