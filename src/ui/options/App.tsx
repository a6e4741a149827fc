/**
 * The options page: highlighting on/off, muted entities and names, the user's own names,
 * the dataset (info, import, reset), and sources/attribution/privacy.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Alias, EntityKind } from '../../core/dataset/schema';
import type { BackgroundMessages, DatasetCounts, Prefs, SearchHit } from '../../core/messages';

type ImportFormat = NonNullable<BackgroundMessages['dataset/import']['req']['format']>;
import { foldKey } from '../../core/normalise';
import { sendToBackground } from '../../platform/messaging';
import { KindBadge } from '../components/KindBadge';
import { PROFILE_CSS } from '../components/profile.css';
import { formatCount, useEntitySearch } from '../components/hooks';
import { KIND_LABEL, countryText } from '../components/labels';
import { Attribution } from './Attribution';
import { OPTIONS_CSS } from './options.css';

type Status = { kind: 'ok' | 'error'; text: string } | null;

interface EntityInfo {
  name: string;
  kind: EntityKind;
  aliases: Alias[];
}

/** Split a muted-alias key `${entityId}|${foldedKey}`. */
export function splitMutedAlias(key: string): { entityId: string; folded: string } {
  const i = key.indexOf('|');
  return i < 0 ? { entityId: key, folded: '' } : { entityId: key.slice(0, i), folded: key.slice(i + 1) };
}

/** Names (and aliases) of the entities the prefs refer to, fetched once each with entity/get. */
function useEntityInfo(ids: string[]): Map<string, EntityInfo | null> {
  const [info, setInfo] = useState<Map<string, EntityInfo | null>>(new Map());
  const asked = useRef(new Set<string>());
  const key = [...new Set(ids)].sort().join('\n');
  useEffect(() => {
    for (const id of new Set(ids)) {
      if (asked.current.has(id)) continue;
      asked.current.add(id);
      void sendToBackground({ type: 'entity/get', id }).then((res) => {
        setInfo((m) => {
          const next = new Map(m);
          next.set(id, res.ok ? { name: res.entity.name, kind: res.entity.kind, aliases: res.entity.aliases ?? [] } : null);
          return next;
        });
      });
    }
  }, [key]);
  return info;
}

function StatusLine({ status, testid }: { status: Status; testid?: string }) {
  if (!status) return null;
  return status.kind === 'ok'
    ? <p class="o-ok" role="status" data-testid={testid}>{status.text}</p>
    : <p class="o-err" role="alert" data-testid={testid}>{status.text}</p>;
}

function EntityName({ id, info }: { id: string; info: Map<string, EntityInfo | null> }) {
  const e = info.get(id);
  if (e === undefined) return <span class="o-muted">{id}</span>;
  if (e === null) return <span>{id} <span class="o-muted">(not in the current dataset)</span></span>;
  return <span>{e.name} <KindBadge kind={e.kind} /></span>;
}

/* ---------- (a) Highlighting ---------- */

function Highlighting({ prefs, onPrefs }: { prefs: Prefs; onPrefs: (p: Prefs) => void }) {
  const [status, setStatus] = useState<Status>(null);
  const toggle = async (enabled: boolean) => {
    const res = await sendToBackground({ type: 'prefs/set-enabled', enabled });
    if (res.ok) { onPrefs(res.prefs); setStatus(null); }
    else setStatus({ kind: 'error', text: `Could not change this setting: ${res.message}` });
  };
  return (
    <section class="o-section" aria-labelledby="o-hl-h" data-testid="highlighting">
      <h2 id="o-hl-h">Highlighting</h2>
      <label class="o-switch">
        <input
          type="checkbox"
          data-testid="enabled"
          checked={prefs.enabled}
          onChange={(ev) => void toggle((ev.currentTarget as HTMLInputElement).checked)}
        />
        <span>Highlight threat actors, agencies and spyware names on the pages I read</span>
      </label>
      <p class="o-muted">When off, pages are not scanned. You can still search from the toolbar button.</p>
      <StatusLine status={status} />
    </section>
  );
}

/* ---------- (b) Muted ---------- */

function Muted({ prefs, onPrefs, info }: { prefs: Prefs; onPrefs: (p: Prefs) => void; info: Map<string, EntityInfo | null> }) {
  const [status, setStatus] = useState<Status>(null);
  const unmuteEntity = async (entityId: string) => {
    const res = await sendToBackground({ type: 'prefs/mute-entity', entityId, muted: false });
    if (res.ok) { onPrefs(res.prefs); setStatus(null); }
    else setStatus({ kind: 'error', text: `Could not unmute: ${res.message}` });
  };
  const unmuteAlias = async (entityId: string, alias: string) => {
    const res = await sendToBackground({ type: 'prefs/mute-alias', entityId, alias, muted: false });
    if (res.ok) { onPrefs(res.prefs); setStatus(null); }
    else setStatus({ kind: 'error', text: `Could not unmute: ${res.message}` });
  };
  const aliasName = (entityId: string, folded: string): string | undefined => {
    const e = info.get(entityId);
    if (!e) return undefined;
    if (foldKey(e.name) === folded) return e.name;
    return e.aliases.find((a) => typeof a?.name === 'string' && foldKey(a.name) === folded)?.name;
  };
  const mutedEntities = prefs.mutedEntities ?? [];
  const mutedAliases = prefs.mutedAliases ?? [];
  return (
    <section class="o-section" aria-labelledby="o-mute-h">
      <h2 id="o-mute-h">Muted</h2>
      <p class="o-muted">Use “Don’t highlight” in a hover card to mute a name or a whole entity. Unmute them here.</p>

      <h3>Entities</h3>
      {mutedEntities.length === 0
        ? <p class="o-muted" data-testid="muted-entities-empty">No muted entities.</p>
        : (
          <ul class="o-list" data-testid="muted-entities">
            {mutedEntities.map((id) => (
              <li key={id} data-entity-id={id}>
                <span class="o-grow"><EntityName id={id} info={info} /></span>
                <button type="button" data-testid="unmute" onClick={() => void unmuteEntity(id)}>Unmute</button>
              </li>
            ))}
          </ul>
        )}

      <h3>Names</h3>
      {mutedAliases.length === 0
        ? <p class="o-muted" data-testid="muted-aliases-empty">No muted names.</p>
        : (
          <ul class="o-list" data-testid="muted-aliases">
            {mutedAliases.map((key) => {
              const { entityId, folded } = splitMutedAlias(key);
              const name = aliasName(entityId, folded);
              return (
                <li key={key} data-entity-id={entityId} data-alias-key={folded}>
                  <span class="o-grow">
                    <strong>{name ?? folded}</strong>
                    <span class="o-muted">{' for '}</span>
                    <EntityName id={entityId} info={info} />
                  </span>
                  <button type="button" data-testid="unmute" onClick={() => void unmuteAlias(entityId, name ?? folded)}>Unmute</button>
                </li>
              );
            })}
          </ul>
        )}
      <StatusLine status={status} />
    </section>
  );
}

/* ---------- (c) Your own names ---------- */

function EntityPicker({ selected, onSelect }: { selected: SearchHit | null; onSelect: (h: SearchHit | null) => void }) {
  const [query, setQuery] = useState('');
  const { hits, loading, query: answered } = useEntitySearch(query, 10);
  if (selected) {
    return (
      <div class="o-row" data-testid="alias-entity-selected" data-entity-id={selected.id}>
        <span>For <strong>{selected.name}</strong> <KindBadge kind={selected.kind} /></span>
        <button type="button" onClick={() => onSelect(null)}>Change</button>
      </div>
    );
  }
  const q = query.trim();
  return (
    <div>
      <div class="o-row">
        <label for="o-alias-entity">Entity</label>
        <input
          id="o-alias-entity"
          type="search"
          data-testid="alias-entity-search"
          placeholder="Search for the actor, agency or vendor…"
          autoComplete="off"
          value={query}
          onInput={(ev) => setQuery((ev.currentTarget as HTMLInputElement).value)}
        />
      </div>
      {q && !loading && answered === q && hits.length === 0 && <p class="o-muted">No matching entity.</p>}
      {hits.length > 0 && (
        <ul class="o-picks" aria-label="Choose an entity">
          {hits.map((h) => (
            <li key={h.id}>
              <button type="button" data-testid="alias-entity-option" data-entity-id={h.id} onClick={() => onSelect(h)}>
                <strong>{h.name}</strong>
                <KindBadge kind={h.kind} />
                <span class="o-muted">
                  {[h.matched && h.matched !== h.name ? `“${h.matched}”` : '', (h.country ?? []).map(countryText).join(', ')].filter(Boolean).join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function OwnNames({ prefs, onPrefs, info }: { prefs: Prefs; onPrefs: (p: Prefs) => void; info: Map<string, EntityInfo | null> }) {
  const [entity, setEntity] = useState<SearchHit | null>(null);
  const [name, setName] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const trimmed = name.trim();

  const add = async (ev: Event) => {
    ev.preventDefault();
    if (!entity || !trimmed) return;
    if (trimmed.length > 200) { setStatus({ kind: 'error', text: 'A name can be at most 200 characters.' }); return; }
    const res = await sendToBackground({ type: 'prefs/add-alias', entityId: entity.id, name: trimmed });
    if (res.ok) {
      onPrefs(res.prefs);
      setStatus({ kind: 'ok', text: `“${trimmed}” will be highlighted as ${entity.name}.` });
      setName('');
    } else setStatus({ kind: 'error', text: `Could not add the name: ${res.message}` });
  };
  const remove = async (entityId: string, n: string) => {
    const res = await sendToBackground({ type: 'prefs/remove-alias', entityId, name: n });
    if (res.ok) { onPrefs(res.prefs); setStatus(null); }
    else setStatus({ kind: 'error', text: `Could not remove the name: ${res.message}` });
  };
  const list = prefs.userAliases ?? [];
  return (
    <section class="o-section" aria-labelledby="o-own-h">
      <h2 id="o-own-h">Your own names</h2>
      <p class="o-muted">Add a name the dataset does not know (a code name from your own reports, a new vendor name). It is highlighted like any other alias.</p>
      <form onSubmit={(ev) => void add(ev)} aria-label="Add a name">
        <EntityPicker selected={entity} onSelect={setEntity} />
        <div class="o-row">
          <label for="o-alias-name">Name</label>
          <input
            id="o-alias-name"
            type="text"
            data-testid="alias-name"
            maxLength={200}
            placeholder="e.g. Sandstorm Team"
            value={name}
            onInput={(ev) => setName((ev.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="o-primary" data-testid="alias-add" disabled={!entity || !trimmed}>Add</button>
        </div>
      </form>
      <StatusLine status={status} testid="alias-status" />
      {list.length === 0
        ? <p class="o-muted" data-testid="user-aliases-empty">You have not added any names.</p>
        : (
          <ul class="o-list" data-testid="user-aliases">
            {list.map((a) => (
              <li key={`${a.entityId}|${a.name}`} data-entity-id={a.entityId}>
                <span class="o-grow">
                  <strong>{a.name}</strong>
                  <span class="o-muted">{' → '}</span>
                  <EntityName id={a.entityId} info={info} />
                </span>
                <button type="button" data-testid="alias-remove" aria-label={`Remove ${a.name}`} onClick={() => void remove(a.entityId, a.name)}>Remove</button>
              </li>
            ))}
          </ul>
        )}
    </section>
  );
}

/* ---------- (d) Dataset ---------- */

interface DatasetInfo {
  version: string;
  counts: DatasetCounts;
  updated?: string;
  source?: string;
}

const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

function countsLine(c: DatasetCounts): string {
  return `${formatCount(c?.entities ?? 0)} entities, ${formatCount(c?.aliases ?? 0)} names`;
}

/** The one network request the extension makes: the reader's own dataset address. */
function NetworkUpdate({ initialUrl, lastCheck, onApplied }: { initialUrl: string; lastCheck?: { at: string; ok: boolean; message: string }; onApplied: () => Promise<void> }) {
  const [url, setUrl] = useState(initialUrl);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  useEffect(() => setUrl(initialUrl), [initialUrl]);
  const run = async () => {
    setBusy(true);
    setStatus({ kind: 'ok', text: url.trim() ? 'Checking…' : 'Clearing…' });
    const res = await sendToBackground({ type: 'dataset/update', url });
    setBusy(false);
    if (!res.ok) setStatus({ kind: 'error', text: `Update failed: ${res.message}` });
    else if (!url.trim()) setStatus({ kind: 'ok', text: 'No update address: the extension makes no network request.' });
    else setStatus({ kind: 'ok', text: res.changed ? `Updated to ${res.version}, ${countsLine(res.counts)}.` : `Already up to date (${res.version}).` });
    await onApplied();
  };
  return (
    <>
      <h3>Update from the network</h3>
      <p class="o-muted">
        Optional. The address of a Threat Context dataset file (https). It is fetched now and then once a day at browser start;
        this is the only request the extension ever makes, and it sends nothing about your pages. Leave empty to turn it off.
      </p>
      <div class="o-row">
        <label for="o-update-url">Address</label>
        <input id="o-update-url" type="url" size={50} data-testid="update-url" value={url} placeholder="https://…/dataset.json" onInput={(ev) => setUrl((ev.currentTarget as HTMLInputElement).value)} />
        <button type="button" data-testid="update-now" disabled={busy} onClick={() => void run()}>{url.trim() ? 'Save and update now' : 'Save'}</button>
      </div>
      {lastCheck && <p class="o-muted" data-testid="update-last">{`Last check ${lastCheck.at.slice(0, 16).replace('T', ' ')}: ${lastCheck.ok ? '' : 'failed: '}${lastCheck.message}`}</p>}
      <StatusLine status={status} testid="update-result" />
    </>
  );
}

function Dataset() {
  const [info, setInfo] = useState<DatasetInfo | null>(null);
  const [update, setUpdate] = useState<{ url: string; lastCheck?: { at: string; ok: boolean; message: string } }>({ url: '' });
  const [infoError, setInfoError] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [format, setFormat] = useState<ImportFormat>('auto');
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    const res = await sendToBackground({ type: 'dataset/info' });
    if (res.ok) { setInfo({ version: res.version, counts: res.counts, updated: res.updated, source: res.source }); setUpdate({ url: res.updateUrl ?? '', lastCheck: res.lastCheck }); setInfoError(''); }
    else setInfoError(res.message);
  }, []);
  useEffect(() => { void refresh(); }, [refresh]);

  const onFile = async (ev: Event) => {
    const input = ev.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setStatus({ kind: 'error', text: `${file.name} is too large (${formatCount(Math.round(file.size / 1048576))} MB); the limit is 64 MB.` });
      input.value = '';
      return;
    }
    setBusy(true);
    setStatus({ kind: 'ok', text: `Importing ${file.name}…` });
    try {
      const text = await file.text();
      const res = await sendToBackground({ type: 'dataset/import', text, format });
      if (res.ok) {
        setStatus({ kind: 'ok', text: `Imported ${file.name}: dataset ${res.version}, ${countsLine(res.counts)}.` });
        await refresh();
      } else {
        setStatus({ kind: 'error', text: `Import failed: ${res.message}` });
      }
    } catch (e) {
      setStatus({ kind: 'error', text: `Could not read ${file.name}: ${(e as Error)?.message ?? String(e)}` });
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  const reset = async () => {
    setBusy(true);
    const res = await sendToBackground({ type: 'dataset/reset' });
    setBusy(false);
    if (res.ok) {
      setStatus({ kind: 'ok', text: `Back to the bundled dataset ${res.version}, ${countsLine(res.counts)}.` });
      await refresh();
    } else setStatus({ kind: 'error', text: `Reset failed: ${res.message}` });
  };

  const kinds = Object.keys(KIND_LABEL) as EntityKind[];
  return (
    <section class="o-section" aria-labelledby="o-data-h" data-testid="dataset">
      <h2 id="o-data-h">Dataset</h2>
      {infoError && <p class="o-err" role="alert">{`Dataset not available: ${infoError}`}</p>}
      {info && (
        <>
          <p>
            {'Version '}<strong data-testid="dataset-version">{info.version}</strong>
            {info.updated ? `, updated ${info.updated}` : ''}
            {info.source ? ` (${info.source})` : ''}
            {' — '}{countsLine(info.counts)}.
          </p>
          <table class="o-counts" data-testid="dataset-counts">
            <tbody>
              {kinds.map((k) => (
                <tr key={k} data-kind={k}>
                  <th scope="row">{KIND_LABEL[k]}</th>
                  <td>{formatCount(info.counts?.byKind?.[k] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h3>Import from a file</h3>
      <p class="o-muted">
        A Threat Context dataset replaces the current one. A MISP galaxy cluster, an ATT&amp;CK STIX bundle or
        Microsoft’s naming map (JSON) adds to it: their groups are matched to ours and bring new names and
        references; groups we do not have are added. The file is checked first and refused whole if it is not valid.
      </p>
      <div class="o-row">
        <label for="o-format">Format</label>
        <select id="o-format" data-testid="import-format" value={format} onChange={(ev) => setFormat((ev.currentTarget as HTMLSelectElement).value as ImportFormat)}>
          <option value="auto">Detect automatically</option>
          <option value="threat-context">Threat Context</option>
          <option value="misp-galaxy">MISP galaxy</option>
          <option value="attack-stix">ATT&amp;CK STIX</option>
          <option value="microsoft">Microsoft naming map</option>
        </select>
        <label for="o-file">File</label>
        <input
          ref={fileInput}
          id="o-file"
          type="file"
          accept=".json,application/json"
          data-testid="import-file"
          disabled={busy}
          onChange={(ev) => void onFile(ev)}
        />
      </div>

      <NetworkUpdate initialUrl={update.url} lastCheck={update.lastCheck} onApplied={refresh} />

      <h3>Bundled dataset</h3>
      <div class="o-row">
        <button type="button" data-testid="dataset-reset" disabled={busy} onClick={() => void reset()}>Reset to the bundled dataset</button>
        <span class="o-muted">Discards an imported or updated dataset.</span>
      </div>
      <StatusLine status={status} testid="import-result" />
    </section>
  );
}

/* ---------- page ---------- */

export function App() {
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    void sendToBackground({ type: 'prefs/get' }).then((res) => {
      if (res.ok) setPrefs(res.prefs);
      else setError(res.message);
    });
  }, []);

  const ids = prefs
    ? [
        ...(prefs.mutedEntities ?? []),
        ...(prefs.mutedAliases ?? []).map((k) => splitMutedAlias(k).entityId),
        ...(prefs.userAliases ?? []).map((a) => a.entityId),
      ]
    : [];
  const info = useEntityInfo(ids);

  return (
    <>
      <style>{PROFILE_CSS}</style>
      <style>{OPTIONS_CSS}</style>
      <main class="o-page">
        <h1>Threat Context</h1>
        <p class="o-lead">Highlights threat actors, intelligence agencies and spyware vendors in what you read.</p>
        {error && <p class="o-err" role="alert">{`Settings could not be loaded: ${error}`}</p>}
        {prefs && (
          <>
            <Highlighting prefs={prefs} onPrefs={setPrefs} />
            <Muted prefs={prefs} onPrefs={setPrefs} info={info} />
            <OwnNames prefs={prefs} onPrefs={setPrefs} info={info} />
          </>
        )}
        <Dataset />
        <Attribution />
      </main>
    </>
  );
}
