import { posix } from 'node:path';
import { localName, scanXml } from './xml-scanner.js';
import { XlsxReadError } from './xlsx-read-error.js';
import { type InflateBudget, ZipArchive } from './zip-archive.js';

/** One non-empty row of the sheet: its row number as Excel shows it, and its cells by column index (holes are empty). */
export interface SheetRow {
  line: number;
  cells: string[];
}

export interface XlsxReadOptions {
  /** The most the parts we read may inflate to, together; the default is 50 MB. */
  maxUncompressedBytes?: number;
  /** Stop with TOO_MANY_ROWS after this many non-empty rows. */
  maxRows?: number;
}

export const XLSX_MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
const WORKBOOK = 'xl/workbook.xml';
const MAX_COLUMN = 16_384; // XFD, Excel's last column
const MAX_ROW = 1_048_576;
const RELATIONSHIP_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

const malformed = (why: string) => new XlsxReadError('MALFORMED_XML', why);

/** True when the ZIP is an Excel workbook (it has xl/workbook.xml): recognised by content, not by name. */
export function isWorkbook(archive: ZipArchive): boolean {
  return archive.has(WORKBOOK);
}

/** `A` → 0, `Z` → 25, `AA` → 26 … `XFD` → 16383, from a cell reference such as `AB12`. */
export function columnIndex(reference: string): number {
  const match = /^\$?([A-Za-z]{1,3})\$?\d*$/.exec(reference);
  if (!match) throw malformed(`"${reference}" is not a cell reference`);
  let index = 0;
  for (const letter of match[1]!.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  if (index > MAX_COLUMN) throw malformed(`column ${match[1]} is beyond Excel's last column XFD`);
  return index - 1;
}

/** Excel escapes characters XML cannot carry as `_xHHHH_` (e.g. `_x000D_` for a carriage return). */
function unescapeXstring(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/**
 * A number cell as a person would read it: integers as written, floating-point noise trimmed to the 15
 * significant digits Excel shows (`0.30000000000000004` → `0.3`), exponents expanded when exact.
 */
function numberText(raw: string): string {
  const text = raw.trim();
  if (/^-?\d+$/.test(text)) return text;
  const value = Number(text);
  if (!Number.isFinite(value)) return text;
  return String(Number(value.toPrecision(15)));
}

function relationshipsPath(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

/** Resolves a relationship target against the part that holds the relationship. */
function resolveTarget(part: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : posix.join(posix.dirname(part), target);
  return posix.normalize(path).replace(/^(\.\.\/)+/, '');
}

function readText(archive: ZipArchive, name: string, budget: InflateBudget): string {
  const bytes = archive.read(name, budget);
  // OOXML parts are UTF-8 (a UTF-16 part would start with a byte-order mark: decode it as such).
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  return bytes.toString('utf8');
}

interface Relationship {
  type: string;
  target: string;
}

function readRelationships(archive: ZipArchive, part: string, budget: InflateBudget): Map<string, Relationship> {
  const path = relationshipsPath(part);
  const relationships = new Map<string, Relationship>();
  if (!archive.has(path)) return relationships;
  scanXml(
    readText(archive, path, budget),
    {
      open: (name, attributes) => {
        if (name !== 'Relationship' || !attributes.Id || !attributes.Target || attributes.TargetMode === 'External') return;
        relationships.set(attributes.Id, { type: attributes.Type ?? '', target: resolveTarget(part, attributes.Target) });
      },
    },
    path,
  );
  return relationships;
}

/** The first visible worksheet of the workbook (a chart sheet or a hidden sheet is passed over). */
function firstWorksheetPath(archive: ZipArchive, relationships: Map<string, Relationship>, budget: InflateBudget): string {
  const sheets: { relationshipId: string; hidden: boolean }[] = [];
  scanXml(
    readText(archive, WORKBOOK, budget),
    {
      open: (name, attributes) => {
        if (name !== 'sheet') return;
        const idAttribute = Object.keys(attributes).find((key) => key !== 'id' && localName(key) === 'id');
        if (idAttribute) sheets.push({ relationshipId: attributes[idAttribute]!, hidden: (attributes.state ?? 'visible') !== 'visible' });
      },
    },
    WORKBOOK,
  );
  const worksheets = sheets
    .map((sheet) => ({ ...sheet, relationship: relationships.get(sheet.relationshipId) }))
    .filter((sheet) => sheet.relationship?.type.endsWith('/worksheet') && archive.has(sheet.relationship.target));
  const chosen = worksheets.find((sheet) => !sheet.hidden) ?? worksheets[0];
  if (chosen) return chosen.relationship!.target;
  if (archive.has('xl/worksheets/sheet1.xml')) return 'xl/worksheets/sheet1.xml';
  throw new XlsxReadError('NO_WORKSHEET', 'The workbook has no worksheet');
}

/** The shared strings table: rich-text runs joined, phonetic guides (`rPh`) left out. */
function readSharedStrings(archive: ZipArchive, path: string | undefined, budget: InflateBudget): string[] {
  if (!path || !archive.has(path)) return [];
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  scanXml(
    readText(archive, path, budget),
    {
      open: (name, _attributes, selfClosing) => {
        if (name === 'si') {
          current = [];
          if (selfClosing) strings.push('');
        } else if (name === 'rPh') phonetic++;
        else if (name === 't' && !selfClosing) inText = true;
      },
      close: (name) => {
        if (name === 'si' && current) {
          strings.push(unescapeXstring(current.join('')));
          current = null;
        } else if (name === 'rPh') phonetic--;
        else if (name === 't') inText = false;
      },
      text: (text) => {
        if (inText && phonetic === 0 && current) current.push(text);
      },
    },
    path,
  );
  return strings;
}

/** Reads the rows of one worksheet; every cell type Excel and LibreOffice write is turned into text. */
function readSheet(xml: string, path: string, sharedStrings: readonly string[], maxRows: number): SheetRow[] {
  const rows: SheetRow[] = [];
  let row: SheetRow | null = null;
  let nextLine = 1;
  let nextColumn = 0;
  let cell: { column: number; type: string; value: string[]; inline: string[] } | null = null;
  let inSheetData = false;
  let capture: 'value' | 'inline' | null = null;
  let inInline = false;
  let phonetic = 0;

  const finishCell = () => {
    if (!row || !cell) return;
    const value = cell.value.join('');
    let text: string;
    switch (cell.type) {
      case 's': {
        const index = Number(value.trim());
        if (!Number.isInteger(index) || index < 0 || index >= sharedStrings.length) {
          throw malformed(`cell in row ${row.line} refers to shared string ${value.trim()}, which does not exist`);
        }
        text = sharedStrings[index]!;
        break;
      }
      case 'inlineStr':
        text = unescapeXstring(cell.inline.join(''));
        break;
      case 'str':
        text = unescapeXstring(value);
        break;
      case 'b':
        text = value.trim() === '' ? '' : value.trim() === '1' ? 'TRUE' : 'FALSE';
        break;
      case 'e':
      case 'd':
        text = value.trim();
        break;
      default:
        text = value === '' ? '' : numberText(value);
    }
    if (text !== '') row.cells[cell.column] = text;
    nextColumn = cell.column + 1;
    cell = null;
  };

  scanXml(
    xml,
    {
      open: (name, attributes, selfClosing) => {
        if (name === 'sheetData') {
          inSheetData = !selfClosing;
          return;
        }
        if (!inSheetData) return;
        if (name === 'row') {
          const line = attributes.r === undefined ? nextLine : Number(attributes.r);
          if (!Number.isInteger(line) || line < 1 || line > MAX_ROW) throw malformed(`row number "${attributes.r}" is not valid`);
          row = { line, cells: [] };
          nextLine = line + 1;
          nextColumn = 0;
          if (selfClosing) row = null;
        } else if (name === 'c' && row) {
          cell = { column: attributes.r ? columnIndex(attributes.r) : nextColumn, type: attributes.t ?? 'n', value: [], inline: [] };
          if (selfClosing) finishCell();
        } else if (cell) {
          if (name === 'v' && !selfClosing) capture = 'value';
          else if (name === 'is') inInline = !selfClosing;
          else if (name === 'rPh') phonetic++;
          else if (name === 't' && inInline && !selfClosing) capture = 'inline';
        }
      },
      close: (name) => {
        if (name === 'sheetData') inSheetData = false;
        if (!inSheetData) return;
        if (name === 'c') finishCell();
        else if (name === 'v' || name === 't') capture = null;
        else if (name === 'is') inInline = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'row' && row) {
          if (row.cells.some((text) => text.trim() !== '')) {
            if (rows.length >= maxRows) throw new XlsxReadError('TOO_MANY_ROWS', `The sheet has more than ${maxRows} rows`);
            rows.push(row);
          }
          row = null;
        }
      },
      text: (text) => {
        if (!cell || capture === null || phonetic > 0) return;
        if (capture === 'value') cell.value.push(text);
        else cell.inline.push(text);
      },
    },
    path,
  );
  return rows;
}

/**
 * Reads the first worksheet of an .xlsx into rows of text, the way the CSV reader gives them: blank rows
 * left out, each row with the number Excel shows for it. Only the workbook, its relationships, the shared
 * strings and that one sheet are inflated, within `maxUncompressedBytes` together.
 */
export function readXlsxRows(content: Buffer | ZipArchive, options: XlsxReadOptions = {}): SheetRow[] {
  const archive = content instanceof ZipArchive ? content : ZipArchive.open(content);
  if (!isWorkbook(archive)) throw new XlsxReadError('NOT_A_WORKBOOK', 'The ZIP file is not an Excel workbook (it has no xl/workbook.xml)');
  const budget: InflateBudget = { remaining: options.maxUncompressedBytes ?? XLSX_MAX_UNCOMPRESSED_BYTES };
  const relationships = readRelationships(archive, WORKBOOK, budget);
  const sheetPath = firstWorksheetPath(archive, relationships, budget);
  const sharedStringsPath =
    [...relationships.values()].find((relationship) => relationship.type === `${RELATIONSHIP_TYPE}sharedStrings` || relationship.type.endsWith('/sharedStrings'))?.target ??
    'xl/sharedStrings.xml';
  const sharedStrings = readSharedStrings(archive, sharedStringsPath, budget);
  return readSheet(readText(archive, sheetPath, budget), sheetPath, sharedStrings, options.maxRows ?? Number.POSITIVE_INFINITY);
}
