import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import type pg from 'pg';

/**
 * CPU time used by processes, read from /proc (Linux): user + system seconds. A burst's CPU seconds per
 * demand tell what a quiet machine could do (cores ÷ CPU seconds per demand) even when other work shares
 * this one and stretches the wall-clock figures.
 */
const TICKS_PER_SECOND = 100;

function statOf(pid: number): { ppid: number; cpuSeconds: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields are counted after its closing ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND };
  } catch {
    return null; // gone meanwhile
  }
}

/** The process and every descendant (the app's supervised worker processes). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = statOf(pid);
    if (stat) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), pid]);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

export function cpuSecondsOf(pids: readonly number[]): number {
  return pids.reduce((sum, pid) => sum + (statOf(pid)?.cpuSeconds ?? 0), 0);
}

/** The PostgreSQL server processes serving one database (its connections' backends). */
export async function backendsOf(pool: pg.Pool, database: string): Promise<number[]> {
  const { rows } = await pool.query<{ pid: number }>(`SELECT "pid" FROM pg_stat_activity WHERE "datname" = $1`, [database]);
  return rows.map((row) => row.pid);
}

/** The process listening on a TCP port of 127.0.0.1 (the Meilisearch this run uses), if it runs here. */
export function listenerOf(port: number): number | null {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let table = '';
    try {
      table = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of table.split('\n').slice(1)) {
      const columns = line.trim().split(/\s+/);
      // local address "0100007F:1E78", state 0A = LISTEN, inode in column 9
      if (columns[1]?.endsWith(`:${hexPort}`) && columns[3] === '0A' && columns[9]) inodes.add(columns[9]);
    }
  }
  if (inodes.size === 0) return null;
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        let target = '';
        try {
          target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        } catch {
          continue;
        }
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode && inodes.has(inode)) return pid;
      }
    } catch {
      // not ours to read, or gone
    }
  }
  return null;
}

/** Resident memory of processes, in MB (VmRSS). */
export function rssMegabytesOf(pids: readonly number[]): number {
  let kilobytes = 0;
  for (const pid of pids) {
    try {
      kilobytes += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return Math.round(kilobytes / 1024);
}

export const CPU_COMPONENTS = ['app', 'postgres', 'meilisearch'] as const;
export type CpuComponent = (typeof CPU_COMPONENTS)[number];

export function mapComponents(value: (component: CpuComponent) => number): Record<CpuComponent, number> {
  return { app: value('app'), postgres: value('postgres'), meilisearch: value('meilisearch') };
}

/**
 * CPU seconds so far of the app (the process and its descendants), the PostgreSQL backends of one database
 * and the Meilisearch listening on a local port. Backends are compared pid by pid between readings: one
 * opened in between counts whole, one closed in between loses what it used since the last reading.
 */
export function cpuMeter(appPid: number, pool: pg.Pool, database: string, meiliPort: number) {
  const meiliPid = listenerOf(meiliPort);
  let backends = new Map<number, number>();
  let postgresTotal = 0;
  return {
    hasMeilisearch: meiliPid !== null,
    async read(): Promise<{ seconds: Record<CpuComponent, number> }> {
      const now = new Map((await backendsOf(pool, database)).map((pid) => [pid, cpuSecondsOf([pid])]));
      // PostgreSQL as the sum of what each backend seen before has used since, plus new backends whole.
      let postgres = 0;
      for (const [pid, seconds] of now) postgres += seconds - (backends.get(pid) ?? 0);
      backends = now;
      postgresTotal += postgres;
      return {
        seconds: {
          app: cpuSecondsOf(processTree(appPid)),
          postgres: postgresTotal,
          meilisearch: meiliPid === null ? 0 : cpuSecondsOf([meiliPid]),
        },
      };
    },
    rssMegabytes(): { app: number; meilisearch: number } {
      return { app: rssMegabytesOf(processTree(appPid)), meilisearch: meiliPid === null ? 0 : rssMegabytesOf([meiliPid]) };
    },
  };
}
