/** A problem with one input (file, record, URL) that the batch reports and moves past. */
export class InputError extends Error {
  constructor(readonly code: string, message: string, readonly location: string) {
    super(message)
    this.name = 'InputError'
  }
}
