import type {
  PlanTargetKey,
  PlanTargetSource,
  PlatformStatistics,
  StatisticsDataset,
  StatisticsDownloadFormat,
} from '@mcf/contracts';
import { type OrganizationStatus, qualificationTypeByCode, regionName, sectorByCode } from '@mcf/domain';
import { csvCell } from '../imports/csv.util.js';
import { type CellValue, writeXlsx } from '../imports/xlsx/xlsx-writer.js';

/** One chart's numbers as a table: Chinese headers, one row per bar or point. */
export interface DatasetTable {
  /** The Chinese title: the sheet's name and the Chinese file name. */
  title: string;
  header: string[];
  rows: CellValue[][];
  /** Zero-based columns holding codes, kept as text in Excel. */
  textColumns: number[];
  columnWidths: number[];
}

export interface DatasetFile {
  content: Buffer;
  contentType: string;
  fileName: string;
  fileNameZh: string;
}

const STATUS_ZH: Record<OrganizationStatus, string> = {
  PENDING_VERIFICATION: '待审核',
  VERIFIED: '已认证',
  REJECTED: '未通过',
  SUSPENDED: '已暂停',
};

export const TARGET_NAME_ZH: Record<PlanTargetKey, string> = {
  VERIFIED_CIVIL_ENTERPRISES: '储备军转民、民参军企业（已认证民参军企业）',
  HIGH_TECH_ENTERPRISES: '军民融合高新技术企业（持有效高新技术企业证书）',
  AWARDED_DEMANDS: '已授标需求',
};

const SOURCE_ZH: Record<PlanTargetSource, string> = { PLAN: '行动计划', PLATFORM: '平台自定' };

/** A fraction as a percentage to one decimal, for people reading a spreadsheet. */
export const percent = (share: number | null): number | null =>
  share === null ? null : Math.round(share * 1000) / 10;

function regionLabel(code: string, local: boolean): string {
  return regionName(code) ?? (local ? `咸宁市（${code}）` : code);
}

/** The table behind one chart of the dashboard. */
export function datasetTable(statistics: PlatformStatistics, dataset: StatisticsDataset): DatasetTable {
  switch (dataset) {
    case 'organizations-by-status': {
      const rows = statistics.organizations.byStatus.map((entry) => [
        entry.status,
        STATUS_ZH[entry.status],
        entry.enterprise,
        entry.procurer,
        entry.enterprise + entry.procurer,
      ]);
      const sum = (column: number) => rows.reduce((total, row) => total + (row[column] as number), 0);
      return {
        title: '机构状态分布',
        header: ['状态代码', '状态', '民参军企业', '需求方', '合计'],
        rows: [...rows, ['', '合计', sum(2), sum(3), sum(4)]],
        textColumns: [0],
        columnWidths: [22, 10, 12, 10, 10],
      };
    }
    case 'organizations-by-sector':
      return {
        title: '企业领域分布',
        header: ['领域代码', '领域', '企业数（已发布档案）'],
        rows: statistics.organizations.bySector.map((entry) => [
          entry.sector,
          sectorByCode(entry.sector).nameZh,
          entry.count,
        ]),
        textColumns: [0],
        columnWidths: [24, 20, 20],
      };
    case 'organizations-by-region':
      return {
        title: '机构地区分布',
        header: ['地区代码', '地区', '统计口径', '民参军企业', '需求方', '合计'],
        rows: statistics.organizations.byRegion.map((entry) => [
          entry.regionCode,
          regionLabel(entry.regionCode, entry.local),
          entry.local ? '咸宁市区县' : '外地（按省汇总）',
          entry.enterprise,
          entry.procurer,
          entry.enterprise + entry.procurer,
        ]),
        textColumns: [0],
        columnWidths: [10, 22, 16, 12, 10, 10],
      };
    case 'demand-funnel': {
      const { months, total } = statistics.demands;
      const line = (label: string, funnel: typeof total): CellValue[] => [
        label,
        funnel.published,
        funnel.matched,
        funnel.responded,
        funnel.awarded,
        percent(funnel.responseRate),
        funnel.medianHoursToFirstResponse,
      ];
      return {
        title: '需求对接漏斗',
        header: [
          '月份（首次发布，北京时间）',
          '发布需求',
          '完成匹配',
          '收到意向响应',
          '已授标',
          '响应率（%）',
          '首次响应用时中位数（小时）',
        ],
        rows: [...months.map((month) => line(month.month, month)), line('累计（全部）', total)],
        textColumns: [0],
        columnWidths: [26, 10, 10, 14, 10, 12, 26],
      };
    }
    case 'certificates': {
      const { byType, pending, expiringSoon, expiringWithinDays } = statistics.certificates;
      return {
        title: '资质证书审核与到期',
        header: ['资质类型代码', '资质类型', '待审核', `${expiringWithinDays}天内到期`],
        rows: [
          ...byType.map((entry) => [
            entry.type,
            qualificationTypeByCode(entry.type).nameZh,
            entry.pending,
            entry.expiringSoon,
          ]),
          ['', '合计', pending, expiringSoon],
        ],
        textColumns: [0],
        columnWidths: [20, 40, 10, 14],
      };
    }
    case 'targets':
      return {
        title: '目标完成进度',
        header: ['指标代码', '指标', '目标来源', '当前值', '目标值', '完成比例（%）'],
        rows: statistics.targets.map((entry) => [
          entry.key,
          TARGET_NAME_ZH[entry.key],
          SOURCE_ZH[entry.source],
          entry.current,
          entry.target,
          percent(entry.share),
        ]),
        textColumns: [0],
        columnWidths: [28, 40, 10, 10, 10, 14],
      };
  }
}

/** The table as a download: CSV in UTF-8 with a byte-order mark (so Excel reads the Chinese), or XLSX. */
export function datasetFile(
  dataset: StatisticsDataset,
  table: DatasetTable,
  format: StatisticsDownloadFormat,
  day: string,
): DatasetFile {
  const fileName = `${dataset}-${day}.${format}`;
  const fileNameZh = `${table.title}-${day}.${format}`;
  if (format === 'xlsx') {
    return {
      content: writeXlsx([
        {
          name: table.title,
          header: true,
          rows: [table.header, ...table.rows],
          textColumns: table.textColumns,
          columnWidths: table.columnWidths,
        },
      ]),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      fileName,
      fileNameZh,
    };
  }
  const lines = [table.header, ...table.rows].map((row) =>
    row.map((cell) => csvCell(cell === null ? '' : String(cell))).join(','),
  );
  return {
    content: Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8'),
    contentType: 'text/csv; charset=utf-8',
    fileName,
    fileNameZh,
  };
}
