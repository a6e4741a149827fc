/** Helpers shared by the DOM tests (happy-dom + preact). */
import { act } from 'preact/test-utils';

/** Re-renders in act() until `fn` returns something truthy (no fixed sleeps: a condition, with a deadline). */
export async function waitFor<T>(fn: () => T | null | undefined | false, ms = 3000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error('waitFor timed out');
    await act(async () => { await new Promise((r) => setTimeout(r, 20)); });
  }
}

/** querySelector / querySelectorAll under the test's current root. */
export function queries(root: () => HTMLElement) {
  return {
    q: (sel: string) => root().querySelector(sel) as HTMLElement | null,
    qa: (sel: string) => [...root().querySelectorAll(sel)] as HTMLElement[],
  };
}
