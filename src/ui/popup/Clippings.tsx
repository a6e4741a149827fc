/**
 * "Clippings": the passages the reader saved, newest first, with a search box (clippings/list query),
 * delete, and export to JSON, Markdown, CSV or STIX 2.1. The background builds the file
 * (clippings/export); the popup only wraps its text in a Blob and clicks an <a download>.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Clipping, ExportFormat } from '../../core/clippings/model';
import { sendToBackground } from '../../platform/messaging';
import { SEARCH_DEBOUNCE_MS } from '../components/hooks';
import { kindLabel } from '../components/labels';
import { clippingUrl } from '../../core/clippings/validate';

/** Characters of a clipping's text shown in the list (the whole text is in the exports). */
export const CLIP_PREVIEW_CHARS = 280;
/** A Blob URL lives this long after its download starts: the browser reads it asynchronously. */
export const EXPORT_URL_TTL_MS = 60_000;

const EXPORTS: { format: ExportFormat; label: string; title: string }[] = [
  { format: 'json', label: 'JSON', title: 'Export as JSON' },
  { format: 'markdown', label: 'Markdown', title: 'Export as Markdown' },
  { format: 'csv', label: 'CSV', title: 'Export as CSV (for spreadsheets)' },
  { format: 'stix', label: 'STIX', title: 'Export as a STIX 2.1 bundle' },
];

export function preview(text: string, max = CLIP_PREVIEW_CHARS): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** A link target only for the pages a clipping may come from (http(s) and file, as validate.ts decides). */
export function safeHref(url: string): string | undefined {
  return clippingUrl(url);
}

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function hostOf(url: string): string {
  try { return new URL(url).host || 'local file'; } catch { return ''; }
}

/** Starts a download of `text` as `filename` through a Blob URL and an <a download>. */
export function download(text: string, filename: string, mime: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), EXPORT_URL_TTL_MS);
}

type State =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ok'; clippings: Clipping[]; matched: number; total: number; query: string };

export function Clippings({ query, onQuery, onOpenProfile, autoFocus }: {
  query: string;
  onQuery: (q: string) => void;
  onOpenProfile: (entityId: string) => void;
  autoFocus?: boolean;
}) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [note, setNote] = useState<{ text: string; error?: boolean } | undefined>();
  const [reloads, setReloads] = useState(0);
  const seq = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => { if (autoFocus) input.current?.focus(); }, [autoFocus]);

  useEffect(() => {
    const mine = ++seq.current;
    const q = query.trim();
    const timer = setTimeout(async () => {
      const res = await sendToBackground({ type: 'clippings/list', ...(q ? { query: q } : {}) });
      if (mine !== seq.current) return; // a later query won
      if (res.ok) setState({ status: 'ok', clippings: Array.isArray(res.clippings) ? res.clippings : [], matched: res.matched ?? 0, total: res.total ?? 0, query: q });
      else setState({ status: 'error', message: res.message });
    }, q ? SEARCH_DEBOUNCE_MS : 0);
    return () => clearTimeout(timer);
  }, [query, reloads]);

  const remove = useCallback(async (c: Clipping) => {
    const res = await sendToBackground({ type: 'clippings/delete', id: c.id });
    setNote(res.ok ? { text: 'Clipping deleted.' } : { text: `Could not delete it: ${res.message}`, error: true });
    setReloads((n) => n + 1);
  }, []);

  const exportAs = useCallback(async (format: ExportFormat) => {
    const q = query.trim();
    const res = await sendToBackground({ type: 'clippings/export', format, ...(q ? { query: q } : {}) });
    if (!res.ok) { setNote({ text: `Export failed: ${res.message}`, error: true }); return; }
    // Spreadsheets read a CSV as UTF-8 only with a byte order mark.
    download(format === 'csv' ? `\ufeff${res.text}` : res.text, res.filename, res.mime);
    setNote({ text: `Exported ${res.count} ${res.count === 1 ? 'clipping' : 'clippings'} as ${res.filename}.` });
  }, [query]);

  const count = state.status === 'ok' ? state.matched : 0;
  return (
    <section aria-labelledby="p-clip-h" data-testid="clippings-view">
      <div class="p-search">
        <label class="p-sr" for="p-clip-search">Search clippings</label>
        <input
          ref={input}
          id="p-clip-search"
          type="search"
          data-testid="clip-search"
          placeholder="Search clippings…"
          autoComplete="off"
          spellcheck={false}
          value={query}
          onInput={(ev) => onQuery((ev.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div class="p-clip-bar">
        <h2 class="p-h" id="p-clip-h">
          {'Clippings'}
          {state.status === 'ok' && state.total > 0 && (
            <span class="p-dim" data-testid="clip-count">{state.query ? ` · ${state.matched} of ${state.total}` : ` · ${state.total}`}</span>
          )}
        </h2>
        <span class="p-grow" />
        <span class="p-exports" role="group" aria-label="Export">
          {EXPORTS.map((e) => (
            <button key={e.format} type="button" class="p-small" data-testid={`export-${e.format}`} title={e.title} disabled={count === 0} onClick={() => void exportAs(e.format)}>
              {e.label}
            </button>
          ))}
        </span>
      </div>
      {note && <p class={note.error ? 'p-note p-error' : 'p-note'} role={note.error ? 'alert' : 'status'} data-testid="clip-note">{note.text}</p>}
      {state.status === 'loading' && <p class="p-note" role="status">Loading clippings…</p>}
      {state.status === 'error' && <p class="p-note p-error" role="alert">{`Could not load clippings: ${state.message}`}</p>}
      {state.status === 'ok' && state.total === 0 && (
        <p class="p-note" role="status" data-testid="clip-empty">
          No clippings yet. Select a passage on a page, then choose “Save clipping to Threat Context” from the context menu or press Alt+Shift+S.
        </p>
      )}
      {state.status === 'ok' && state.total > 0 && state.matched === 0 && (
        <p class="p-note" role="status" data-testid="clip-none">No clippings match.</p>
      )}
      {state.status === 'ok' && (
        <ul class="p-list p-clips" data-testid="clippings" aria-label="Saved clippings" hidden={state.clippings.length === 0}>
          {state.clippings.map((c) => {
            const href = safeHref(c.url);
            const title = c.title || c.url;
            return (
              <li key={c.id} class="p-clip" data-testid="clipping" data-clipping-id={c.id}>
                <div class="p-clip-head">
                  {href
                    ? <a class="p-clip-title" href={href} target="_blank" rel="noopener noreferrer" data-testid="clipping-title" title={c.url}>{title}</a>
                    : <span class="p-clip-title" data-testid="clipping-title">{title}</span>}
                  <button type="button" class="p-info" data-testid="clipping-delete" aria-label={`Delete the clipping from ${title}`} title="Delete" onClick={() => void remove(c)}>
                    {'✕'}
                  </button>
                </div>
                <div class="p-clip-meta">
                  <time dateTime={c.createdAt} data-testid="clipping-time">{when(c.createdAt)}</time>
                  {hostOf(c.url) && <span>{` · ${hostOf(c.url)}`}</span>}
                </div>
                <p class="p-clip-text" data-testid="clipping-text">{preview(c.text)}</p>
                {c.entities.length > 0 && (
                  <ul class="p-chips" aria-label="Names in this clipping">
                    {c.entities.map((e) => (
                      <li key={e.entityId}>
                        <button type="button" class="p-chip" data-testid="clipping-entity" data-entity-id={e.entityId} title={`About ${e.name} (${kindLabel(e.kind)})`} onClick={() => onOpenProfile(e.entityId)}>
                          {e.name}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {state.status === 'ok' && state.matched > state.clippings.length && (
        <p class="p-note" role="status">{`Showing the newest ${state.clippings.length} of ${state.matched}; search to narrow them down, or export them all.`}</p>
      )}
    </section>
  );
}
