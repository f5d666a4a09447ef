import Sequencer from '@jest/test-sequencer';

/**
 * Jest runs the suites it has timed longest first, so that no worker idles at the end; the
 * ones it has never timed (every suite on a fresh machine, as in CI) go first, by file size.
 * Size alone puts the browser suites, the longest by far but not the biggest files, near the
 * end: a fresh run then finishes on one worker while the other sits idle. Among suites not
 * timed yet, a browser suite counts as this many times its size.
 */
const BROWSER_WEIGHT = 8;

export default class LongestFirst extends Sequencer {
  /** @param {import('@jest/test-result').Test[]} tests */
  sort(tests) {
    const sorted = super.sort(tests);
    /** @param {import('@jest/test-result').Test} test */
    const weight = (test) =>
      (test.context.hasteFS.getSize(test.path) ?? 0) *
      (test.path.includes('/e2e/') ? BROWSER_WEIGHT : 1);
    const untimed = sorted.filter((test) => test.duration == null && !this.hasFailed(test));
    untimed.sort((a, b) => weight(b) - weight(a));
    // Failed first, then the untimed, then the timed (as Jest orders them).
    const failed = sorted.filter((test) => this.hasFailed(test));
    const timed = sorted.filter((test) => test.duration != null && !this.hasFailed(test));
    return [...failed, ...untimed, ...timed];
  }
}
