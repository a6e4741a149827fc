/**
 * Validators for clippings: a draft from a content script (`clippings/save`) and a stored record read back
 * from IndexedDB. Input is treated as hostile: every string is bounded, URLs must be http(s) or file, and
 * the result is a fresh object holding only the known fields (extra properties are never stored).
 * Problems are returned as values; nothing throws.
 */
import { ENTITY_KINDS, isObj, type EntityKind, type Problem } from '../dataset/schema';
import {
  MAX_ANCHOR_CONTEXT, MAX_ENTITIES, MAX_ENTITY_ID, MAX_ENTITY_TEXTS, MAX_NAME, MAX_TEXT, MAX_TITLE, MAX_URL,
  EXPORT_FORMATS, MAX_QUERY,
  type Clipping, type ClippingDraft, type ClippingEntity, type ExportFormat, type TextQuoteSelector,
} from './model';

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Own properties only: nothing inherited from a prototype is ever read. */
const own = (o: Record<string, unknown>, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);
const ENTITY_ID_RE = /^(actor|agency|vendor|product)\/[a-z0-9][a-z0-9._-]*$/;
const UUID_V4_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const URL_JUNK_RE = /[\u0000-\u0020\u007f-\u009f]/;

/** The URL, normalised by the URL parser, when it is an http(s) URL with a host or a file URL; else undefined. */
export function clippingUrl(s: unknown): string | undefined {
  if (typeof s !== 'string' || s.length === 0 || s.length > MAX_URL || URL_JUNK_RE.test(s)) return undefined;
  let u: URL;
  try { u = new URL(s); } catch { return undefined; }
  if (u.protocol === 'file:') return u.href.length <= MAX_URL ? u.href : undefined;
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) return undefined;
  return u.href.length <= MAX_URL ? u.href : undefined;
}

function str(v: unknown, path: string, out: Problem[], max: number, min = 0): string {
  if (typeof v !== 'string') { out.push({ path, message: 'must be a string' }); return ''; }
  if (v.length < min || v.length > max) out.push({ path, message: min > 0 ? `must be 1 to ${max} characters` : `must be at most ${max} characters` });
  return v;
}

function entity(v: unknown, path: string, out: Problem[]): ClippingEntity {
  if (!isObj(v)) { out.push({ path, message: 'must be an object' }); return { entityId: '', name: '', kind: 'threat-actor', texts: [] }; }
  const entityId = str(own(v, 'entityId'), `${path}.entityId`, out, MAX_ENTITY_ID, 1);
  if (entityId && !ENTITY_ID_RE.test(entityId)) out.push({ path: `${path}.entityId`, message: 'is not an entity id' });
  const name = str(own(v, 'name'), `${path}.name`, out, MAX_NAME, 1);
  const kind = own(v, 'kind') as EntityKind;
  if (!(ENTITY_KINDS as readonly unknown[]).includes(kind)) out.push({ path: `${path}.kind`, message: `must be one of ${ENTITY_KINDS.join(', ')}` });
  const texts: string[] = [];
  const list = own(v, 'texts');
  if (!Array.isArray(list) || list.length > MAX_ENTITY_TEXTS) out.push({ path: `${path}.texts`, message: `must be a list of at most ${MAX_ENTITY_TEXTS} strings` });
  else list.forEach((t, i) => texts.push(str(t, `${path}.texts[${i}]`, out, MAX_NAME, 1)));
  return { entityId, name, kind, texts };
}

function anchor(v: unknown, out: Problem[]): TextQuoteSelector {
  if (!isObj(v) || own(v, 'type') !== 'TextQuoteSelector') { out.push({ path: 'anchor', message: 'must be a TextQuoteSelector' }); return { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }; }
  return {
    type: 'TextQuoteSelector',
    exact: str(own(v, 'exact'), 'anchor.exact', out, MAX_TEXT, 1),
    prefix: str(own(v, 'prefix'), 'anchor.prefix', out, MAX_ANCHOR_CONTEXT),
    suffix: str(own(v, 'suffix'), 'anchor.suffix', out, MAX_ANCHOR_CONTEXT),
  };
}

function draftFields(v: Record<string, unknown>, out: Problem[]): ClippingDraft {
  const raw = own(v, 'text');
  const text = str(raw, 'text', out, MAX_TEXT, 1);
  if (typeof raw === 'string' && raw.length && !raw.trim()) out.push({ path: 'text', message: 'must not be only white space' });
  const url = clippingUrl(own(v, 'url'));
  if (!url) out.push({ path: 'url', message: `must be an http(s) or file URL of at most ${MAX_URL} characters` });
  const title = str(own(v, 'title'), 'title', out, MAX_TITLE);
  const entities: ClippingEntity[] = [];
  const list = own(v, 'entities');
  if (!Array.isArray(list) || list.length > MAX_ENTITIES) out.push({ path: 'entities', message: `must be a list of at most ${MAX_ENTITIES} entities` });
  else {
    const seen = new Set<string>();
    list.forEach((e, i) => {
      const ce = entity(e, `entities[${i}]`, out);
      if (seen.has(ce.entityId)) out.push({ path: `entities[${i}].entityId`, message: 'is listed twice' });
      seen.add(ce.entityId);
      entities.push(ce);
    });
  }
  const a = anchor(own(v, 'anchor'), out);
  const truncated = own(v, 'truncated');
  if (truncated !== undefined && typeof truncated !== 'boolean') out.push({ path: 'truncated', message: 'must be true or false' });
  const d: ClippingDraft = { text, url: url ?? '', title, entities, anchor: a };
  if (truncated === true) d.truncated = true;
  return d;
}

/** A draft as a content script sends it. */
export function validateDraft(input: unknown): Checked<ClippingDraft> {
  if (!isObj(input)) return { ok: false, problems: [{ path: '', message: 'clipping must be an object' }] };
  const problems: Problem[] = [];
  const d = draftFields(input, problems);
  return problems.length ? { ok: false, problems } : { ok: true, value: d };
}

/** A whole clipping (a stored record, or one in an imported JSON export). */
export function validateClipping(input: unknown): Checked<Clipping> {
  if (!isObj(input)) return { ok: false, problems: [{ path: '', message: 'clipping must be an object' }] };
  const problems: Problem[] = [];
  const id = own(input, 'id');
  if (typeof id !== 'string' || !UUID_V4_RE.test(id)) problems.push({ path: 'id', message: 'must be a lower-case UUID v4' });
  const createdAt = own(input, 'createdAt');
  if (typeof createdAt !== 'string' || !ISO_RE.test(createdAt) || Number.isNaN(Date.parse(createdAt))) problems.push({ path: 'createdAt', message: 'must be an ISO 8601 UTC time' });
  const d = draftFields(input, problems);
  return problems.length ? { ok: false, problems } : { ok: true, value: { id: id as string, createdAt: createdAt as string, ...d } };
}

export function isUuidV4(s: unknown): s is string {
  return typeof s === 'string' && UUID_V4_RE.test(s);
}

export function isExportFormat(f: unknown): f is ExportFormat {
  return (EXPORT_FORMATS as readonly unknown[]).includes(f);
}

/** A search query: a string of at most MAX_QUERY characters, or nothing. */
export function validQuery(q: unknown): string | undefined | false {
  if (q === undefined || q === null) return undefined;
  if (typeof q !== 'string' || q.length > MAX_QUERY) return false;
  return q;
}

/** "text: must be 1 to 20000 characters; url: …" — the first few problems, for an error message. */
export function problemText(problems: Problem[], max = 3): string {
  const shown = problems.slice(0, max).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  return shown.join('; ') + (problems.length > max ? ` (and ${problems.length - max} more)` : '');
}
