/** "On this page": the entities the content script highlighted in the tab, grouped, counted and sorted. */
import { useEffect, useState } from 'preact/hooks';
import type { EntityKind } from '../../core/dataset/schema';
import type { PageMention } from '../../core/messages';
import { sendToTab } from '../../platform/messaging';
import { KindBadge } from '../components/KindBadge';

export const POLL_MS = 500;
export const POLL_MAX = 20; // about 10 s

export interface PageEntity {
  entityId: string;
  name: string;
  kind: EntityKind;
  count: number;
  ambiguous: boolean;
}

/** Mentions grouped by entity, most mentioned first, then by name. */
export function groupMentions(mentions: PageMention[]): PageEntity[] {
  const byId = new Map<string, PageEntity>();
  for (const m of mentions) {
    if (!m || typeof m.entityId !== 'string') continue;
    const g = byId.get(m.entityId);
    const ambiguous = Array.isArray(m.candidates) && m.candidates.length > 0;
    if (g) { g.count++; g.ambiguous ||= ambiguous; }
    else byId.set(m.entityId, { entityId: m.entityId, name: String(m.name ?? m.entityId), kind: m.kind, count: 1, ambiguous });
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

type State =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'ok'; entities: PageEntity[]; total: number; complete: boolean };

export function PageMentions({ tabId, onReveal, onOpenProfile }: {
  /** undefined while the tab is being looked up, null when there is none. */
  tabId: number | null | undefined;
  onReveal: (entityId: string) => void;
  onOpenProfile: (entityId: string) => void;
}) {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) { setState({ status: 'unavailable' }); return; }
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempts = 0;
    let haveData = false;
    const load = async () => {
      attempts++;
      const res = await sendToTab(tabId, { type: 'page/mentions' });
      if (cancelled) return;
      let again = false;
      if (res.ok) {
        const mentions = Array.isArray(res.mentions) ? res.mentions : [];
        haveData = true;
        setState({ status: 'ok', entities: groupMentions(mentions), total: mentions.length, complete: res.complete !== false });
        again = res.complete === false;
      } else if (!haveData) {
        setState({ status: 'unavailable' });
        // The content script may still be starting (document_idle): ask a couple more times.
        again = attempts < 3;
      }
      if (again && attempts < POLL_MAX) timer = setTimeout(load, POLL_MS);
      else if (again && haveData) setState((s) => (s.status === 'ok' ? { ...s, complete: true } : s));
    };
    void load();
    return () => { cancelled = true; if (timer) clearTimeout(timer); };
  }, [tabId]);

  return (
    <section aria-labelledby="p-page-h">
      <h2 class="p-h" id="p-page-h">
        {'On this page'}
        {state.status === 'ok' && state.total > 0 && (
          <span class="p-dim">{` · ${state.entities.length} ${state.entities.length === 1 ? 'entity' : 'entities'}, ${state.total} ${state.total === 1 ? 'mention' : 'mentions'}`}</span>
        )}
      </h2>
      {state.status === 'loading' && <p class="p-note" role="status">Looking at this page…</p>}
      {state.status === 'unavailable' && (
        <p class="p-note" role="status" data-testid="page-unavailable">
          Threat Context can’t read this page. Browser pages, extension stores and some sites are off limits; you can still search below.
        </p>
      )}
      {state.status === 'ok' && state.entities.length === 0 && (
        <p class="p-note" role="status" data-testid="page-empty">
          {state.complete ? 'No threat actors, agencies or spyware names found on this page.' : 'Scanning this page…'}
        </p>
      )}
      {state.status === 'ok' && (
        <ul class="p-list" data-testid="page-entities" aria-label="Names on this page" hidden={state.entities.length === 0}>
          {state.entities.map((g) => (
            <li key={g.entityId} class="p-entry">
              <button
                type="button"
                class="p-row"
                data-testid="page-entity"
                data-entity-id={g.entityId}
                title="Show on the page"
                aria-label={`${g.name}, ${g.count} ${g.count === 1 ? 'mention' : 'mentions'}: show on the page`}
                onClick={() => onReveal(g.entityId)}
              >
                <span class="p-name">{g.name}</span>
                <KindBadge kind={g.kind} />
                <span class="p-grow" />
                <span class="p-count" data-testid="count">{String(g.count)}</span>
              </button>
              <button
                type="button"
                class="p-info"
                data-testid="page-entity-profile"
                aria-label={`About ${g.name}`}
                title="About"
                onClick={() => onOpenProfile(g.entityId)}
              >
                {'ⓘ'}
              </button>
            </li>
          ))}
        </ul>
      )}
      {state.status === 'ok' && !state.complete && state.entities.length > 0 && (
        <p class="p-note" role="status">Still scanning…</p>
      )}
    </section>
  );
}
