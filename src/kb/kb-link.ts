/**
 * What a knowledge-base entry links to. `kb` names the identifier scheme:
 * `iso3166` (country alpha-2 code), `kemendagri` (Indonesian region code,
 * e.g. `21.05`), `geonames` (GeoNames id of a world city), `wikidata` (a Q id)
 * or `warta` (warta's own stable id, used where no Wikidata id is certain).
 */
export interface KbLink {
  readonly kb: 'iso3166' | 'kemendagri' | 'geonames' | 'wikidata' | 'warta';
  readonly id: string;
  /** Name as Indonesian news writes it. */
  readonly name: string;
  readonly nameEn: string;
  readonly type: KbType;
  readonly lat?: number;
  readonly lon?: number;
}

/** Kinds of knowledge-base entries. */
export type KbType = 'country' | 'province' | 'regency' | 'city' | 'organization';

/** The entity type (PER/ORG/LOC) a knowledge-base entry stands for. */
export function entityTypeOf(t: KbType): 'ORG' | 'LOC' {
  return t === 'organization' ? 'ORG' : 'LOC';
}
