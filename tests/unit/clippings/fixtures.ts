/** Clippings shared by the clippings unit tests. */
import type { Clipping } from '../../../src/core/clippings/model';

export const apt28Clip: Clipping = {
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  createdAt: '2026-11-20T09:15:30.123Z',
  text: 'Hackers from APT28, also called Fancy Bear, breached the ministry; Salt Typhoon was blamed for a separate intrusion.',
  url: 'https://news.example/2026/11/ministry-breach?ref=rss#p2',
  title: 'Ministry breached by "Fancy Bear", officials say',
  entities: [
    { entityId: 'actor/apt28', name: 'APT28', kind: 'threat-actor', texts: ['APT28', 'Fancy Bear'] },
    { entityId: 'actor/salt-typhoon', name: 'Salt Typhoon', kind: 'threat-actor', texts: ['Salt Typhoon'] },
  ],
  anchor: { type: 'TextQuoteSelector', exact: 'Hackers from APT28, also called Fancy Bear, breached the ministry; Salt Typhoon was blamed for a separate intrusion.', prefix: 'Ministry breached\n', suffix: '\nAnalysts at the lab said' },
};

export const spywareClip: Clipping = {
  id: '9c5b94b1-35ad-49bb-b118-8e8fc24abf80',
  createdAt: '2026-11-21T18:02:00.000Z',
  text: '=HYPERLINK("http://evil.example","click")\nNSO Group sold Pegasus to the G.R.U.? No: to others.',
  url: 'file:///home/reader/notes/report.html',
  title: '',
  entities: [
    { entityId: 'vendor/nso-group', name: 'NSO Group', kind: 'vendor', texts: ['NSO Group'] },
    { entityId: 'product/pegasus', name: 'Pegasus', kind: 'product', texts: ['Pegasus'] },
    { entityId: 'agency/ru-gru', name: 'GRU', kind: 'agency', texts: ['G.R.U.'] },
  ],
  anchor: { type: 'TextQuoteSelector', exact: 'NSO Group sold Pegasus', prefix: '', suffix: ' to the G.R.U.' },
  truncated: true,
};

export const plainClip: Clipping = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  createdAt: '2026-11-22T07:00:00.000Z',
  text: 'No names here, just # a heading-looking line\n- and a list item, | pipes | and <b>markup</b>.',
  url: 'http://127.0.0.1:8080/plain.html',
  title: 'Plain [page] *title*',
  entities: [],
  anchor: { type: 'TextQuoteSelector', exact: 'No names here', prefix: '', suffix: ', just' },
};
