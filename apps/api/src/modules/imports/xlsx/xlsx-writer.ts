import { writeZip, type ZipWriteOptions } from './zip-writer.js';

export type CellValue = string | number | null;

export interface WorksheetSpec {
  name: string;
  rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** Column widths in characters, from column A. */
  columnWidths?: readonly number[];
  /** Zero-based columns formatted as text (`@`), so that Excel keeps typed codes such as 0-leading numbers as written. */
  textColumns?: readonly number[];
  /** Bold first row, frozen above the rest. */
  header?: boolean;
}

export interface XlsxWriteOptions extends ZipWriteOptions {
  /** Strings in a shared strings table, as Excel writes them (the default), or inline in each cell. */
  strings?: 'shared' | 'inline';
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const STYLE_BOLD = 1;
const STYLE_TEXT = 2;

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
}

/** Text as a cell carries it: control characters XML cannot hold as `_xHHHH_`, and a literal `_xHHHH_` protected. */
function cellText(text: string): string {
  const protectedText = text.replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_');
  // eslint-disable-next-line no-control-regex
  return escapeXml(protectedText.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`));
}

export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');

function stylesXml(): string {
  return (
    `${XML_DECLARATION}<styleSheet xmlns="${MAIN}">` +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}

function sheetXml(sheet: WorksheetSpec, sharedIndex: ((text: string) => number) | null): string {
  const textColumns = new Set(sheet.textColumns ?? []);
  const parts: string[] = [`${XML_DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">`];
  if (sheet.header) {
    parts.push('<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>');
  }
  const widths = sheet.columnWidths ?? [];
  const columnCount = Math.max(widths.length, ...[...textColumns].map((column) => column + 1), 0);
  if (columnCount > 0) {
    parts.push('<cols>');
    for (let column = 0; column < columnCount; column++) {
      const width = widths[column] ?? 10;
      const style = textColumns.has(column) ? ` style="${STYLE_TEXT}"` : '';
      parts.push(`<col min="${column + 1}" max="${column + 1}" width="${width}" customWidth="1"${style}/>`);
    }
    parts.push('</cols>');
  }
  parts.push('<sheetData>');
  sheet.rows.forEach((cells, rowIndex) => {
    const line = rowIndex + 1;
    parts.push(`<row r="${line}">`);
    cells.forEach((value, column) => {
      if (value === null || value === '') return;
      const reference = `${columnLetters(column)}${line}`;
      const style = sheet.header && rowIndex === 0 ? STYLE_BOLD : textColumns.has(column) ? STYLE_TEXT : 0;
      const styleAttribute = style ? ` s="${style}"` : '';
      if (typeof value === 'number') {
        parts.push(`<c r="${reference}"${styleAttribute}><v>${value}</v></c>`);
      } else if (sharedIndex) {
        parts.push(`<c r="${reference}"${styleAttribute} t="s"><v>${sharedIndex(value)}</v></c>`);
      } else {
        parts.push(`<c r="${reference}"${styleAttribute} t="inlineStr"><is><t xml:space="preserve">${cellText(value)}</t></is></c>`);
      }
    });
    parts.push('</row>');
  });
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}

/**
 * Writes a minimal but complete .xlsx (SpreadsheetML in a ZIP): content types, package and workbook
 * relationships, workbook, styles (normal, bold header, text format), shared strings and one part per
 * sheet. Excel, LibreOffice and our own reader open it.
 */
export function writeXlsx(sheets: readonly WorksheetSpec[], options: XlsxWriteOptions = {}): Buffer {
  if (sheets.length === 0) throw new Error('a workbook needs at least one sheet');
  const shared = options.strings !== 'inline';
  const table: string[] = [];
  const indexOf = new Map<string, number>();
  let references = 0;
  const sharedIndex = (text: string): number => {
    references++;
    let index = indexOf.get(text);
    if (index === undefined) {
      index = table.length;
      table.push(text);
      indexOf.set(text, index);
    }
    return index;
  };

  const sheetParts = sheets.map((sheet, index) => ({ path: `worksheets/sheet${index + 1}.xml`, xml: sheetXml(sheet, shared ? sharedIndex : null) }));
  const workbookRelationships = [
    ...sheetParts.map((part, index) => `<Relationship Id="rId${index + 1}" Type="${RELATIONSHIPS}/worksheet" Target="${part.path}"/>`),
    `<Relationship Id="rId${sheets.length + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>`,
    ...(shared ? [`<Relationship Id="rId${sheets.length + 2}" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/>`] : []),
  ];
  const contentTypes =
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheetParts.map((part) => `<Override PartName="/xl/${part.path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    (shared ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : '') +
    '</Types>';
  const workbook =
    `${XML_DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets>` +
    sheets.map((sheet, index) => `<sheet name="${escapeXml(sheet.name.slice(0, 31))}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('') +
    '</sheets></workbook>';

  return writeZip(
    [
      { name: '[Content_Types].xml', data: utf8(contentTypes) },
      {
        name: '_rels/.rels',
        data: utf8(`${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
      },
      { name: 'xl/workbook.xml', data: utf8(workbook) },
      { name: 'xl/_rels/workbook.xml.rels', data: utf8(`${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${workbookRelationships.join('')}</Relationships>`) },
      { name: 'xl/styles.xml', data: utf8(stylesXml()) },
      ...sheetParts.map((part) => ({ name: `xl/${part.path}`, data: utf8(part.xml) })),
      ...(shared
        ? [
            {
              name: 'xl/sharedStrings.xml',
              data: utf8(
                `${XML_DECLARATION}<sst xmlns="${MAIN}" count="${references}" uniqueCount="${table.length}">` +
                  table.map((text) => `<si><t xml:space="preserve">${cellText(text)}</t></si>`).join('') +
                  '</sst>',
              ),
            },
          ]
        : []),
    ],
    options,
  );
}
