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
export type FocalPoint = Schemas['FocalPoint'];

export type AccessTokenResponse = Schemas['AccessTokenResponse'];
export type CurrentUser = Schemas['CurrentUser'];
export type ChangePasswordInput = Schemas['ChangePassword'];

export type User = Schemas['User'];
export type UserPage = Schemas['UserPage'];
/** The body of POST /api/users; the form always sends every field. */
export type CreateUserInput = Required<Schemas['CreateUser']>;
/** The body of PUT /api/users/{id}; the form always sends every field. */
export type UpdateUserInput = Required<Schemas['UpdateUser']>;

export type ApiKey = Schemas['ApiKey'];
export type ApiKeyPage = Schemas['ApiKeyPage'];
export type ApiKeyScope = Schemas['ApiKeyScope'];
export type CreateApiKeyInput = Schemas['CreateApiKey'];
export type CreatedApiKey = Schemas['CreatedApiKey'];

/** A field's values before and after a change, as the audit log records them (property name → value). */
export type AuditValues = Record<string, unknown>;
// The contract types before/after as an empty-object schema ("JsonObject"); they hold any properties.
export type AuditEntry = Omit<Schemas['AuditEntry'], 'before' | 'after'> & {
  before: AuditValues | null;
  after: AuditValues | null;
};
export type AuditEntryPage = Omit<Schemas['AuditEntryPage'], 'items'> & { items: AuditEntry[] };

/** A record as read by GET, with the ETag to send back as If-Match on PUT. */
export interface Versioned<T> {
  value: T;
  etag: string;
}
