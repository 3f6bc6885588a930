/**
 * The same story twice in the archive is an error: the same headline, or
 * nearly the same body (src/lib/duplicate-stories.ts). Each installment is
 * checked against those read before it, so every repeat is reported once,
 * naming the earliest copy.
 */
import { StoryIndex } from '../lib/duplicate-stories';
import type { Problem } from '../lib/problems';
import type { ReadEntry } from './read-entry';

const FIX = '同一篇报道只能有一份：请删除重复的一篇，或改正标题';

/** A check to feed every installment in turn; it returns the problems of the one given. */
export function duplicateStoryCheck(): (file: string, entry: ReadEntry) => Problem[] {
  const index = new StoryIndex();
  // Finding a line parses the file a second time, so it is done only for the files a problem names.
  const locators = new Map<string, ReadEntry['locate']>();
  return (file, entry) => {
    const data = entry.data as { headline?: unknown } | undefined;
    const headline = typeof data?.headline === 'string' ? data.headline : '';
    locators.set(file, entry.locate);
    return index
      .add({ key: file, headline, body: entry.body })
      .slice(0, 1)
      .map((match) => {
        const line = entry.locate(['headline']);
        const other = `${match.of}:${locators.get(match.of)?.(['headline']) ?? 1}`;
        const percent = Math.round((match.similarity ?? 1) * 100);
        return {
          file,
          line,
          field: match.reason === 'headline' ? 'headline' : '正文',
          value: headline,
          severity: 'error' as const,
          message:
            match.reason === 'headline'
              ? `与 ${other} 的标题相同，是同一篇报道两次入档；${FIX}`
              : `正文与 ${other} 有 ${percent}% 相同，是同一篇报道两次入档；${FIX}（两篇确实不同时，改写其中一篇的正文）`,
        };
      });
  };
}
