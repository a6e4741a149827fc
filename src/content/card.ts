/**
 * The card layer: the ONE element we add to a page (<threat-context-layer>), with everything inside an
 * open shadow root so page styles cannot reach it and it cannot restyle the page. The card is a
 * role="dialog" labelled with the entity's canonical name, placed beside the mention, never over it.
 * The profile view (preact, card-view.tsx) loads on the first card a page opens; until it has, the card shows
 * the entity's name, set as text.
 */
import type { Profile as ProfileData } from '../core/messages';
import type { EntityKind } from '../core/dataset/schema';
import { HOST_TAG } from './gather';
import { CLIP_TOAST_MS } from '../core/timing';

export interface CardContent {
  name: string;
  kind: EntityKind;
  profile?: ProfileData;
  error?: string;
  matched: { text: string; aliasName?: string; aliasSources?: string[]; candidates?: { id: string; name: string; kind: EntityKind }[] };
}

const CARD_CSS = `
:host { all: initial; }
.tc-card { position: fixed; z-index: 2147483647; box-sizing: border-box; width: min(380px, calc(100vw - 16px)); max-height: min(460px, calc(100vh - 16px)); overflow: auto;
  background: #fff; color: #111827; border: 1px solid #d1d5db; border-radius: 10px; box-shadow: 0 10px 30px rgba(0,0,0,.18);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding: 12px 14px; outline: none; }
.tc-card[hidden] { display: none; }
.tc-loading { color: #6b7280; }
@media (prefers-color-scheme: dark) { .tc-card { background: #1f2937; color: #f3f4f6; border-color: #374151; } }
.tc-toast { position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; max-width: min(360px, calc(100vw - 32px)); box-sizing: border-box;
  background: #1f2937; color: #f9fafb; border-radius: 8px; box-shadow: 0 6px 20px rgba(0,0,0,.25); padding: 8px 12px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; pointer-events: none; overflow-wrap: anywhere; }
.tc-toast[hidden] { display: none; }
.tc-toast.tc-toast-error { background: #7f1d1d; }
`;

export interface CardHandlers { onMute: (w: { entityId: string; alias?: string }) => void; onOpenEntity: (id: string) => void }

type View = typeof import('./card-view');
/** The view module, once loaded (one per content script: every layer shares it). */
let view: View | undefined;
let loadingView: Promise<View> | undefined;

export class CardLayer {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly card: HTMLDivElement;

  constructor(private readonly doc: Document, handlers: CardHandlers & { onPointer: (over: boolean) => void }) {
    this.host = doc.createElement(HOST_TAG);
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    this.card = doc.createElement('div');
    this.card.className = 'tc-card';
    this.card.setAttribute('role', 'dialog');
    this.card.tabIndex = -1;
    this.card.hidden = true;
    this.card.addEventListener('pointerenter', () => handlers.onPointer(true));
    this.card.addEventListener('pointerleave', () => handlers.onPointer(false));
    this.root.append(style, this.card);
    this.handlers = handlers;
  }

  private handlers: CardHandlers;
  /** What the card shows, and where: the view renders it once it has loaded. */
  private current: CardContent | undefined;
  private anchor: DOMRect | undefined;
  private styled = false;

  private attach(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  get open(): boolean { return !this.card.hidden; }

  show(content: CardContent, anchor: DOMRect, focus: boolean): void {
    this.attach();
    this.card.setAttribute('aria-label', content.name);
    this.card.hidden = false;
    this.current = content;
    this.anchor = anchor;
    if (view) this.render(view, content);
    else {
      const line = this.doc.createElement('div');
      line.className = 'tc-loading';
      line.textContent = content.error ?? `${content.name}…`;
      this.card.replaceChildren(line);
      (loadingView ??= import('./card-view')).then((v) => {
        view = v;
        if (this.current === content && !this.card.hidden) {
          this.render(v, content);
          this.place(this.anchor!);
        }
      }, () => {
        // The line with the entity's name stays; the next card asks again (the extension may have been reloaded
        // under the page, or the chunk's request failed once), instead of keeping the failed promise for good.
        loadingView = undefined;
      });
    }
    this.place(anchor);
    if (focus) this.card.focus({ preventScroll: true });
  }

  private render(v: View, content: CardContent): void {
    if (!this.styled) {
      const style = this.doc.createElement('style');
      style.textContent = v.PROFILE_CSS;
      this.root.append(style);
      this.styled = true;
      this.card.replaceChildren(); // the name line set before the view loaded; the view owns the card from now on
    }
    v.renderCard(content, this.card, this.handlers);
  }

  /** Below the mention if it fits, else above; never over it. Horizontally clamped to the viewport. */
  place(anchor: DOMRect): void {
    const vw = this.doc.documentElement.clientWidth || innerWidth;
    const vh = this.doc.documentElement.clientHeight || innerHeight;
    const r = this.card.getBoundingClientRect();
    const gap = 8;
    const below = anchor.bottom + gap;
    const top = below + r.height <= vh - gap || anchor.top - gap - r.height < gap ? below : anchor.top - gap - r.height;
    const left = Math.max(gap, Math.min(anchor.left, vw - r.width - gap));
    this.card.style.top = `${Math.round(top)}px`;
    this.card.style.left = `${Math.round(left)}px`;
  }

  hide(): void {
    if (this.card.hidden) return;
    this.card.hidden = true;
    this.current = undefined;
    this.clear();
  }

  private clear(): void {
    if (this.styled && view) view.clearCard(this.card); else this.card.replaceChildren();
  }

  private toast: HTMLDivElement | undefined;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  /** A short status line at the bottom right (role="status"), gone after CLIP_TOAST_MS. Text only: never markup. */
  notify(text: string, error = false): void {
    this.attach();
    if (!this.toast) {
      this.toast = this.doc.createElement('div');
      this.toast.className = 'tc-toast';
      this.toast.setAttribute('role', 'status');
      this.toast.setAttribute('aria-live', 'polite');
      this.toast.dataset.testid = 'toast';
      this.root.append(this.toast);
    }
    this.toast.textContent = text;
    this.toast.classList.toggle('tc-toast-error', error);
    this.toast.hidden = false;
    if (this.toastTimer) clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => { if (this.toast) this.toast.hidden = true; }, CLIP_TOAST_MS);
  }

  contains(node: EventTarget | null): boolean {
    return node === this.host;
  }

  remove(): void {
    this.current = undefined;
    this.clear();
    this.host.remove();
  }
}
