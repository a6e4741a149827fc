/** Every delay of the extension, named, with its reason. */

/** Pointer rest before a card opens: long enough to ignore a pointer passing over, short enough to feel direct (issue: "about half a second"). */
export const HOVER_OPEN_MS = 450;
/** Grace after the pointer leaves a mention or the card, so it can travel from one to the other. */
export const HOVER_LEAVE_MS = 300;
/** Longest piece of main-thread work before the scanner yields (tasks over 50 ms make pages stutter). */
export const SCAN_SLICE_MS = 24;
/** Characters gathered and matched in a scan's first step, while the speed of this page and JIT is unknown. */
export const SCAN_FIRST_CHUNK_CHARS = 4_096;
/** Bounds of the step size the scanner adapts (it aims at half a slice per step). */
export const SCAN_MIN_CHUNK_CHARS = 2_048;
export const SCAN_MAX_CHUNK_CHARS = 131_072;
/** While the popup waits for a page that is still scanning. */
export const POPUP_POLL_MS = 500;
/** How long "Clipping saved · APT28, Salt Typhoon" stays on the page: long enough to read, short enough not to linger. */
export const CLIP_TOAST_MS = 2_500;
