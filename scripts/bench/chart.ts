/**
 * docs/perf-chart.svg, written by hand: one panel per alias count; in each, a group of bars per page size
 * (walk-only, ours, mark.js markRegExp, markRegExp acrossElements), log-scale milliseconds.
 */
export type Series = 'walk' | 'ours' | 'markRegExp' | 'across';

export interface ChartInput {
  sizes: string[];
  aliasCounts: number[];
  value: (size: string, aliases: number, series: Series) => number;
  timedOut: (size: string, aliases: number, series: Series) => boolean;
  caption: string;
}

const SERIES: { key: Series; label: string; color: string }[] = [
  { key: 'walk', label: 'walk-only (bare TreeWalker)', color: '#9ca3af' },
  { key: 'ours', label: 'ours (Scanner.fullScan)', color: '#d97706' },
  { key: 'markRegExp', label: 'mark.js markRegExp', color: '#2563eb' },
  { key: 'across', label: 'markRegExp acrossElements', color: '#7c3aed' },
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

export function renderChart(c: ChartInput): string {
  const panelW = 330;
  const panelH = 300;
  const left = 56;
  const top = 64;
  const plotH = 220;
  const width = left + panelW * c.aliasCounts.length + 20;
  const height = top + panelH + 40;
  const all: number[] = [];
  for (const s of c.sizes) for (const a of c.aliasCounts) for (const k of SERIES) { const v = c.value(s, a, k.key); if (Number.isFinite(v) && v > 0) all.push(v); }
  const lo = Math.pow(10, Math.floor(Math.log10(Math.max(0.01, Math.min(...all)))));
  const hi = Math.pow(10, Math.ceil(Math.log10(Math.max(...all, 1))));
  const y = (v: number) => top + plotH - ((Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * plotH;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11">`);
  out.push(`<rect width="${width}" height="${height}" fill="#fff"/>`);
  out.push(`<text x="${left}" y="20" font-size="14" font-weight="600">Full-scan time per page size (ms, log scale; lower is better)</text>`);
  // legend
  SERIES.forEach((s, i) => {
    const lx = left + i * 205;
    out.push(`<rect x="${lx}" y="30" width="10" height="10" fill="${s.color}"/><text x="${lx + 14}" y="39">${esc(s.label)}</text>`);
  });
  c.aliasCounts.forEach((a, pi) => {
    const px = left + pi * panelW;
    out.push(`<text x="${px + panelW / 2 - 20}" y="${top - 6}" text-anchor="middle" font-weight="600">${a.toLocaleString('en')} aliases</text>`);
    // grid
    for (let v = lo; v <= hi * 1.0001; v *= 10) {
      const gy = y(v).toFixed(1);
      out.push(`<line x1="${px}" x2="${px + panelW - 40}" y1="${gy}" y2="${gy}" stroke="#e5e7eb"/>`);
      if (pi === 0) out.push(`<text x="${px - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${v >= 1 ? v.toFixed(0) : v}</text>`);
    }
    const groupW = (panelW - 40) / c.sizes.length;
    const barW = Math.min(16, (groupW - 14) / SERIES.length);
    c.sizes.forEach((s, gi) => {
      const gx = px + gi * groupW + (groupW - barW * SERIES.length) / 2;
      SERIES.forEach((k, si) => {
        const v = c.value(s, a, k.key);
        const bx = gx + si * barW;
        if (!Number.isFinite(v) || v <= 0) {
          const t = c.timedOut(s, a, k.key);
          out.push(`<text x="${(bx + barW / 2).toFixed(1)}" y="${top + plotH - 4}" text-anchor="middle" font-size="9" fill="${k.color}">${t ? 'T/O' : 'n/a'}</text>`);
          return;
        }
        const by = y(Math.max(v, lo));
        out.push(`<rect x="${bx.toFixed(1)}" y="${by.toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${(top + plotH - by).toFixed(1)}" fill="${k.color}"><title>${esc(`${s}, ${a} aliases, ${k.label}: ${fmt(v)} ms`)}</title></rect>`);
      });
      out.push(`<text x="${(px + gi * groupW + groupW / 2).toFixed(1)}" y="${top + plotH + 16}" text-anchor="middle">${esc(s)}</text>`);
    });
    out.push(`<line x1="${px}" x2="${px + panelW - 40}" y1="${top + plotH}" y2="${top + plotH}" stroke="#6b7280"/>`);
  });
  out.push(`<text x="${left}" y="${height - 12}" fill="#4b5563">${esc(c.caption)}. T/O = timed out.</text>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}
