/**
 * Runs the content validator before Astro reads any content, so a build with
 * bad content stops with every problem listed in Chinese and nothing is
 * written to dist/. In `astro dev` problems are shown but the server keeps
 * running so the editor can fix them and see the result.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import pc from 'picocolors';
import { formatReport } from '../lib/problems';
import { validateContent } from '../validation/validate-content';

export function contentGuard(): AstroIntegration {
  return {
    name: 'hemei:content-guard',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { problems } = await validateContent();
        if (problems.length === 0) return;
        const report = formatReport(problems, pc);
        const errors = problems.filter((p) => p.severity === 'error').length;
        if (errors > 0 && command === 'build') {
          // Print the report as-is: Astro's error box would re-wrap the lines.
          console.error(`\n${report}\n`);
          const error = new AstroError(
            `内容检查发现 ${errors} 个错误，构建已停止，没有生成任何页面。`,
            '按上面每条 → 后面的说明修改对应文件；npm run validate 可以只检查不构建。',
          );
          error.stack = '';
          throw error;
        }
        logger.warn(`\n${report}`);
      },
    },
  };
}
