import aerospace from './data/aerospace.json' with { type: 'json' };
import ai from './data/ai.json' with { type: 'json' };
import biomedicine from './data/biomedicine.json' with { type: 'json' };
import cybersecurity from './data/cybersecurity.json' with { type: 'json' };
import electronics from './data/electronics.json' with { type: 'json' };
import emergency from './data/emergency.json' with { type: 'json' };
import general from './data/general.json' with { type: 'json' };
import intelligentEquipment from './data/intelligent-equipment.json' with { type: 'json' };
import logistics from './data/logistics.json' with { type: 'json' };
import marine from './data/marine.json' with { type: 'json' };
import newEnergy from './data/new-energy.json' with { type: 'json' };
import newMaterials from './data/new-materials.json' with { type: 'json' };
import ordnance from './data/ordnance.json' with { type: 'json' };
import other from './data/other.json' with { type: 'json' };
import { compileVocabulary } from './compile-vocabulary.util.js';
import { parseVocabularyFile } from './parse-vocabulary-file.util.js';
import { type CompiledVocabulary, type VocabularyFile } from './vocabulary.types.js';

// The vocabulary ships as data (one JSON file per sector plus general.json) imported statically, so the
// API (tsc copies imported JSON into dist, Node reads it with the json import attribute) and the web app
// (Vite inlines it) load the same files with no file-system access. Each file is checked on load.
const DATA: readonly (readonly [string, unknown])[] = [
  ['general.json', general],
  ['new-materials.json', newMaterials],
  ['intelligent-equipment.json', intelligentEquipment],
  ['emergency.json', emergency],
  ['biomedicine.json', biomedicine],
  ['electronics.json', electronics],
  ['new-energy.json', newEnergy],
  ['ai.json', ai],
  ['marine.json', marine],
  ['aerospace.json', aerospace],
  ['ordnance.json', ordnance],
  ['logistics.json', logistics],
  ['cybersecurity.json', cybersecurity],
  ['other.json', other],
];

/** The shipped data files' names, in the order of BASE_VOCABULARY_FILES (for vocabularyProblems). */
export const BASE_VOCABULARY_FILE_NAMES: readonly string[] = DATA.map(([name]) => name);

/** The shipped vocabulary files, general first, then the sectors in SECTOR_CODES order. */
export const BASE_VOCABULARY_FILES: readonly VocabularyFile[] = DATA.map(([name, value]) =>
  parseVocabularyFile(value, name),
);

let compiled: CompiledVocabulary | undefined;

/** The shipped vocabulary compiled, once per process (or page); approved suggestions go through compileVocabulary. */
export function baseVocabulary(): CompiledVocabulary {
  compiled ??= compileVocabulary(BASE_VOCABULARY_FILES);
  return compiled;
}
