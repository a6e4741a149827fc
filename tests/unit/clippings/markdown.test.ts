import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown, utcMinute } from '../../../src/core/clippings/export/markdown';
import { apt28Clip, plainClip, spywareClip } from './fixtures';

describe('toMarkdown', () => {
  const md = toMarkdown([apt28Clip, spywareClip, plainClip], '2026-11-22T12:00:00.000Z');
  it('has a heading, the export time and a section per clipping', () => {
    expect(md.startsWith('# Threat Context clippings\n\nExported 2026-11-22 12:00 UTC · 3 clippings\n')).toBe(true);
    expect(md.match(/^## /gm)).toHaveLength(3);
  });
  it('links the page title to its URL and lists entities with their kinds', () => {
    expect(md).toContain('## [Ministry breached by "Fancy Bear", officials say](<https://news.example/2026/11/ministry-breach?ref=rss#p2>)');
    expect(md).toContain('*Saved 2026-11-20 09:15 UTC*');
    expect(md).toContain('**Entities:** APT28 (threat actor), Salt Typhoon (threat actor)');
    expect(md).toContain('**Entities:** NSO Group (spyware vendor), Pegasus (spyware product), GRU (agency)');
    expect(md).toContain('## [file:///home/reader/notes/report.html](<file:///home/reader/notes/report.html>)'); // no title: the URL
  });
  it('quotes the passage line by line', () => {
    expect(md).toContain('> Hackers from APT28, also called Fancy Bear, breached the ministry; Salt Typhoon was blamed for a separate intrusion.\n');
    expect(md).toContain('*Saved 2026-11-21 18:02 UTC* · *truncated*');
  });
  it('escapes markup and block markers from the page', () => {
    expect(md).toContain('## [Plain \\[page\\] \\*title\\*](<http://127.0.0.1:8080/plain.html>)');
    expect(md).toContain('> No names here, just # a heading-looking line\n> \\- and a list item, \\| pipes \\| and \\<b\\>markup\\</b\\>.');
    expect(md).not.toMatch(/<b>/);
    expect(toMarkdown([{ ...plainClip, text: '# big\n1. one\n> quote\n\n<script>alert(1)</script>' }], '2026-11-22T12:00:00.000Z'))
      .toContain('> \\# big\n> 1\\. one\n> \\> quote\n>\n> \\<script\\>alert(1)\\</script\\>');
  });
  it('helpers', () => {
    expect(escapeMarkdown('a*b_c`d[e]f\\g')).toBe('a\\*b\\_c\\`d\\[e\\]f\\\\g');
    expect(utcMinute('2026-01-02T03:04:05.000Z')).toBe('2026-01-02 03:04 UTC');
    expect(utcMinute('bad')).toBe('bad');
  });
  it('says so when there is nothing', () => {
    expect(toMarkdown([], '2026-11-22T12:00:00.000Z')).toContain('· 0 clippings');
  });
});
