/** Plain-text names of entity kinds for the text exports. */
import type { EntityKind } from '../../dataset/schema';

const KIND_TEXT: Record<EntityKind, string> = { 'threat-actor': 'threat actor', agency: 'agency', vendor: 'spyware vendor', product: 'spyware product' };

export function kindText(kind: EntityKind): string {
  return KIND_TEXT[kind] ?? String(kind);
}
