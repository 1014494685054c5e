/** Why a workbook could not be read; the imports service turns each into a 4xx problem. */
export type XlsxReadProblem =
  /** Not a ZIP, or its directory or an entry is damaged (also: a CRC or size that does not match). */
  | 'CORRUPT'
  /** Password-protected, ZIP64 or a compression method other than stored/deflate. */
  | 'UNSUPPORTED'
  /** The parts we read would inflate to more than the cap (a zip bomb, or simply too big). */
  | 'TOO_LARGE'
  /** A ZIP that is not an Excel workbook (no xl/workbook.xml). */
  | 'NOT_A_WORKBOOK'
  /** The workbook has no worksheet. */
  | 'NO_WORKSHEET'
  /** A part's XML is not well-formed, or refers to something that does not exist. */
  | 'MALFORMED_XML'
  /** More non-empty rows than the caller allows. */
  | 'TOO_MANY_ROWS';

export class XlsxReadError extends Error {
  constructor(
    readonly problem: XlsxReadProblem,
    message: string,
  ) {
    super(message);
    this.name = 'XlsxReadError';
  }
}
