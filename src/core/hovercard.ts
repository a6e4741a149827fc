/**
 * The hover card's state machine: idle -> pending (pointer resting on a mention) -> shown -> leaving
 * (pointer left; grace period) -> idle. Timers are injected, so the logic is tested without sleeps.
 * Every open gets a token; a late timer or a late profile for an old token is ignored.
 */
import { HOVER_LEAVE_MS, HOVER_OPEN_MS } from './timing';

export type CardState<T> =
  | { name: 'idle' }
  | { name: 'pending'; target: T; token: number }
  | { name: 'shown'; target: T; token: number; pinned: boolean }
  | { name: 'leaving'; target: T; token: number };

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface CardEffects<T> {
  open(target: T, token: number, viaKeyboard: boolean): void;
  close(): void;
}

export class HoverCard<T> {
  state: CardState<T> = { name: 'idle' };
  private timer: unknown;
  private token = 0;

  constructor(private readonly fx: CardEffects<T>, private readonly timers: Timers) {}

  /** The pointer now rests on `target` (or on nothing). `onCard` when it is over the card itself. */
  pointer(target: T | undefined, onCard = false): void {
    const s = this.state;
    if (onCard) {
      if (s.name === 'leaving') this.toShown(s.target, s.token, false);
      return;
    }
    if (target === undefined) {
      if (s.name === 'pending') this.reset();
      else if (s.name === 'shown' && !s.pinned) this.toLeaving(s.target, s.token);
      return;
    }
    if ((s.name === 'shown' || s.name === 'leaving' || s.name === 'pending') && s.target === target) {
      if (s.name === 'leaving') this.toShown(s.target, s.token, false);
      return;
    }
    // A new target: wait for the pointer to rest on it.
    this.clearTimer();
    const token = ++this.token;
    this.state = { name: 'pending', target, token };
    this.timer = this.timers.set(() => {
      if (this.state.name === 'pending' && this.state.token === token) this.show(target, token, false);
    }, HOVER_OPEN_MS);
  }

  /** Keyboard or popup: open now, and keep it open until Escape or another target. */
  openNow(target: T): void {
    this.clearTimer();
    this.show(target, ++this.token, true);
  }

  escape(): void {
    if (this.state.name !== 'idle') { this.reset(); this.fx.close(); }
  }

  isCurrent(token: number): boolean {
    return this.state.name !== 'idle' && this.state.token === token;
  }

  private show(target: T, token: number, pinned: boolean): void {
    this.state = { name: 'shown', target, token, pinned };
    this.fx.open(target, token, pinned);
  }

  private toShown(target: T, token: number, pinned: boolean): void {
    this.clearTimer();
    this.state = { name: 'shown', target, token, pinned };
  }

  private toLeaving(target: T, token: number): void {
    this.clearTimer();
    this.state = { name: 'leaving', target, token };
    this.timer = this.timers.set(() => {
      if (this.state.name === 'leaving' && this.state.token === token) { this.reset(); this.fx.close(); }
    }, HOVER_LEAVE_MS);
  }

  private reset(): void {
    this.clearTimer();
    this.state = { name: 'idle' };
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
  }
}
