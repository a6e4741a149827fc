/** Small hooks shared by the popup and the options page. All extension traffic goes through src/platform. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../../core/messages';
import { sendToBackground } from '../../platform/messaging';

export const SEARCH_DEBOUNCE_MS = 120;

export interface SearchState {
  hits: SearchHit[];
  /** The query these hits answer ('' when none yet). */
  query: string;
  loading: boolean;
  error?: string;
}

/** Debounced entity/search; answers to stale queries are dropped. */
export function useEntitySearch(query: string, limit = 20, delay = SEARCH_DEBOUNCE_MS): SearchState {
  const [state, setState] = useState<SearchState>({ hits: [], query: '', loading: false });
  const seq = useRef(0);
  useEffect(() => {
    const q = query.trim();
    const mine = ++seq.current;
    if (!q) {
      setState({ hits: [], query: '', loading: false });
      return;
    }
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(async () => {
      const res = await sendToBackground({ type: 'entity/search', query: q, limit });
      if (mine !== seq.current) return;
      if (res.ok) setState({ hits: Array.isArray(res.hits) ? res.hits : [], query: q, loading: false });
      else setState({ hits: [], query: q, loading: false, error: res.message });
    }, delay);
    return () => clearTimeout(timer);
  }, [query, limit, delay]);
  return state;
}

/** "1,234" */
export function formatCount(n: number): string {
  return typeof n === 'number' && Number.isFinite(n) ? n.toLocaleString('en-US') : '0';
}
