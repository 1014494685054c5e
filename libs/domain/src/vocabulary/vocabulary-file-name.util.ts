import { type VocabularyFile } from './vocabulary.types.js';

// One data file per sector, named after its code in kebab case (NEW_MATERIALS → new-materials.json), so a
// reviewer finds a trade's terms by the sector's name and a misfiled file is caught by vocabularyProblems.
export function vocabularyFileName(sector: VocabularyFile['sector']): string {
  return `${sector.toLowerCase().replaceAll('_', '-')}.json`;
}
