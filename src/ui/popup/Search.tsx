/** The search box over every name and alias, with a keyboard-navigable result list (combobox pattern). */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../../core/messages';
import { KindBadge } from '../components/KindBadge';
import { useEntitySearch } from '../components/hooks';
import { countryText } from '../components/labels';

export function Search({ query, onQuery, onOpen, autoFocus }: {
  query: string;
  onQuery: (q: string) => void;
  onOpen: (hit: SearchHit) => void;
  autoFocus?: boolean;
}) {
  const { hits, loading, error, query: answered } = useEntitySearch(query, 20);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => { setActive(hits.length > 0 ? 0 : -1); }, [hits]);
  useEffect(() => { if (autoFocus) input.current?.focus(); }, [autoFocus]);

  const onKeyDown = (ev: KeyboardEvent) => {
    if (ev.key === 'ArrowDown') {
      if (hits.length === 0) return;
      ev.preventDefault();
      setActive((a) => (a + 1) % hits.length);
    } else if (ev.key === 'ArrowUp') {
      if (hits.length === 0) return;
      ev.preventDefault();
      setActive((a) => (a <= 0 ? hits.length - 1 : a - 1));
    } else if (ev.key === 'Enter') {
      const hit = hits[active >= 0 ? active : 0];
      if (hit) { ev.preventDefault(); onOpen(hit); }
    }
  };

  useEffect(() => {
    if (active < 0) return;
    document.getElementById(`p-hit-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const q = query.trim();
  const expanded = q.length > 0 && hits.length > 0;
  return (
    <div class="p-search-wrap">
      <div class="p-search">
        <label class="p-sr" for="p-search-input">Search threat actors, agencies and spyware</label>
        <input
          ref={input}
          id="p-search-input"
          type="search"
          data-testid="search"
          placeholder="Search names and aliases…"
          autoComplete="off"
          spellcheck={false}
          autoFocus={autoFocus}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls="p-results"
          aria-activedescendant={expanded && active >= 0 ? `p-hit-${active}` : undefined}
          value={query}
          onInput={(ev) => onQuery((ev.currentTarget as HTMLInputElement).value)}
          onKeyDown={onKeyDown}
        />
      </div>
      {q.length > 0 && (
        <section aria-label="Search results">
          {error && <p class="p-note p-error" role="alert">{`Search failed: ${error}`}</p>}
          {!error && !loading && answered === q && hits.length === 0 && (
            <p class="p-note" role="status" data-testid="search-empty">No matching names.</p>
          )}
          <ul class="p-list" id="p-results" role="listbox" aria-label="Matching entities" data-testid="search-results">
            {hits.map((h, i) => (
              <li
                key={h.id}
                id={`p-hit-${i}`}
                role="option"
                aria-selected={i === active}
                class={i === active ? 'p-row p-active' : 'p-row'}
                data-testid="search-result"
                data-entity-id={h.id}
                onMouseEnter={() => setActive(i)}
                onClick={() => onOpen(h)}
              >
                <span class="p-name">{h.name}</span>
                <KindBadge kind={h.kind} />
                <span class="p-sub p-grow">
                  {[
                    h.matched && h.matched !== h.name ? `“${h.matched}”` : '',
                    Array.isArray(h.country) && h.country.length > 0 ? h.country.map(countryText).join(', ') : '',
                  ].filter(Boolean).join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
