/**
 * Build output lines that count as warnings. The MODULE_LEVEL_DIRECTIVE warning on MDX is upstream
 * (withastro/astro#18087) and accepted; every other warning is ours to fix.
 */
// eslint-disable-next-line no-control-regex -- terminal colour codes start with the ESC control character
const ANSI = /\u001b\[[0-9;]*m/g;

/** @param {string} output @returns {string[]} */
export function unexpectedWarnings(output) {
  return output
    .replace(ANSI, '')
    .split('\n')
    .filter((line) => /\[WARN\]|\bwarn(ing)?\b/i.test(line))
    .filter((line) => !line.includes('MODULE_LEVEL_DIRECTIVE'));
}
