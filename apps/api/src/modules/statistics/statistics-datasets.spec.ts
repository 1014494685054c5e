import { STATISTICS_DATASETS } from '@mcf/contracts';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../imports/csv.util.js';
import { readXlsxRows } from '../imports/xlsx/xlsx-reader.js';
import { datasetFile, datasetTable, percent } from './statistics-datasets.js';
import { assembleStatistics, type RawFigures } from './statistics-figures.js';
import { statisticsPeriod } from './statistics-period.util.js';

const NOW = new Date('2026-03-15T04:00:00Z');
const RAW: RawFigures = {
  kindStatus: [
    { kind: 'ENTERPRISE', status: 'VERIFIED', count: 7 },
    { kind: 'PROCURER', status: 'PENDING_VERIFICATION', count: 1 },
  ],
  sectors: [{ sector: 'EMERGENCY', count: 3 }],
  regions: [
    { region: '421281', kind: 'ENTERPRISE', count: 7 },
    { region: '440000', kind: 'PROCURER', count: 1 },
  ],
  funnel: [
    {
      month: '2026-02',
      isTotal: false,
      published: 3,
      matched: 2,
      responded: 2,
      awarded: 1,
      medianHours: 30.5,
    },
    { month: null, isTotal: true, published: 3, matched: 2, responded: 2, awarded: 1, medianHours: 30.5 },
  ],
  certificates: [{ type: 'HIGH_TECH', pending: 1, expiringSoon: 2 }],
  values: { verifiedCivilEnterprises: 7, highTechEnterprises: 2, awardedDemands: 1 },
  setTargets: [],
};
const STATISTICS = assembleStatistics(RAW, statisticsPeriod(NOW, 12, 60), '4212', NOW);
const cells = (row: readonly (string | number | null)[]) =>
  row.map((cell) => (cell === null ? '' : String(cell)));

describe('statistics downloads', () => {
  it('writes Chinese headers and names for each chart', () => {
    expect(datasetTable(STATISTICS, 'organizations-by-status').rows.at(-1)).toEqual(['', '合计', 7, 1, 8]);
    expect(datasetTable(STATISTICS, 'organizations-by-sector').rows[2]).toEqual([
      'EMERGENCY',
      '应急装备与服务',
      3,
    ]);
    expect(datasetTable(STATISTICS, 'organizations-by-region').rows).toEqual([
      ['421281', '赤壁市', '咸宁市区县', 7, 0, 7],
      ['440000', '广东省', '外地（按省汇总）', 0, 1, 1],
    ]);
    const funnel = datasetTable(STATISTICS, 'demand-funnel');
    expect(funnel.header[5]).toBe('响应率（%）');
    expect(funnel.rows.find((row) => row[0] === '2026-02')).toEqual(['2026-02', 3, 2, 2, 1, 66.7, 30.5]);
    expect(funnel.rows.find((row) => row[0] === '2026-01')).toEqual(['2026-01', 0, 0, 0, 0, null, null]);
    expect(datasetTable(STATISTICS, 'certificates').rows.at(-1)).toEqual(['', '合计', 1, 2]);
    expect(datasetTable(STATISTICS, 'targets').rows[0]).toEqual([
      'VERIFIED_CIVIL_ENTERPRISES',
      '储备军转民、民参军企业（已认证民参军企业）',
      '行动计划',
      7,
      50,
      14,
    ]);
  });

  it.each(STATISTICS_DATASETS)(
    '%s: the CSV (UTF-8 with BOM) and the XLSX read back to the same table',
    (dataset) => {
      const table = datasetTable(STATISTICS, dataset);
      const expected = [table.header, ...table.rows.map(cells)];

      const csv = datasetFile(dataset, table, 'csv', '2026-03-15');
      expect([...csv.content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.fileName).toBe(`${dataset}-2026-03-15.csv`);
      expect(csv.fileNameZh).toBe(`${table.title}-2026-03-15.csv`);
      // parseCsv drops blank rows and keeps empty trailing cells as ''.
      expect(parseCsv(csv.content.toString('utf8'))).toEqual(expected);

      const xlsx = datasetFile(dataset, table, 'xlsx', '2026-03-15');
      expect(xlsx.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const rows = readXlsxRows(xlsx.content).map((row) => row.cells);
      const width = table.header.length;
      expect(rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''))).toEqual(expected);
    },
  );

  it('shows shares as percentages to one decimal', () => {
    expect(percent(0.6667)).toBe(66.7);
    expect(percent(1.2)).toBe(120);
    expect(percent(null)).toBeNull();
  });
});
