// The UI reads only the JSON API (every view has a JSON twin there). Errors arrive in one envelope.

export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message) }
}

async function parse<T>(res: Response): Promise<T> {
  const body = await res.json().catch(() => null) as { error?: { code: string; message: string } } | null
  if (!res.ok) throw new ApiFailure(res.status, body?.error?.code ?? `http/${res.status}`, body?.error?.message ?? res.statusText)
  return body as T
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v))
  const s = q.toString()
  return s ? `?${s}` : ''
}

export async function get<T>(path: string, params: Record<string, string | number | undefined | null> = {}): Promise<T> {
  return parse<T>(await fetch(`/api/${path}${query(params)}`, { headers: { accept: 'application/json' } }))
}

export async function post<T>(path: string, body: unknown): Promise<T> {
  return parse<T>(await fetch(`/api/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }))
}
