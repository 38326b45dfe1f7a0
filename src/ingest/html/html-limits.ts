/** Pages above this are refused before parsing: real article pages stay under 1 MB, a 20 MB one is a dump or a trap. */
export const MAX_HTML_BYTES = 10_000_000;
