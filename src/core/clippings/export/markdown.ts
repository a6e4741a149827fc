/**
 * Markdown export: one section per clipping with the page as a link, the time, the entities, and the
 * passage as a block quote. Page text is hostile: characters that CommonMark gives meaning inline are
 * backslash-escaped, block markers at the start of a line are escaped, and the link destination is the
 * URL parser's normalised form in angle brackets (it cannot hold <, >, spaces or line breaks).
 */
import { kindText } from './labels';
import type { Clipping } from '../model';

const INLINE = /[\\`*_[\]<>|~&!]/g;
const BLOCK_START = /^(\s*)([#>+\-=]|\d+[.)])/;

export function escapeMarkdown(s: string): string {
  return s.replace(INLINE, (c) => `\\${c}`);
}

function escapeLine(line: string): string {
  const e = escapeMarkdown(line);
  return e.replace(BLOCK_START, (_m, sp: string, mark: string) => `${sp}${mark.length > 1 ? mark.slice(0, -1) + '\\' + mark.slice(-1) : '\\' + mark}`);
}

/** "2026-11-22 10:04 UTC" */
export function utcMinute(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function toMarkdown(clips: Clipping[], exportedAt: string): string {
  const out: string[] = ['# Threat Context clippings', '', `Exported ${utcMinute(exportedAt)} · ${clips.length} ${clips.length === 1 ? 'clipping' : 'clippings'}`, ''];
  for (const c of clips) {
    const title = escapeMarkdown((c.title || c.url).replace(/\s+/g, ' ').trim());
    out.push(`## [${title}](<${c.url}>)`, '');
    out.push(`*Saved ${utcMinute(c.createdAt)}*${c.truncated ? ' · *truncated*' : ''}`, '');
    if (c.entities.length) out.push(`**Entities:** ${c.entities.map((e) => `${escapeMarkdown(e.name)} (${kindText(e.kind)})`).join(', ')}`, '');
    for (const line of c.text.split(/\r\n|\r|\n/)) out.push(line.trim() ? `> ${escapeLine(line)}` : '>');
    out.push('');
  }
  return out.join('\n');
}
