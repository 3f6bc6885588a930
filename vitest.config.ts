import { defineConfig } from 'vitest/config';

// Site builds and the browser take seconds, not milliseconds.
const timeouts = { testTimeout: 120_000, hookTimeout: 180_000 };

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    globalSetup: ['tests/support/run-folder.ts'],
    projects: [
      {
        // Pure logic, schemas, the content check and the editor scripts: `npx vitest run --project unit` takes seconds.
        // Every test outside the site folders, so a test in a new folder still runs.
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/{site,browser}/**', '**/node_modules/**'],
          ...timeouts,
        },
      },
      {
        // Built pages and the browser: the test site is built once before them (tests/support/global-setup.ts).
        test: {
          name: 'site',
          include: ['tests/{site,browser}/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          // One file at a time: builds of this project share its .astro/ folder.
          fileParallelism: false,
          ...timeouts,
        },
      },
    ],
  },
});
