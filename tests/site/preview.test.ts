/**
 * `npm run dev` shows editors their drafts and scheduled installments, each
 * clearly marked, which a production build never publishes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT, PROJECT_ROOT, shellEnv } from '../support/build-site';

const PORT = 4300 + Math.floor(Math.random() * 500);
/** Where the dev server says it listens (it moves to another port if ours is taken). */
let origin = `http://localhost:${PORT}`;

describe('editor preview (npm run dev)', () => {
  let server: ChildProcess;
  /** Astro allows one dev server per project: a developer's own `npm run dev` wins, and these tests skip. */
  let busy = false;

  beforeAll(async () => {
    const env: NodeJS.ProcessEnv = {
      ...shellEnv(),
      SITE_CONTENT_DIR: FIXTURE_CONTENT,
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    server = spawn(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['dev', '--port', String(PORT)], {
      cwd: PROJECT_ROOT,
      env: { ...env, PATH: `${join(PROJECT_ROOT, 'node_modules/.bin')}:${env.PATH ?? ''}` },
      stdio: 'pipe',
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 60_000);
      let output = '';
      const listen = (chunk: Buffer) => {
        // eslint-disable-next-line no-control-regex -- strip ANSI colour codes
        output += chunk.toString().replace(/\u001b\[[0-9;]*m/g, '');
        const local = /Local\s+(http:\/\/[^/\s]+)/.exec(output);
        if (local?.[1]) origin = local[1];
        if (
          /watching for file changes/.test(output) ||
          /Another astro dev server is already running/.test(output)
        ) {
          busy = !/watching for file changes/.test(output);
          clearTimeout(timer);
          resolve();
        }
      };
      server.stdout?.on('data', listen);
      server.stderr?.on('data', listen);
    });
  }, 90_000);

  afterAll(async () => {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  });

  beforeEach((context) => {
    if (busy && process.env.CI !== 'true') {
      console.warn('另一个 astro dev 正在运行（例如你自己的 npm run dev），预览测试已跳过。');
      context.skip();
    }
  });

  const get = async (path: string) => {
    const response = await fetch(origin + path);
    return { status: response.status, html: await response.text() };
  };

  it('shows a draft, marked as one', async () => {
    // The dev server may still be syncing content when it says it is ready.
    await expect
      .poll(async () => (await get('/articles/2026-06-10-draft-story/')).status, { timeout: 30_000 })
      .toBe(200);
    const { html } = await get('/articles/2026-06-10-draft-story/');
    expect(html).toContain('草稿：只在本地预览里显示，正式网站不会发布。');
  });

  it('shows a future installment, marked with its publication day', async () => {
    const { html } = await get('/articles/2099-01-01-future-story/');
    expect(html).toContain('定时发布：2099年1月1日（北京时间）之后的构建才会发布。');
  });

  it('marks them in lists too, and leaves published ones unmarked', async () => {
    const { html } = await get('/series/test-column/');
    expect(html).toMatch(/class="preview-tag"[^>]*>草稿</);
    expect(html).toMatch(/class="preview-tag"[^>]*>未发布</);
    const published = await get('/articles/2026-05-13-first-story/');
    expect(published.html).not.toContain('class="preview-notice"');
  });
});
