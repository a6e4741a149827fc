import { describe, expect, it } from 'vitest';
import { HoverCard, type Timers } from '../../../src/core/hovercard';
import { HOVER_LEAVE_MS, HOVER_OPEN_MS } from '../../../src/core/timing';

/** Manual clock: timers run only when the test advances time. */
function clock() {
  let now = 0;
  const queue: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  const timers: Timers = {
    set: (fn, ms) => { const id = next++; queue.push({ at: now + ms, fn, id }); return id; },
    clear: (h) => { const i = queue.findIndex((q) => q.id === h); if (i >= 0) queue.splice(i, 1); },
  };
  const advance = (ms: number) => {
    now += ms;
    for (;;) {
      queue.sort((a, b) => a.at - b.at);
      if (!queue.length || queue[0].at > now) break;
      queue.shift()!.fn();
    }
  };
  return { timers, advance };
}

function setup() {
  const c = clock();
  const log: string[] = [];
  const card = new HoverCard<string>({ open: (t, _tok, kb) => log.push(`open ${t}${kb ? ' (keyboard)' : ''}`), close: () => log.push('close') }, c.timers);
  return { card, log, advance: c.advance };
}

describe('HoverCard', () => {
  it('opens only after the pointer rests on a mention', () => {
    const { card, log, advance } = setup();
    card.pointer('a');
    advance(HOVER_OPEN_MS - 1);
    expect(log).toEqual([]);
    advance(1);
    expect(log).toEqual(['open a']);
  });

  it('a pointer passing over a mention opens nothing', () => {
    const { card, log, advance } = setup();
    card.pointer('a');
    advance(HOVER_OPEN_MS / 2);
    card.pointer(undefined);
    advance(HOVER_OPEN_MS * 2);
    expect(log).toEqual([]);
  });

  it('stays open while the pointer travels to the card and rests on it, closes after the grace period otherwise', () => {
    const { card, log, advance } = setup();
    card.pointer('a');
    advance(HOVER_OPEN_MS);
    card.pointer(undefined); // left the mention
    advance(HOVER_LEAVE_MS - 10);
    card.pointer(undefined, true); // reached the card
    advance(HOVER_LEAVE_MS * 3);
    expect(log).toEqual(['open a']);
    card.pointer(undefined); // left the card
    advance(HOVER_LEAVE_MS);
    expect(log).toEqual(['open a', 'close']);
  });

  it('a late timer of an earlier mention is ignored', () => {
    const { card, log, advance } = setup();
    card.pointer('a');
    advance(HOVER_OPEN_MS - 5);
    card.pointer('b');
    advance(10);
    expect(log).toEqual([]);
    advance(HOVER_OPEN_MS);
    expect(log).toEqual(['open b']);
    expect(card.isCurrent(1)).toBe(false);
  });

  it('keyboard opens at once and stays until Escape', () => {
    const { card, log, advance } = setup();
    card.openNow('a');
    card.pointer(undefined);
    advance(HOVER_LEAVE_MS * 5);
    expect(log).toEqual(['open a (keyboard)']);
    card.escape();
    expect(log).toEqual(['open a (keyboard)', 'close']);
    card.escape();
    expect(log).toHaveLength(2);
  });
});
