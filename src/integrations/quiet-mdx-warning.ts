/**
 * Astro 7 logs a MODULE_LEVEL_DIRECTIVE warning about "use astro:head-inject"
 * for every MDX file (upstream withastro/astro#18087): eleven lines each, so
 * 11,000 lines for 1,000 articles, drowning real warnings. This filters
 * exactly that warning and passes every other one through.
 */
import type { AstroIntegration } from 'astro';
import type { Rolldown } from 'vite';

/** True only for the known, harmless head-inject directive warning. */
export function isHeadInjectDirectiveWarning(log: { code?: string; message?: string }): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && (log.message ?? '').includes('use astro:head-inject');
}

export function quietMdxDirectiveWarning(): AstroIntegration {
  return {
    name: 'hemei:quiet-mdx-directive-warning',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              rolldownOptions: {
                onLog(
                  level: Rolldown.LogLevel,
                  log: Rolldown.RollupLog,
                  handler: Rolldown.LogOrStringHandler,
                ) {
                  if (level === 'warn' && isHeadInjectDirectiveWarning(log)) return;
                  handler(level, log);
                },
              },
            },
          },
        });
      },
    },
  };
}
