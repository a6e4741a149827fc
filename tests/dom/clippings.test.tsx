// @vitest-environment happy-dom
/** The popup's Clippings view against a mocked background: list, search, hostile text, delete, export. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queries, waitFor } from './helpers';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Clipping } from '../../src/core/clippings/model';

const bg = vi.fn();
vi.mock('../../src/platform/messaging', () => ({
  sendToBackground: (m: unknown) => bg(m),
  sendToTab: vi.fn(async () => ({ ok: false, code: 'not-ready', message: 'x' })),
  activeTabId: async () => 1,
  browser: { runtime: { openOptionsPage: vi.fn(async () => undefined) } },
}));

const { App } = await import('../../src/ui/popup/App');
const { preview, safeHref } = await import('../../src/ui/popup/Clippings');

const clip = (id: string, over: Partial<Clipping> = {}): Clipping => ({
  id, createdAt: '2026-11-20T09:15:30.123Z', text: 'Hackers from APT28 breached the ministry.', url: 'https://news.example/a', title: 'Ministry breach',
  entities: [{ entityId: 'actor/apt28', name: 'APT28', kind: 'threat-actor', texts: ['APT28'] }],
  anchor: { type: 'TextQuoteSelector', exact: 'Hackers from APT28 breached the ministry.', prefix: '', suffix: '' }, ...over,
});

let root: HTMLElement;
beforeEach(() => { root = document.createElement('div'); document.body.appendChild(root); bg.mockReset(); });
afterEach(() => { render(null, root); root.remove(); });

const { q, qa } = queries(() => root);

describe('popup clippings', () => {
  it('lists, searches, deletes and exports; page text stays text', async () => {
    let store = [
      clip('00000000-0000-4000-8000-000000000002', { createdAt: '2026-11-21T10:00:00.000Z', title: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)', entities: [] }),
      clip('00000000-0000-4000-8000-000000000001'),
    ];
    const downloads: { href: string; download: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { downloads.push({ href: this.href, download: this.download }); });
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1');
    bg.mockImplementation(async (m: { type: string; query?: string; id?: string; format?: string }) => {
      if (m.type === 'dataset/info') return { ok: true, version: 'v', counts: { entities: 1, aliases: 1, byKind: {} } };
      if (m.type === 'clippings/list') {
        const hits = store.filter((c) => !m.query || c.text.toLowerCase().includes(m.query.toLowerCase()));
        return { ok: true, clippings: hits, matched: hits.length, total: store.length };
      }
      if (m.type === 'clippings/delete') { store = store.filter((c) => c.id !== m.id); return { ok: true, deleted: true }; }
      if (m.type === 'clippings/export') return { ok: true, filename: 'threat-context-clippings-2026-11-22.csv', mime: 'text/csv', text: 'id\r\n', count: store.length };
      if (m.type === 'entity/get') return { ok: false, code: 'not-found', message: 'no' };
      return { ok: false, code: 'bad-request', message: 'no' };
    });
    act(() => { render(<App search="?tab=1&view=clippings" />, root); });
    await waitFor(() => qa('[data-testid=clipping]').length === 2);
    expect(q('[data-testid=tab-clippings]')?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(q('[data-testid=clip-search]'));
    expect(q('[data-testid=clip-count]')?.textContent).toBe(' · 2');
    const [hostile, good] = qa('[data-testid=clipping]');
    expect(hostile.querySelector('img')).toBeNull();
    expect(hostile.querySelector('[data-testid=clipping-title]')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(hostile.querySelector('a')).toBeNull(); // no link for a javascript: URL
    expect(good.querySelector('a')?.getAttribute('href')).toBe('https://news.example/a');
    expect(good.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(qa('[data-testid=clipping-entity]').map((c) => c.dataset.entityId)).toEqual(['actor/apt28']);

    const input = q('[data-testid=clip-search]') as HTMLInputElement;
    act(() => { input.value = 'nothing like it'; input.dispatchEvent(new Event('input', { bubbles: true })); });
    await waitFor(() => q('[data-testid=clip-none]'));
    expect((q('[data-testid=export-json]') as HTMLButtonElement).disabled).toBe(true);
    act(() => { input.value = ''; input.dispatchEvent(new Event('input', { bubbles: true })); });
    await waitFor(() => qa('[data-testid=clipping]').length === 2);

    act(() => { (q('[data-testid=export-csv]') as HTMLButtonElement).click(); });
    await waitFor(() => downloads.length === 1);
    expect(downloads[0]).toEqual({ href: 'blob:test/1', download: 'threat-context-clippings-2026-11-22.csv' });
    const blob = created.mock.calls[0][0] as Blob;
    expect(await blob.text()).toBe('\ufeffid\r\n');
    expect(bg).toHaveBeenCalledWith({ type: 'clippings/export', format: 'csv' });

    act(() => { (hostile.querySelector('[data-testid=clipping-delete]') as HTMLButtonElement).click(); });
    await waitFor(() => qa('[data-testid=clipping]').length === 1);
    expect(bg).toHaveBeenCalledWith({ type: 'clippings/delete', id: '00000000-0000-4000-8000-000000000002' });

    // A chip opens the profile; Back returns to the clippings.
    act(() => { (q('[data-testid=clipping-entity]') as HTMLButtonElement).click(); });
    await waitFor(() => q('[data-testid=back]'));
    act(() => { q('[data-testid=back]')!.click(); });
    await waitFor(() => q('[data-testid=clippings-view]'));
    click.mockRestore();
    created.mockRestore();
  });

  it('explains how to save when there are none, and switches tabs from the keyboard', async () => {
    bg.mockImplementation(async (m: { type: string }) => (m.type === 'clippings/list' ? { ok: true, clippings: [], matched: 0, total: 0 } : { ok: false, code: 'not-ready', message: 'x' }));
    act(() => { render(<App search="?tab=1" />, root); });
    const page = await waitFor(() => q('[data-testid=tab-page]'));
    expect(page.getAttribute('aria-selected')).toBe('true');
    act(() => { page.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })); });
    await waitFor(() => q('[data-testid=clip-empty]'));
    expect(q('[data-testid=clip-empty]')?.textContent).toContain('Alt+Shift+S');
  });

  it('helpers', () => {
    expect(preview('a  b\n\nc')).toBe('a b c');
    expect(preview('x'.repeat(300))).toHaveLength(280);
    expect(safeHref('file:///tmp/a.html')).toBe('file:///tmp/a.html');
    expect(safeHref('data:text/html,x')).toBeUndefined();
  });
});
