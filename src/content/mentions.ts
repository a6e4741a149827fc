/**
 * Mentions in gathered page text: the matcher's output, with nothing else. Kept apart from the DOM
 * code so the eval script, the unit tests and the content script share one path.
 */
import type { Matcher, Match, MatchContext } from '../core/matcher/match';

export function findMentions(matcher: Matcher, text: string, ctx: MatchContext): Match[] {
  return matcher.match(text, ctx);
}
