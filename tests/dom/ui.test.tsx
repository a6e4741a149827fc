// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queries, waitFor } from './helpers';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Entity } from '../../src/core/dataset/schema';
import type { Prefs, Profile as ProfileData } from '../../src/core/messages';

const bg = vi.fn();
const tab = vi.fn();
vi.mock('../../src/platform/messaging', () => ({
  sendToBackground: (m: unknown) => bg(m),
  sendToTab: (id: number, m: unknown) => tab(id, m),
  activeTabId: async () => 1,
  browser: { runtime: { openOptionsPage: vi.fn(async () => undefined) } },
}));

const { Profile, namesBySource } = await import('../../src/ui/components/Profile');
const { App: PopupApp, tabFromSearch } = await import('../../src/ui/popup/App');
const { groupMentions } = await import('../../src/ui/popup/PageMentions');
const { App: OptionsApp } = await import('../../src/ui/options/App');

const apt28: Entity = {
  id: 'actor/apt28',
  kind: 'threat-actor',
  name: 'APT28',
  aliases: [
    { name: 'APT28', source: ['mitre', 'microsoft', 'mandiant'] },
    { name: 'Forest Blizzard', source: ['microsoft', 'mitre'] },
    { name: 'STRONTIUM', source: ['microsoft'] },
    { name: 'Fancy Bear', source: ['crowdstrike', 'mitre'] },
    { name: 'Grizzly Steppe', source: ['misp'], ambiguous: ['actor/apt29'] },
    { name: '<img src=x onerror=alert(1)>', source: ['misp'] },
  ],
  summary: 'Russian military intelligence group.',
  country: ['RU'],
  sponsor: 'GRU Unit 26165',
  motivation: ['espionage'],
  firstSeen: '2004',
  operations: [{ name: 'DNC hack', year: '2016' }],
  relations: [{ type: 'sponsor', id: 'agency/ru-gru-26165' }, { type: 'overlaps', id: 'actor/apt29' }],
  externalIds: { mitre: 'G0007', misp: ['5b4ee3ea'] },
  references: [
    { url: 'https://attack.mitre.org/groups/G0007/', title: 'ATT&CK G0007' },
    { url: 'javascript:alert(1)', title: 'bad' },
    { url: 'https://a.example/1' }, { url: 'https://a.example/2' }, { url: 'https://a.example/3' }, { url: 'https://a.example/4' },
  ],
  updated: '2026-11-22',
};
const profile: ProfileData = {
  entity: apt28,
  related: { 'agency/ru-gru-26165': { name: 'GRU Unit 26165', kind: 'agency' }, 'actor/apt29': { name: 'APT29', kind: 'threat-actor' } },
};

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
  bg.mockReset();
  tab.mockReset();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const { q, qa } = queries(() => root);

describe('Profile', () => {
  it('renders the full profile as text, with safe links only', () => {
    const open = vi.fn();
    act(() => { render(<Profile profile={profile} matched={{ text: 'APT 28', aliasName: 'APT28' }} onOpenEntity={open} />, root); });
    expect(q('[data-testid=profile]')?.dataset.entityId).toBe('actor/apt28');
    expect(q('[data-testid=profile-name]')?.textContent).toBe('APT28');
    expect(q('[data-testid=kind]')?.textContent).toBe('Threat actor');
    expect(q('[data-testid=country]')?.textContent).toContain('Russia');
    expect(q('[data-testid=matched]')?.textContent).toBe('Matched: “APT 28” (APT28) — name used by MITRE ATT&CK, Microsoft, Mandiant');
    expect(q('[data-testid=sponsor]')?.textContent).toContain('GRU Unit 26165');
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
    const links = qa('a');
    expect(links.every((a) => /^https?:/.test(a.getAttribute('href') ?? '') && a.getAttribute('rel') === 'noopener noreferrer' && a.getAttribute('target') === '_blank')).toBe(true);
    expect(links.some((a) => a.getAttribute('href') === 'https://attack.mitre.org/groups/G0007/' && a.textContent === 'G0007')).toBe(true);
    // 5 references shown (one as text), then "more".
    expect(qa('[data-testid=references] li').length).toBe(5);
    act(() => { q('[data-testid=more-references]')!.click(); });
    expect(qa('[data-testid=references] li').length).toBe(6);
    const src = q('[data-testid=names-by-source] li')!;
    expect(src.textContent).toBe('Microsoft: APT28, Forest Blizzard, STRONTIUM');
    act(() => { (q('[data-testid=sponsor] button') as HTMLButtonElement).click(); });
    expect(open).toHaveBeenCalledWith('agency/ru-gru-26165');
    expect(q('[data-testid=related]')?.textContent).toContain('Overlaps with: APT29');
  });

  it('compact mode: ambiguity, limits and mute buttons', () => {
    const mute = vi.fn();
    const candidates = [{ id: 'actor/apt28', name: 'APT28', kind: 'threat-actor' as const }, { id: 'actor/apt29', name: 'APT29', kind: 'threat-actor' as const }];
    act(() => { render(<Profile compact profile={profile} matched={{ text: 'Grizzly Steppe', aliasName: 'Grizzly Steppe', candidates }} onMute={mute} onOpenEntity={() => {}} />, root); });
    expect(q('[data-testid=ambiguous]')?.textContent).toBe('This name is used by: APT28, APT29');
    expect(q('[data-testid=related]')).toBeNull();
    expect(q('[data-testid=external-ids]')).toBeNull();
    expect(qa('[data-testid=references] li').length).toBe(3);
    act(() => { q('[data-testid=mute-alias]')!.click(); });
    expect(mute).toHaveBeenCalledWith({ entityId: 'actor/apt28', alias: 'Grizzly Steppe' });
  });

  it('groups names by source with aggregators last', () => {
    expect(namesBySource(apt28).map((g) => g.source)).toEqual(['microsoft', 'crowdstrike', 'mandiant', 'mitre', 'misp']);
  });
});

describe('popup', () => {
  it('reads ?tab=', () => {
    expect(tabFromSearch('?tab=42')).toBe(42);
    expect(tabFromSearch('?tab=x')).toBeUndefined();
  });

  it('groups page mentions by entity, by count then name', () => {
    const m = (entityId: string, name: string) => ({ entityId, name, kind: 'threat-actor' as const, text: name });
    const g = groupMentions([m('b', 'Bee'), m('a', 'Ant'), m('c', 'Cat'), m('c', 'Cat'), m('a', 'Ant')]);
    expect(g.map((x) => [x.entityId, x.count])).toEqual([['a', 2], ['c', 2], ['b', 1]]);
  });

  it('lists page mentions, polls until complete, reveals, searches and opens profiles', async () => {
    let calls = 0;
    tab.mockImplementation(async (_id: number, m: { type: string }) => {
      if (m.type === 'page/mentions') {
        calls++;
        const mentions = [
          { entityId: 'actor/apt29', name: 'APT29', kind: 'threat-actor', text: 'Cozy Bear' },
          { entityId: 'actor/apt28', name: 'APT28', kind: 'threat-actor', text: 'APT28' },
          ...(calls > 1 ? [{ entityId: 'actor/apt28', name: 'APT28', kind: 'threat-actor', text: 'Fancy Bear' }] : []),
        ];
        return { ok: true, url: 'https://x.example/', complete: calls > 1, mentions, stats: {} };
      }
      return { ok: true, index: 0 };
    });
    bg.mockImplementation(async (m: { type: string; query?: string; id?: string }) => {
      if (m.type === 'dataset/info') return { ok: true, version: '2026.11.22', counts: { entities: 1234, aliases: 5678, byKind: {} } };
      if (m.type === 'entity/search') return { ok: true, hits: [{ id: 'actor/apt28', name: 'APT28', kind: 'threat-actor', matched: 'Fancy Bear', country: ['RU'] }, { id: 'actor/apt29', name: 'APT29', kind: 'threat-actor' }] };
      if (m.type === 'entity/get') return m.id === 'actor/apt28' ? { ok: true, ...profile } : { ok: true, entity: { ...apt28, id: 'agency/ru-gru-26165', kind: 'agency', name: 'GRU Unit 26165', relations: [] }, related: {} };
      return { ok: false, code: 'bad-request', message: 'no' };
    });
    act(() => { render(<PopupApp search="?tab=7" />, root); });
    await waitFor(() => q('[data-testid=dataset-info]')?.textContent?.includes('1,234 entities'));
    await waitFor(() => calls >= 2 && qa('[data-testid=page-entity]').length === 2 && q('[data-testid=count]')?.textContent === '2');
    const entries = qa('[data-testid=page-entity]');
    expect(entries.map((e) => e.dataset.entityId)).toEqual(['actor/apt28', 'actor/apt29']);
    expect(calls).toBe(2);
    act(() => { entries[1].click(); });
    await waitFor(() => tab.mock.calls.some(([id, m]) => id === 7 && m.type === 'page/reveal' && m.entityId === 'actor/apt29'));

    const input = q('[data-testid=search]') as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    act(() => { input.value = 'bear'; input.dispatchEvent(new Event('input', { bubbles: true })); });
    await waitFor(() => qa('[data-testid=search-result]').length === 2);
    expect(bg.mock.calls.filter(([m]) => m.type === 'entity/search')).toEqual([[{ type: 'entity/search', query: 'bear', limit: 20 }]]);
    act(() => { input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })); });
    act(() => { input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true })); });
    act(() => { input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); });
    await waitFor(() => q('[data-testid=profile-name]')?.textContent === 'APT28');
    expect(q('[data-testid=matched]')?.textContent).toContain('Fancy Bear');
    act(() => { (q('[data-testid=sponsor] button') as HTMLButtonElement).click(); });
    await waitFor(() => q('[data-testid=profile]')?.dataset.entityId === 'agency/ru-gru-26165');
    act(() => { q('[data-testid=back]')!.click(); });
    await waitFor(() => q('[data-testid=profile]')?.dataset.entityId === 'actor/apt28');
    act(() => { q('[data-testid=back]')!.click(); });
    await waitFor(() => q('[data-testid=search]'));
    expect((q('[data-testid=search]') as HTMLInputElement).value).toBe('bear');
  });

  it('shows a friendly note when the page has no content script', async () => {
    tab.mockResolvedValue({ ok: false, code: 'not-ready', message: 'Could not establish connection' });
    bg.mockResolvedValue({ ok: false, code: 'not-ready', message: 'x' });
    act(() => { render(<PopupApp search="?tab=3" />, root); });
    await waitFor(() => q('[data-testid=page-unavailable]'));
  });
});

describe('options', () => {
  it('shows prefs, unmutes, imports and credits sources', async () => {
    let prefs: Prefs = { enabled: true, mutedEntities: ['actor/apt28'], mutedAliases: ['actor/apt28|fancybear'], userAliases: [{ entityId: 'actor/apt28', name: 'Sofa Team' }] };
    bg.mockImplementation(async (m: { type: string; text?: string; alias?: string; entityId?: string; enabled?: boolean }) => {
      switch (m.type) {
        case 'prefs/get': return { ok: true, prefs };
        case 'entity/get': return { ok: true, ...profile };
        case 'dataset/info': return { ok: true, version: '2026.11.22', counts: { entities: 10, aliases: 20, byKind: { 'threat-actor': 7, agency: 1, vendor: 1, product: 1 } } };
        case 'prefs/mute-alias': prefs = { ...prefs, mutedAliases: [] }; return { ok: true, prefs };
        case 'prefs/set-enabled': prefs = { ...prefs, enabled: !!m.enabled }; return { ok: true, prefs };
        case 'dataset/import': return { ok: false, code: 'invalid-dataset', message: 'entities[0].id: id must look like "actor/apt28"' };
        default: return { ok: false, code: 'bad-request', message: 'no' };
      }
    });
    act(() => { render(<OptionsApp />, root); });
    await waitFor(() => q('[data-testid=muted-aliases]')?.textContent?.includes('Fancy Bear'));
    expect(q('[data-testid=muted-entities]')?.textContent).toContain('APT28');
    expect(q('[data-testid=user-aliases]')?.textContent).toContain('Sofa Team');
    await waitFor(() => q('[data-testid=dataset-version]')?.textContent === '2026.11.22');

    act(() => { (q('[data-testid=muted-aliases] [data-testid=unmute]') as HTMLButtonElement).click(); });
    await waitFor(() => q('[data-testid=muted-aliases-empty]'));
    expect(bg).toHaveBeenCalledWith({ type: 'prefs/mute-alias', entityId: 'actor/apt28', alias: 'Fancy Bear', muted: false });

    const box = q('[data-testid=enabled]') as HTMLInputElement;
    expect(box.checked).toBe(true);
    act(() => { box.checked = false; box.dispatchEvent(new Event('change', { bubbles: true })); });
    await waitFor(() => bg.mock.calls.some(([m]) => m.type === 'prefs/set-enabled' && m.enabled === false));

    const file = q('[data-testid=import-file]') as HTMLInputElement;
    Object.defineProperty(file, 'files', { value: [new File(['{"x":1}'], 'bad.json', { type: 'application/json' })] });
    act(() => { file.dispatchEvent(new Event('change', { bubbles: true })); });
    await waitFor(() => q('[data-testid=import-result]')?.getAttribute('role') === 'alert');
    expect(q('[data-testid=import-result]')?.textContent).toContain('id must look like');
    expect(bg).toHaveBeenCalledWith({ type: 'dataset/import', text: '{"x":1}', format: 'auto' });

    const attr = q('[data-testid=attribution]')!;
    expect(attr.textContent).toContain('© 2025 The MITRE Corporation. This work is reproduced and distributed with the permission of The MITRE Corporation.');
    const hrefs = [...attr.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    for (const h of ['https://attack.mitre.org/resources/legal-and-branding/terms-of-use/', 'https://github.com/microsoft/mstic', 'https://creativecommons.org/licenses/by/4.0/', 'https://github.com/MISP/misp-galaxy']) expect(hrefs).toContain(h);
  });
});
