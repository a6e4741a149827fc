/**
 * The toolbar popup, in two views: "This page" (what was found on the current page and a search over
 * every name) and "Clippings" (the passages the reader saved); either opens full profiles.
 * `?tab=<id>` in the URL picks the tab (tests open the popup as a page); otherwise the active tab.
 * `?view=clippings` opens the clippings view first.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Profile as ProfileData, SearchHit } from '../../core/messages';
import { activeTabId, browser, sendToBackground, sendToTab } from '../../platform/messaging';
import { Profile, type MatchedInfo } from '../components/Profile';
import { PROFILE_CSS } from '../components/profile.css';
import { formatCount } from '../components/hooks';
import { PageMentions } from './PageMentions';
import { Clippings } from './Clippings';
import { Search } from './Search';
import { POPUP_CSS } from './popup.css';

/** The tab id given as ?tab=<id>, if any. */
export function tabFromSearch(search: string): number | undefined {
  const v = new URLSearchParams(search).get('tab');
  return v !== null && /^\d+$/.test(v) ? Number(v) : undefined;
}

export type PopupView = 'page' | 'clippings';

/** The view given as ?view=clippings, else "This page". */
export function viewFromSearch(search: string): PopupView {
  return new URLSearchParams(search).get('view') === 'clippings' ? 'clippings' : 'page';
}

const VIEWS: { id: PopupView; label: string }[] = [
  { id: 'page', label: 'This page' },
  { id: 'clippings', label: 'Clippings' },
];

/** The view switcher (ARIA tabs: arrow keys move between them). */
function Tabs({ view, onView }: { view: PopupView; onView: (v: PopupView) => void }) {
  const onKeyDown = (ev: KeyboardEvent) => {
    if (ev.key !== 'ArrowRight' && ev.key !== 'ArrowLeft') return;
    ev.preventDefault();
    const i = VIEWS.findIndex((v) => v.id === view);
    const next = VIEWS[(i + (ev.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length];
    onView(next.id);
    document.getElementById(`p-tab-${next.id}`)?.focus();
  };
  return (
    <div class="p-tabs" role="tablist" aria-label="Views">
      {VIEWS.map((v) => (
        <button
          key={v.id}
          type="button"
          role="tab"
          id={`p-tab-${v.id}`}
          class="p-tab"
          data-testid={`tab-${v.id}`}
          aria-selected={v.id === view}
          aria-controls="p-view"
          tabIndex={v.id === view ? 0 : -1}
          onClick={() => onView(v.id)}
          onKeyDown={onKeyDown}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}

interface View {
  id: string;
  matched?: MatchedInfo;
}

type Loaded =
  | { status: 'loading'; id: string }
  | { status: 'ok'; id: string; profile: ProfileData }
  | { status: 'error'; id: string; message: string };

function ProfileView({ view, onBack, onOpen }: { view: View; onBack: () => void; onOpen: (id: string) => void }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading', id: view.id });
  const back = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let cancelled = false;
    setLoaded({ status: 'loading', id: view.id });
    void sendToBackground({ type: 'entity/get', id: view.id }).then((res) => {
      if (cancelled) return;
      if (res.ok) setLoaded({ status: 'ok', id: view.id, profile: { entity: res.entity, related: res.related ?? {} } });
      else setLoaded({ status: 'error', id: view.id, message: res.message });
    });
    back.current?.focus();
    return () => { cancelled = true; };
  }, [view.id]);

  return (
    <div>
      <button ref={back} type="button" class="p-back" data-testid="back" onClick={onBack} aria-label="Back">
        {'← Back'}
      </button>
      {loaded.status === 'loading' && <p class="p-note" role="status">Loading…</p>}
      {loaded.status === 'error' && <p class="p-note p-error" role="alert">{`Could not load this profile: ${loaded.message}`}</p>}
      {loaded.status === 'ok' && <Profile profile={loaded.profile} matched={view.matched} onOpenEntity={onOpen} />}
    </div>
  );
}

function Footer() {
  const [info, setInfo] = useState<string>('');
  useEffect(() => {
    void sendToBackground({ type: 'dataset/info' }).then((res) => {
      if (res.ok) {
        const c = res.counts;
        setInfo(`Dataset ${res.version} · ${formatCount(c?.entities ?? 0)} entities · ${formatCount(c?.aliases ?? 0)} names`);
      } else setInfo('Dataset not loaded yet');
    });
  }, []);
  const openOptions = () => {
    void Promise.resolve()
      .then(() => browser.runtime.openOptionsPage())
      .then(() => window.close())
      .catch(() => undefined);
  };
  return (
    <footer class="p-footer">
      <span data-testid="dataset-info">{info}</span>
      <button type="button" data-testid="open-options" onClick={openOptions}>Options</button>
    </footer>
  );
}

export function App({ search = location.search }: { search?: string }) {
  const fixedTab = tabFromSearch(search);
  const [tabId, setTabId] = useState<number | null | undefined>(fixedTab);
  const [stack, setStack] = useState<View[]>([]);
  const [query, setQuery] = useState('');
  const [view, setView] = useState<PopupView>(() => viewFromSearch(search));
  const [clipQuery, setClipQuery] = useState('');
  const [revealError, setRevealError] = useState('');

  useEffect(() => {
    if (fixedTab !== undefined) return;
    activeTabId().then((id) => setTabId(id ?? null), () => setTabId(null));
  }, [fixedTab]);

  const open = useCallback((view: View) => setStack((s) => [...s, view]), []);
  const openId = useCallback((id: string) => open({ id }), [open]);
  const back = useCallback(() => setStack((s) => s.slice(0, -1)), []);

  const reveal = useCallback(async (entityId: string) => {
    if (typeof tabId !== 'number') return;
    const res = await sendToTab(tabId, { type: 'page/reveal', entityId });
    if (!res.ok) { setRevealError(`Could not show it on the page: ${res.message}`); return; }
    setRevealError('');
    if (fixedTab === undefined) window.close();
  }, [tabId, fixedTab]);

  const openHit = useCallback((hit: SearchHit) => {
    open({ id: hit.id, matched: hit.matched && hit.matched !== hit.name ? { text: hit.matched, aliasName: hit.matched } : undefined });
  }, [open]);

  const top = stack[stack.length - 1];
  return (
    <>
      <style>{PROFILE_CSS}</style>
      <style>{POPUP_CSS}</style>
      <main class="p-main" aria-label="Threat Context">
        {top ? (
          <ProfileView key={`${stack.length}-${top.id}`} view={top} onBack={back} onOpen={openId} />
        ) : (
          <>
            <Tabs view={view} onView={setView} />
            <div id="p-view" role="tabpanel" aria-labelledby={`p-tab-${view}`}>
              {view === 'page' ? (
                <>
                  <Search query={query} onQuery={setQuery} onOpen={openHit} autoFocus />
                  {revealError && <p class="p-note p-error" role="alert">{revealError}</p>}
                  <PageMentions tabId={tabId} onReveal={(id) => void reveal(id)} onOpenProfile={openId} />
                </>
              ) : (
                <Clippings query={clipQuery} onQuery={setClipQuery} onOpenProfile={openId} autoFocus />
              )}
            </div>
          </>
        )}
      </main>
      <Footer />
    </>
  );
}
