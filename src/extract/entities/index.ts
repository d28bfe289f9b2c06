export { entitiesStage, articleDate } from './stage.js'
export { recognizeEntities } from './recognize.js'
