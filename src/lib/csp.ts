/**
 * The Content-Security-Policy, in one place for the <meta> tag on every page
 * and the _headers file. Everything comes from the site itself; no inline
 * script (Astro is set never to inline one); Pagefind's WebAssembly needs
 * 'wasm-unsafe-eval'. JSON-LD is a data block, which script-src does not govern.
 */
const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** For the <meta http-equiv> tag (frame-ancestors is ignored there). */
export const CSP_META = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** For HTTP headers, where frame-ancestors works. */
export const CSP_HEADER = `${CSP_META}; frame-ancestors 'self'`;

/** A Netlify/Cloudflare-style _headers file. */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${CSP_HEADER}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
