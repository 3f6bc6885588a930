/**
 * Astro keeps content-assets.mjs and content-modules.mjs in the project's .astro/ folder and
 * does not rewrite them when its content cache says nothing changed. Every build and dev server
 * of this project shares that folder, whichever content and cache folders it uses (the tests and
 * the bench build other content), so a warm build could pick up another content folder's list of
 * images and stop with LocalImageUsedWrongly or ImageNotFound. Removing them before Astro reads
 * any content makes it write its own.
 */
import { rmSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

const SHARED_CONTENT_MODULES = ['content-assets.mjs', 'content-modules.mjs'];

export function freshContentModules(): AstroIntegration {
  return {
    name: 'hemei:fresh-content-modules',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build' && command !== 'dev') return;
        const dotAstro = new URL('.astro/', config.root);
        for (const file of SHARED_CONTENT_MODULES) rmSync(new URL(file, dotAstro), { force: true });
      },
    },
  };
}
