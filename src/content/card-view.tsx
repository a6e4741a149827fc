/**
 * The card's view: the entity profile (preact), and its stylesheet. Loaded by the card layer (card.ts) on the
 * first card a page opens, so the content script that every page runs stays small.
 */
import { render } from 'preact';
import { Profile } from '../ui/components/Profile';
import { PROFILE_CSS } from '../ui/components/profile.css';
import type { CardContent, CardHandlers } from './card';

export { PROFILE_CSS };

/** Renders `content` into `el` (a profile, or its loading or error line). */
export function renderCard(content: CardContent, el: HTMLElement, handlers: CardHandlers): void {
  render(
    content.profile
      ? <Profile profile={content.profile} matched={content.matched} compact onMute={handlers.onMute} onOpenEntity={handlers.onOpenEntity} />
      : <div class="tc-loading">{content.error ?? `${content.name}…`}</div>,
    el,
  );
}

/** Empties `el` of what renderCard put there. */
export function clearCard(el: HTMLElement): void {
  render(null, el);
}
