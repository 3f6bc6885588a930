/**
 * Turns a generated corpus (bench/generate-corpus.ts) into a Hugo site for
 * the side-by-side bench (bench/bench-hugo.ts): a minimal theme with page
 * bundles, taxonomies for district, topic, community and person, and every
 * photo (cover and body photos) at 3 widths × WebP + JPEG. Photos are
 * hard-linked, not copied.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** The widths Hugo publishes each photo at, in WebP and JPEG (issue 14's comparison). */
export const HUGO_WIDTHS = [480, 800, 1200] as const;

const q = (text: string) => JSON.stringify(text);

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** One picture: `.Resize` per width and format; Hugo caches each in resources/_gen. */
const PICTURE = `{{- $img := .img -}}
{{- $webp := slice -}}{{- $jpg := slice -}}
{{- range (slice ${HUGO_WIDTHS.join(' ')}) -}}
  {{- $w := . -}}{{- if gt $w $img.Width }}{{ $w = $img.Width }}{{ end -}}
  {{- $a := $img.Resize (printf "%dx webp q75" $w) -}}
  {{- $b := $img.Resize (printf "%dx jpg q75" $w) -}}
  {{- $webp = $webp | append (printf "%s %dw" $a.RelPermalink $a.Width) -}}
  {{- $jpg = $jpg | append (printf "%s %dw" $b.RelPermalink $b.Width) -}}
{{- end -}}
{{- $fallback := $img.Resize (printf "%dx jpg q75" (cond (gt 800 $img.Width) $img.Width 800)) -}}
<picture>
  <source type="image/webp" srcset="{{ delimit $webp ", " }}" sizes="(min-width: 46rem) 42rem, 100vw">
  <img src="{{ $fallback.RelPermalink }}" srcset="{{ delimit $jpg ", " }}" sizes="(min-width: 46rem) 42rem, 100vw" width="{{ $img.Width }}" height="{{ $img.Height }}" alt="{{ .alt }}" loading="lazy">
</picture>`;

const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title></head>
<body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
`,
  '_default/single.html': `{{ define "main" }}<article data-pagefind-body>
<h1>{{ .Title }}</h1><p><time>{{ .Date.Format "2006-01-02" }}</time></p>
{{ with .Resources.GetMatch "cover.*" }}<figure>{{ partial "picture.html" (dict "img" . "alt" $.Params.coveralt) }}<figcaption>{{ $.Params.covercaption }}</figcaption></figure>{{ end }}
{{ .Content }}
<p>{{ range .GetTerms "districts" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}
{{ range .GetTerms "topics" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}
{{ range .GetTerms "communities" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}
{{ range .GetTerms "persons" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
</article>{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>{{ partial "cards.html" .Paginator.Pages }}
{{ template "_internal/pagination.html" . }}{{ end }}
`,
  '_default/terms.html': `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
`,
  'index.html': `{{ define "main" }}{{ partial "cards.html" (first 24 (where .Site.RegularPages "Section" "articles")) }}{{ end }}
`,
  'partials/cards.html': `<ul>{{ range . }}<li>{{ with .Resources.GetMatch "cover.*" }}{{ $t := .Resize (printf "%dx webp q75" (cond (gt 480 .Width) .Width 480)) }}<img src="{{ $t.RelPermalink }}" width="{{ $t.Width }}" height="{{ $t.Height }}" alt="" loading="lazy">{{ end }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>
`,
  'partials/picture.html': `${PICTURE}\n`,
  'shortcodes/photo.html': `{{ with .Page.Resources.GetMatch (.Get "src") }}<figure>{{ partial "picture.html" (dict "img" . "alt" ($.Get "alt")) }}<figcaption>{{ $.Get "caption" }} {{ $.Get "credit" }}</figcaption></figure>{{ end }}
`,
};

function frontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) return { data: {}, body: text };
  return {
    data: (parseYaml(match[1] ?? '') ?? {}) as Record<string, unknown>,
    body: text.slice(match[0].length),
  };
}

/** The MDX body as Hugo Markdown: imports dropped, each <Figure> a {{< photo >}} shortcode. */
export function hugoBody(mdx: string): string {
  const imports = new Map<string, string>();
  const kept: string[] = [];
  for (const line of mdx.split('\n')) {
    const imported = /^import (\w+) from '\.\/([^']+)';$/.exec(line);
    if (imported) imports.set(imported[1] as string, imported[2] as string);
    else kept.push(line);
  }
  return kept.join('\n').replace(/<Figure src=\{(\w+)\} ([^>]*?)\s*\/>/g, (_, name: string, rest: string) => {
    return `{{< photo src=${q(imports.get(name) ?? name)} ${rest} >}}`;
  });
}

export interface HugoSiteResult {
  pages: number;
  photos: number;
}

/** Writes the Hugo site for the corpus in `contentDir` into `siteDir`. */
export function writeHugoSite(contentDir: string, siteDir: string): HugoSiteResult {
  write(
    join(siteDir, 'hugo.toml'),
    [
      `baseURL = "https://example.org/"`,
      `languageCode = "zh-cn"`,
      `title = "和美小区"`,
      `disableKinds = []`,
      `[pagination]`,
      `  pagerSize = 24`,
      `[taxonomies]`,
      `  district = "districts"`,
      `  topic = "topics"`,
      `  community = "communities"`,
      `  person = "persons"`,
      `[imaging]`,
      `  quality = 75`,
      `  resampleFilter = "Lanczos"`,
      '',
    ].join('\n'),
  );
  for (const [path, text] of Object.entries(LAYOUTS)) write(join(siteDir, 'layouts', path), text);

  let pages = 0;
  let photos = 0;
  const articles = join(contentDir, 'articles');
  for (const folder of readdirSync(articles)) {
    const source = join(articles, folder, 'index.mdx');
    if (!existsSync(source)) continue;
    const { data, body } = frontmatter(readFileSync(source, 'utf8'));
    if (data.draft === true) continue;
    const cover = (data.cover ?? {}) as Record<string, string>;
    const bylines = Object.values((data.bylines ?? {}) as Record<string, string[]>).flat();
    const lines = [
      '---',
      `title: ${q(String(data.headline ?? folder))}`,
      `date: ${String(data.published)}`,
      `summary: ${q(String(data.summary ?? ''))}`,
      `districts: ${JSON.stringify(data.districts ?? [])}`,
      `topics: ${JSON.stringify(data.topics ?? [])}`,
      `communities: ${JSON.stringify(data.communities ?? [])}`,
      `persons: ${JSON.stringify(bylines)}`,
      `coveralt: ${q(cover.alt ?? '')}`,
      `covercaption: ${q(cover.caption ?? '')}`,
      '---',
      '',
    ];
    const out = join(siteDir, 'content/articles', folder);
    write(join(out, 'index.md'), `${lines.join('\n')}${hugoBody(body)}`);
    for (const file of readdirSync(join(articles, folder))) {
      if (!/\.(jpe?g|png|webp)$/i.test(file)) continue;
      linkSync(join(articles, folder, file), join(out, file));
      photos++;
    }
    pages++;
  }
  return { pages, photos };
}
