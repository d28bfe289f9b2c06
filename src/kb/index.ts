export { loadKb, buildKb, resetKb, lookupName, lookupPlace, Kb, type KbSurface, type Place, type KbOptions } from './kb.js'
export { actorFor, fullDate } from './actor-for.js'
export { isCountry, kbEntrySchema, kbFileSchema, type KbEntry, type KbRole } from './schema.js'
export { BUILTIN_KB_DIR, defaultUserActorsPath, readKbFile } from './load.js'
