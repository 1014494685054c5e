import { z } from 'zod';
import { PageQuerySchema } from '../common/pagination.js';

/**
 * Published demands and their awards in the Open Contracting Data Standard 1.1 release format
 * (`GET /api/v1/open-data/ocds/releases`). Only public facts: INVITED demands are left out, the details
 * of VERIFIED_SUPPLIERS demands (description, budget, award value) too.
 */
export const OcdsReleaseQuerySchema = PageQuerySchema;
export type OcdsReleaseQuery = z.infer<typeof OcdsReleaseQuerySchema>;

const value = z.object({ amount: z.number(), currency: z.literal('CNY') });
const organizationReference = z.object({ id: z.string(), name: z.string() });

export const OcdsReleaseSchema = z.object({
  ocid: z.string().regex(/^ocds-[a-z0-9]{6}-/),
  id: z.string(),
  date: z.string(),
  tag: z.array(z.enum(['tender', 'tenderUpdate', 'tenderCancellation', 'award'])),
  initiationType: z.literal('tender'),
  language: z.literal('zh'),
  parties: z.array(
    organizationReference.extend({
      roles: z.array(z.enum(['buyer', 'procuringEntity', 'tenderer', 'supplier'])),
      address: z.object({ region: z.string() }).optional(),
    }),
  ),
  buyer: organizationReference,
  tender: z.object({
    id: z.string(),
    title: z.string(),
    description: z.string().optional(),
    status: z.enum(['active', 'complete', 'cancelled', 'unsuccessful']),
    procurementMethod: z.enum(['open', 'selective', 'limited']),
    mainProcurementCategory: z.enum(['goods', 'works', 'services']).optional(),
    value: value.optional(),
    tenderPeriod: z.object({ startDate: z.string(), endDate: z.string().optional() }),
    numberOfTenderers: z.number().int().optional(),
  }),
  awards: z
    .array(
      z.object({
        id: z.string(),
        status: z.enum(['active']),
        date: z.string(),
        value: value.optional(),
        suppliers: z.array(organizationReference),
      }),
    )
    .optional(),
});
export type OcdsRelease = z.infer<typeof OcdsReleaseSchema>;

export const OcdsReleasePackageSchema = z.object({
  uri: z.string(),
  version: z.literal('1.1'),
  publishedDate: z.string(),
  publisher: z.object({ name: z.string() }),
  license: z.string().optional(),
  publicationPolicy: z.string().optional(),
  releases: z.array(OcdsReleaseSchema),
  links: z.object({ next: z.string().optional(), prev: z.string().optional() }).optional(),
  /** Not part of OCDS: the paging of this endpoint. */
  total: z.number().int(),
});
export type OcdsReleasePackage = z.infer<typeof OcdsReleasePackageSchema>;

/** `GET /api/v1/open-data/awards`: the public list of awards. */
export const PublicAwardSchema = z.object({
  demandId: z.uuid(),
  title: z.string(),
  buyer: z.string(),
  supplier: organizationReference,
  awardedAt: z.string(),
});
export const PublicAwardPageSchema = z.object({
  items: z.array(PublicAwardSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type PublicAwardPage = z.infer<typeof PublicAwardPageSchema>;
