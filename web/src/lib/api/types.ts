import type { components } from './schema';

// Short names for the API's schemas. When openapi.yaml renames a schema,
// this is the one file to touch.
type Schemas = components['schemas'];

export type Region = Schemas['Region'];
export type SubRegion = Schemas['SubRegion'];
/** The body of PUT /api/sub-regions/{id} (POST takes the same shape); the form always sends every field. */
export type SubRegionInput = Required<Schemas['UpdateSubRegion']>;
export type Member = Schemas['Member'];
/** The body of POST /api/members and PUT /api/members/{id}; the form always sends every field. */
export type MemberInput = Required<Schemas['UpdateMember']>;
export type MemberPage = Schemas['MemberPage'];

/** A record as read by GET, with the ETag to send back as If-Match on PUT. */
export interface Versioned<T> {
  value: T;
  etag: string;
}
