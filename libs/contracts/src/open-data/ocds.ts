import { z } from 'zod';
import { KeysetQuerySchema, PageQuerySchema } from '../common/pagination.js';

/**
 * Published demands and their awards in the Open Contracting Data Standard 1.1 release format
 * (`GET /api/v1/open-data/ocds/releases`). Only public facts: INVITED demands are left out, the details
 * of VERIFIED_SUPPLIERS demands (description, budget, award value) too. The shapes below are the subset
 * of OCDS this platform emits; test/fixtures/ocds/ holds the OCDS schema the export is validated against.
 */
export const OcdsReleaseQuerySchema = KeysetQuerySchema;
export type OcdsReleaseQuery = z.infer<typeof OcdsReleaseQuerySchema>;
export const PublicAwardQuerySchema = PageQuerySchema;
export type PublicAwardQuery = z.infer<typeof PublicAwardQuerySchema>;

const value = z.object({ amount: z.number(), currency: z.literal('CNY') });
/** OCDS dates: ISO 8601 date and time with a time zone. */
const dateTime = z.iso.datetime({ offset: true });
const organizationReference = z.object({ id: z.string(), name: z.string() });

export const OcdsReleaseSchema = z.object({
  ocid: z.string().regex(/^ocds-[a-z0-9]{6}-/),
  /** Unique within the ocid; never contains '#'. */
  id: z.string().regex(/^[^#]+$/),
  date: dateTime,
  tag: z.array(z.enum(['tender', 'tenderUpdate', 'tenderCancellation', 'award'])),
  initiationType: z.literal('tender'),
  language: z.literal('zh'),
  parties: z.array(
    organizationReference.extend({
      roles: z.array(z.enum(['buyer', 'procuringEntity', 'tenderer', 'supplier'])),
      /** The organisation's registered region (GB/T 2260 code). */
      address: z.object({ region: z.string(), countryName: z.string() }).optional(),
    }),
  ),
  buyer: organizationReference,
  tender: z.object({
    id: z.string(),
    title: z.string(),
    description: z.string().optional(),
    status: z.enum(['active', 'complete', 'cancelled', 'unsuccessful']),
    /** open: public demands; selective: demands only verified suppliers may answer. */
    procurementMethod: z.enum(['open', 'selective', 'limited']),
    procurementMethodDetails: z.string().optional(),
    mainProcurementCategory: z.enum(['goods', 'works', 'services']).optional(),
    value: value.optional(),
    tenderPeriod: z.object({ startDate: dateTime, endDate: dateTime.optional() }),
    numberOfTenderers: z.number().int().optional(),
  }),
  awards: z
    .array(
      z.object({
        id: z.string(),
        status: z.enum(['active']),
        date: dateTime,
        value: value.optional(),
        suppliers: z.array(organizationReference),
      }),
    )
    .optional(),
});
export type OcdsRelease = z.infer<typeof OcdsReleaseSchema>;

export const OcdsReleasePackageSchema = z.object({
  uri: z.url(),
  version: z.literal('1.1'),
  publishedDate: dateTime,
  publisher: z.object({ name: z.string(), uri: z.url().optional() }),
  license: z.url().optional(),
  publicationPolicy: z.url().optional(),
  /** One or more: a page without releases is answered 404 NO_RELEASES instead. */
  releases: z.array(OcdsReleaseSchema).min(1),
  /** `next` pages by keyset (`?after=<the last release's tender id>`); `prev` only for `?page=` requests. */
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
