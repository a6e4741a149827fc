import type { EntityKind } from '../../core/dataset/schema';
import { kindLabel } from './labels';

/** A small coloured label: "Threat actor", "Agency", "Spyware vendor", "Spyware product". Styled by PROFILE_CSS. */
export function KindBadge({ kind }: { kind: EntityKind | string }) {
  const safe = /^[a-z-]+$/.test(kind) ? kind : 'other';
  return <span class={`tc-badge tc-k-${safe}`} data-testid="kind">{kindLabel(kind)}</span>;
}
