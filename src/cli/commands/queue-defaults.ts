/** Where queue commands look when --queue / --db are not given. */
export const defaultQueueUrl = () => process.env.ENTENTE_QUEUE ?? 'redis://127.0.0.1:6379'
export const defaultDb = () => process.env.ENTENTE_DB ?? './entente.db'
