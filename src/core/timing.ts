/** Every delay of the extension, named, with its reason. */

/** Pointer rest before a card opens: long enough to ignore a pointer passing over, short enough to feel direct (issue: "about half a second"). */
export const HOVER_OPEN_MS = 450;
/** Grace after the pointer leaves a mention or the card, so it can travel from one to the other. */
export const HOVER_LEAVE_MS = 300;
/** Longest piece of main-thread work before the scanner yields (tasks over 50 ms make pages stutter). */
export const SCAN_SLICE_MS = 24;
/** Characters gathered and matched per step of a scan; small enough that a step stays well under a slice. */
export const SCAN_CHUNK_CHARS = 32_768;
/** While the popup waits for a page that is still scanning. */
export const POPUP_POLL_MS = 500;
