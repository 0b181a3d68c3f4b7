import type { components } from './schema';

// Short names for the API's schemas. When openapi.yaml renames a schema,
// this is the one file to touch.
type Schemas = components['schemas'];

export type Region = Schemas['Region'];
export type SubRegion = Schemas['SubRegion'];
export type SubRegionInput = Schemas['SubRegionInput'];
export type Member = Schemas['Member'];
export type MemberInput = Schemas['MemberInput'];
export type MemberPage = Schemas['MemberPage'];

/** A record as read by GET, with the ETag to send back as If-Match on PUT. */
export interface Versioned<T> {
  value: T;
  etag: string;
}
