// Hash routes (`#/events?type=ACCUSE`): the filters live in the URL, so every view is shareable and reloadable.

export interface Route { view: string; arg: string | null; params: URLSearchParams }

export function currentRoute(): Route {
  const raw = location.hash.replace(/^#\/?/, '')
  const [path = '', qs = ''] = raw.split('?', 2)
  const [view = '', ...rest] = path.split('/')
  return { view: view || 'network', arg: rest.length ? decodeURIComponent(rest.join('/')) : null, params: new URLSearchParams(qs) }
}

export function href(view: string, params: Record<string, string | number | null | undefined> = {}, arg?: string): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v))
  const s = q.toString()
  return `#/${view}${arg ? `/${encodeURIComponent(arg)}` : ''}${s ? `?${s}` : ''}`
}

export function go(view: string, params: Record<string, string | number | null | undefined> = {}, arg?: string): void {
  location.hash = href(view, params, arg)
}

/** Form values as URL params (empty fields dropped). */
export function formParams(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {}
  const data = new FormData(form)
  for (const key of new Set(data.keys())) {
    const values = data.getAll(key).map(String).filter(Boolean)
    if (values.length) out[key] = values.join(',')
  }
  return out
}
