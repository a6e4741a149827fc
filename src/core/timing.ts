/** Every delay of the extension, named, with its reason. */

/** Pointer rest before a card opens: long enough to ignore a pointer passing over, short enough to feel direct (issue: "about half a second"). */
export const HOVER_OPEN_MS = 450;
/** Grace after the pointer leaves a mention or the card, so it can travel from one to the other. */
export const HOVER_LEAVE_MS = 300;
/** Longest piece of main-thread work before the scanner yields (tasks over 50 ms make pages stutter). */
export const SCAN_SLICE_MS = 24;
/** Characters gathered and matched in a scan's first step, while the speed of this page and JIT is unknown. */
export const SCAN_FIRST_CHUNK_CHARS = 4_096;
/** The scanner sizes each step (gather + match + ranges) to take this share of a slice at the speed it measured.
 *  A step once started runs whole, so a slower stretch inside it (a scavenge, code not yet optimised) carries the
 *  slice past SCAN_SLICE_MS by a multiple of the step: a quarter keeps that overshoot small (docs/performance.md). */
export const SCAN_STEPS_PER_SLICE = 4;
/** Bounds of the step size the scanner adapts. */
export const SCAN_MIN_CHUNK_CHARS = 2_048;
export const SCAN_MAX_CHUNK_CHARS = 131_072;
/** While the popup waits for a page that is still scanning. */
export const POPUP_POLL_MS = 500;
/** How long "Clipping saved · APT28, Salt Typhoon" stays on the page: long enough to read, short enough not to linger. */
export const CLIP_TOAST_MS = 2_500;
