/**
 * Tells pages whether this is an editor's preview (`astro dev`: drafts and
 * future installments shown) or a build for readers (never shown). Decided by
 * the command, not by NODE_ENV, so no environment can leak a draft into a build.
 */
import type { AstroIntegration } from 'astro';

export function publishMode(): AstroIntegration {
  return {
    name: 'hemei:publish-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { 'import.meta.env.PREVIEW_UNPUBLISHED': JSON.stringify(command === 'dev') } },
        });
      },
    },
  };
}
