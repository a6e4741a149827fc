/**
 * One entity's profile: in the popup (full) and in the page's hover card (compact, inside a shadow root).
 * Everything from the dataset is rendered as text; only http(s) URLs become links, and they open in a new tab.
 * Styles: PROFILE_CSS (profile.css.ts), which the host document or shadow root must include.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Profile as ProfileData } from '../../core/messages';
import type { Entity, EntityKind, RelationType } from '../../core/dataset/schema';
import { KindBadge } from './KindBadge';
import { capitalise, countryText, hostOf, mitreUrl, safeHref, sourceLabel, sourceRank } from './labels';

export interface MatchedInfo {
  /** The exact page text that was highlighted. */
  text: string;
  /** The dataset name it matched, when known. */
  aliasName?: string;
  /** Who uses that name (alias.source). */
  aliasSources?: string[];
  /** Every entity that uses this name, when it is ambiguous (including this one). */
  candidates?: { id: string; name: string; kind: EntityKind }[];
}

export interface MuteRequest {
  entityId: string;
  alias?: string;
}

export interface ProfileProps {
  profile: ProfileData;
  matched?: MatchedInfo;
  compact?: boolean;
  onOpenEntity?: (id: string) => void;
  onMute?: (what: MuteRequest) => void;
}

const COMPACT_SOURCE_GROUPS = 6;
const COMPACT_NAMES_PER_GROUP = 5;
const COMPACT_REFERENCES = 3;
const FULL_REFERENCES = 5;

/** A link that opens in a new tab, or plain text when the URL is not http(s). */
export function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  const safe = safeHref(href);
  if (!safe) return <span>{children}</span>;
  return <a href={safe} target="_blank" rel="noopener noreferrer">{children}</a>;
}

function EntityLink({ id, name, onOpen }: { id: string; name: string; onOpen?: (id: string) => void }) {
  if (!onOpen) return <span>{name}</span>;
  return (
    <button type="button" class="tc-link" data-entity-id={id} onClick={() => onOpen(id)}>
      {name}
    </button>
  );
}

/** Items separated by ", " (or another separator) without building HTML. */
function joined<T>(items: T[], render: (t: T, i: number) => ComponentChildren, sep = ', '): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  items.forEach((t, i) => {
    if (i > 0) out.push(sep);
    out.push(render(t, i));
  });
  return out;
}

export interface SourceGroup {
  source: string;
  label: string;
  names: string[];
}

/** Aliases grouped by who uses them: vendors that coined names first, aggregators (MITRE, MISP) last. */
export function namesBySource(entity: Entity): SourceGroup[] {
  const groups = new Map<string, string[]>();
  const add = (source: string, name: string) => {
    const list = groups.get(source) ?? [];
    if (!list.includes(name)) list.push(name);
    groups.set(source, list);
  };
  for (const a of entity.aliases) {
    if (!a || typeof a.name !== 'string') continue;
    const sources = Array.isArray(a.source) && a.source.length > 0 ? a.source : [''];
    for (const s of sources) add(typeof s === 'string' ? s.toLowerCase() : '', a.name);
  }
  const out: SourceGroup[] = [];
  for (const [source, names] of groups) {
    out.push({ source, label: source ? sourceLabel(source) : 'Also known as', names });
  }
  out.sort((x, y) => {
    const rx = x.source ? sourceRank(x.source) : 2000;
    const ry = y.source ? sourceRank(y.source) : 2000;
    return rx - ry || x.label.localeCompare(y.label);
  });
  return out;
}

const RELATION_LABEL: Record<Exclude<RelationType, 'sponsor'>, string> = {
  vendor: 'Vendor',
  product: 'Products',
  parent: 'Part of',
  unit: 'Units',
  sponsored: 'Sponsored groups',
  overlaps: 'Overlaps with',
};
const RELATION_ORDER: Exclude<RelationType, 'sponsor'>[] = ['vendor', 'product', 'parent', 'unit', 'sponsored', 'overlaps'];

function Section({ title, children, testid }: { title: string; children: ComponentChildren; testid?: string }) {
  return (
    <section class="tc-section" data-testid={testid}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function MuteButtons({ entityId, alias, onMute }: { entityId: string; alias?: string; onMute: (w: MuteRequest) => void }) {
  const [done, setDone] = useState<'name' | 'entity' | null>(null);
  return (
    <div class="tc-mute" role="group" aria-label="Highlighting">
      {alias !== undefined && (
        <button
          type="button"
          class="tc-btn"
          data-testid="mute-alias"
          disabled={done !== null}
          onClick={() => { setDone('name'); onMute({ entityId, alias }); }}
        >
          {done === 'name' ? 'This name won’t be highlighted' : 'Don’t highlight this name'}
        </button>
      )}
      <button
        type="button"
        class="tc-btn"
        data-testid="mute-entity"
        disabled={done !== null}
        onClick={() => { setDone('entity'); onMute({ entityId }); }}
      >
        {done === 'entity' ? 'This entity won’t be highlighted' : 'Don’t highlight this entity'}
      </button>
    </div>
  );
}

export function Profile({ profile, matched, compact = false, onOpenEntity, onMute }: ProfileProps) {
  const [allRefs, setAllRefs] = useState(false);
  const e = profile.entity;
  const related = profile.related ?? {};
  const relations = Array.isArray(e.relations) ? e.relations : [];
  const nameOf = (id: string) => related[id]?.name ?? id;

  // Sponsor: agency relations plus the free-text sponsor.
  const sponsorIds = relations.filter((r) => r.type === 'sponsor').map((r) => r.id);
  const hasSponsor = sponsorIds.length > 0 || (typeof e.sponsor === 'string' && e.sponsor.length > 0);

  // Why it matched.
  let matchedLine: ComponentChildren = null;
  if (matched && matched.text) {
    const aliasName = matched.aliasName;
    const sources = matched.aliasSources
      ?? (aliasName ? e.aliases.find((a) => a.name === aliasName)?.source : undefined)
      ?? [];
    matchedLine = (
      <p class="tc-matched" data-testid="matched">
        {'Matched: '}<strong>{`“${matched.text}”`}</strong>
        {aliasName && aliasName !== matched.text ? ` (${aliasName})` : ''}
        {sources.length > 0 ? ` — name used by ${sources.map(sourceLabel).join(', ')}` : ''}
      </p>
    );
  }

  const candidates = matched?.candidates ?? [];
  const ambiguity = candidates.length > 1 ? (
    <p class="tc-ambiguous" role="note" data-testid="ambiguous">
      {'This name is used by: '}
      {joined(candidates, (c) => (c.id === e.id
        ? <strong key={c.id}>{c.name}</strong>
        : <EntityLink key={c.id} id={c.id} name={c.name} onOpen={onOpenEntity} />))}
    </p>
  ) : null;

  const groups = namesBySource(e);
  const shownGroups = compact ? groups.slice(0, COMPACT_SOURCE_GROUPS) : groups;
  const refs = Array.isArray(e.references) ? e.references : [];
  const refLimit = compact ? COMPACT_REFERENCES : allRefs ? refs.length : FULL_REFERENCES;
  const shownRefs = refs.slice(0, refLimit);

  const countries = Array.isArray(e.country) ? e.country : [];
  const motivation = Array.isArray(e.motivation) ? e.motivation : [];
  const sectors = e.targets?.sectors ?? [];
  const targetCountries = e.targets?.countries ?? [];
  const operations = Array.isArray(e.operations) ? e.operations : [];
  const ext = e.externalIds ?? {};

  const relGroups = RELATION_ORDER
    .map((type) => ({ type, items: relations.filter((r) => r.type === type) }))
    .filter((g) => g.items.length > 0);

  const seen = e.firstSeen
    ? (e.lastSeen ? `${e.firstSeen} – ${e.lastSeen}` : e.firstSeen)
    : e.lastSeen ? `until ${e.lastSeen}` : '';

  return (
    <article
      class={compact ? 'tc-profile tc-compact' : 'tc-profile'}
      data-testid="profile"
      data-entity-id={e.id}
      aria-labelledby={`tc-name-${e.id}`}
    >
      <header class="tc-head">
        <h2 class="tc-name" id={`tc-name-${e.id}`} data-testid="profile-name">{e.name}</h2>
        <KindBadge kind={e.kind} />
      </header>

      {matchedLine}
      {ambiguity}

      {(countries.length > 0 || hasSponsor || (!compact && (seen || motivation.length > 0))) && (
        <dl class="tc-facts">
          {countries.length > 0 && (
            <>
              <dt>{countries.length > 1 ? 'Countries' : 'Country'}</dt>
              <dd data-testid="country">{countries.map(countryText).join(', ')}</dd>
            </>
          )}
          {hasSponsor && (
            <>
              <dt>Sponsor</dt>
              <dd data-testid="sponsor">
                {joined(sponsorIds, (id) => <EntityLink key={id} id={id} name={nameOf(id)} onOpen={onOpenEntity} />)}
                {sponsorIds.length > 0 && e.sponsor ? ' — ' : ''}
                {e.sponsor ?? ''}
              </dd>
            </>
          )}
          {!compact && motivation.length > 0 && (
            <>
              <dt>Motivation</dt>
              <dd>{motivation.map(capitalise).join(', ')}</dd>
            </>
          )}
          {!compact && seen && (
            <>
              <dt>{e.lastSeen ? 'Active' : 'First seen'}</dt>
              <dd>{seen}</dd>
            </>
          )}
        </dl>
      )}

      {e.summary && <p class="tc-summary" data-testid="summary">{e.summary}</p>}

      {!compact && (sectors.length > 0 || targetCountries.length > 0) && (
        <Section title="Targets">
          <ul class="tc-plain">
            {sectors.length > 0 && <li><span class="tc-dim">Sectors: </span>{sectors.join(', ')}</li>}
            {targetCountries.length > 0 && <li><span class="tc-dim">Countries: </span>{targetCountries.map(countryText).join(', ')}</li>}
          </ul>
        </Section>
      )}

      {!compact && operations.length > 0 && (
        <Section title="Notable operations">
          <ul class="tc-ops">
            {operations.map((o, i) => (
              <li key={i}>
                <strong>{o.name}</strong>
                {o.year ? ` (${o.year})` : ''}
                {o.summary ? <span class="tc-dim">{` — ${o.summary}`}</span> : null}
              </li>
            ))}
          </ul>
        </Section>
      )}

      {shownGroups.length > 0 && (
        <Section title="Names by source" testid="names-by-source">
          <ul class="tc-plain">
            {shownGroups.map((g) => {
              const names = compact ? g.names.slice(0, COMPACT_NAMES_PER_GROUP) : g.names;
              const rest = g.names.length - names.length;
              return (
                <li key={g.source} data-source={g.source}>
                  <span class="tc-src">{g.label}:</span>{' '}
                  {names.join(', ')}
                  {rest > 0 ? <span class="tc-dim">{` +${rest}`}</span> : null}
                </li>
              );
            })}
          </ul>
          {compact && groups.length > shownGroups.length && (
            <p class="tc-dim">{`Names from ${groups.length - shownGroups.length} more source${groups.length - shownGroups.length === 1 ? '' : 's'}`}</p>
          )}
        </Section>
      )}

      {!compact && relGroups.length > 0 && (
        <Section title="Related" testid="related">
          <ul class="tc-plain">
            {relGroups.map((g) => (
              <li key={g.type}>
                <span class="tc-dim">{RELATION_LABEL[g.type]}: </span>
                {joined(g.items, (r, i) => (
                  <span key={`${r.id}-${i}`}>
                    <EntityLink id={r.id} name={nameOf(r.id)} onOpen={related[r.id] ? onOpenEntity : undefined} />
                    {r.note ? <span class="tc-dim">{` (${r.note})`}</span> : null}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </Section>
      )}

      {!compact && Object.keys(ext).length > 0 && (
        <Section title="External ids" testid="external-ids">
          <ul class="tc-plain">
            {Object.entries(ext).map(([k, v]) => {
              const values = (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
              if (values.length === 0) return null;
              const label = k === 'mitre' ? 'MITRE ATT&CK' : k === 'misp' ? 'MISP galaxy' : k;
              return (
                <li key={k}>
                  <span class="tc-dim">{label}: </span>
                  {joined(values, (id) => {
                    const url = k === 'mitre' ? mitreUrl(id) : undefined;
                    return url ? <ExternalLink key={id} href={url}>{id}</ExternalLink> : <span key={id}>{id}</span>;
                  })}
                </li>
              );
            })}
          </ul>
        </Section>
      )}

      {shownRefs.length > 0 && (
        <Section title="References" testid="references">
          <ul>
            {shownRefs.map((r, i) => (
              <li key={i}>
                <ExternalLink href={r.url}>{r.title || hostOf(r.url)}</ExternalLink>
              </li>
            ))}
          </ul>
          {refs.length > shownRefs.length && (compact
            ? <p class="tc-dim">{`+${refs.length - shownRefs.length} more`}</p>
            : (
              <button type="button" class="tc-link" data-testid="more-references" onClick={() => setAllRefs(true)}>
                {`${refs.length - shownRefs.length} more`}
              </button>
            ))}
        </Section>
      )}

      {!compact && e.updated && <p class="tc-updated">{`Profile updated ${e.updated}`}</p>}

      {onMute && <MuteButtons entityId={e.id} alias={matched ? (matched.aliasName ?? matched.text) : undefined} onMute={onMute} />}
    </article>
  );
}
