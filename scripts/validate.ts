/**
 * npm run validate — checks all content with the build's own schemas, without
 * building. Prints every problem with file, line, field, bad value and how to
 * fix it; exits 1 when there is any error (warnings alone exit 0).
 */
import pc from 'picocolors';
import { formatReport } from '../src/lib/problems';
import { validateContent } from '../src/validation/validate-content';

const started = performance.now();
const { problems, counts } = await validateContent();
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(formatReport(problems, pc));
console.log(
  pc.dim(
    `检查了 ${counts.articles} 篇文章、${counts.series} 个专栏、${counts.districts} 个区、${counts.topics} 个话题、` +
      `${counts.communities} 个小区、${counts.people} 位人员，用时 ${seconds} 秒。`,
  ),
);
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
