/** Writes dist/_headers with the same Content-Security-Policy the pages carry in <meta>. */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/csp';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'hemei:security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile());
      },
    },
  };
}
