export { cleanHtml, extractArticle, type PageHints } from './clean-html.js'
export { readPageMeta, stripSite } from './metadata.js'
export { parseByline } from './authors.js'
export { BOILERPLATE_VERSION } from './boilerplate.js'
