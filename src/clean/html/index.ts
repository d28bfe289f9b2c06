// HTML cleaner: a real DOM (linkedom), never regular expressions over the markup.
//   1. metadata first (metadata.ts): JSON-LD → OpenGraph/<meta> → visible page (h1, byline, <time>) → hints/URL;
//   2. prune (prune.ts): non-prose tags/roles/hidden parts, then furniture named by class/id (rules/boilerplate.json);
//   3. score (measure.ts, score.ts): paragraphs vote for their ancestors; link-heavy containers lose;
//   4. choose (body.ts): best container, a shared ancestor of close runners-up, paragraph-like siblings, same-class parts;
//   5. blocks (blocks.ts): prose in order with kinds (p / quote / heading / list), link lists and furniture lines dropped;
//      figures go to meta.captions (captions.ts); the header repeated at the top is dropped (leading-lines.ts).
// Measured against Readability.js on the 181-page benchmark with `npm run bench:extract` (BENCHMARKS.md).
export { cleanHtml, extractArticle, type PageHints } from './clean-html.js'
export { readPageMeta, stripSite } from './metadata.js'
export { parseByline } from './authors.js'
export { BOILERPLATE_VERSION } from './boilerplate.js'
