import { Injectable } from '@nestjs/common';
import type { ParkChanges, ParkDetail, ParkFields, ParkPage, ParkQuery, ParkSummary } from '@mcf/contracts';
import { regionName } from '@mcf/domain';
import { QueryFailedError } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { Park } from './entities/park.entity.js';
import { ParkErrors } from './parks.errors.js';
import { ParksRepository } from './parks.repository.js';

/** A demo entry of the registry, described from the action plan. */
export interface DemoPark extends ParkFields {
  sources: string[];
}

const AUDITED_FIELDS = ['name', 'kind', 'regionCodes', 'sectors', 'description', 'designation', 'mcfDemonstrationLevel', 'recognizedYear'] as const;

function auditedValues(park: Pick<Park, (typeof AUDITED_FIELDS)[number]>): Record<string, unknown> {
  return Object.fromEntries(AUDITED_FIELDS.map((field) => [field, park[field]]));
}

/** The bases-and-parks registry: public reading, administrators' editing (audited), counts for the targets. */
@Injectable()
export class ParksService {
  constructor(
    private readonly parks: ParksRepository,
    private readonly audit: AuditService,
  ) {}

  private summary(park: Park, organizationCount: number): ParkSummary {
    return {
      id: park.id,
      name: park.name,
      kind: park.kind,
      regionCodes: park.regionCodes,
      sectors: park.sectors,
      description: park.description,
      designation: park.designation,
      mcfDemonstrationLevel: park.mcfDemonstrationLevel,
      recognizedYear: park.recognizedYear,
      isDemo: park.isDemo,
      organizationCount,
      updatedAt: park.updatedAt.toISOString(),
    };
  }

  async page(query: ParkQuery): Promise<ParkPage> {
    const { items, total } = await this.parks.page(query);
    const counts = await this.parks.organizationCounts(items.map((park) => park.id));
    return { items: items.map((park) => this.summary(park, counts.get(park.id) ?? 0)), total, page: query.page, pageSize: query.pageSize };
  }

  async detail(id: string): Promise<ParkDetail> {
    const park = await this.parks.findById(id);
    if (!park) throw CommonErrors.notFound();
    const organizations = await this.parks.organizationsOf(id);
    return { ...this.summary(park, organizations.length), sources: park.sources, organizations };
  }

  /** A firm may name only a park of the registry: else a 400 naming `field`. */
  async assertExists(id: string, field: string): Promise<void> {
    if ((await this.parks.findById(id)) === null) throw ParkErrors.unknownPark(field);
  }

  private checkRegions(regionCodes: readonly string[] | undefined): void {
    regionCodes?.forEach((code, index) => {
      if (regionName(code) === undefined) throw ParkErrors.unknownRegion(`regionCodes.${index}`);
    });
  }

  private async saving<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === '23505') throw ParkErrors.nameTaken();
      throw error;
    }
  }

  async create(actor: Actor, fields: ParkFields): Promise<ParkDetail> {
    this.checkRegions(fields.regionCodes);
    const park = await this.saving(() =>
      this.parks.transaction(async (manager) => {
        if (await this.parks.findByName(fields.name, manager)) throw ParkErrors.nameTaken();
        const created = await this.parks.save({ ...fields, sources: [], isDemo: false, createdBy: actor.userId }, manager);
        await this.audit.record(
          { actor, action: 'admin.park.created', targetType: 'park', targetId: created.id, after: auditedValues(created) },
          manager,
        );
        return created;
      }),
    );
    return this.detail(park.id);
  }

  async update(actor: Actor, id: string, changes: ParkChanges): Promise<ParkDetail> {
    this.checkRegions(changes.regionCodes);
    await this.saving(() =>
      this.parks.transaction(async (manager) => {
        const park = await this.parks.findById(id, manager, true);
        if (!park) throw CommonErrors.notFound();
        if (changes.name && changes.name !== park.name && (await this.parks.findByName(changes.name, manager))) throw ParkErrors.nameTaken();
        const before = auditedValues(park);
        // An administrator's edit makes a demo entry a real one: it is now vouched for.
        const saved = await this.parks.save({ ...park, ...changes, isDemo: false }, manager);
        await this.audit.record(
          { actor, action: 'admin.park.updated', targetType: 'park', targetId: id, before: { ...before, isDemo: park.isDemo }, after: { ...auditedValues(saved), isDemo: false } },
          manager,
        );
      }),
    );
    return this.detail(id);
  }

  /** Loads one demo entry (idempotent by name); returns its id. An entry an administrator edited is left alone. */
  async ensureDemoPark(park: DemoPark): Promise<string> {
    const existing = await this.parks.findByName(park.name);
    if (existing) return existing.id;
    return (await this.parks.save({ ...park, isDemo: true, createdBy: null })).id;
  }

  /** Not-demo parks of a kind/level recognised in [fromYear, toYear]: what the plan's counted targets read. */
  countRecognized(filter: { kind?: string; mcfDemonstrationLevel?: string }, fromYear: number, toYear: number): Promise<number> {
    return this.parks.countRecognized(filter, fromYear, toYear);
  }
}
