/** Every controlled vocabulary of the inventory, by name. */
import { BARRIER_GROUP_OF, type BarrierType } from "../model/codes.ts";
import { TARGET_GROUP_VOCAB, THEME_VOCAB } from "./audience.ts";
import {
  BARRIER_GROUP_VOCAB,
  BARRIER_STATUS_VOCAB,
  BARRIER_TYPE_VOCAB,
  COMMITMENT_TYPE_VOCAB,
  SEVERITY_VOCAB,
} from "./barrier.ts";
import { ACCESSIBILITY_VOCAB, LANGUAGE_VOCAB, OFFERING_FORMAT_VOCAB, RECOGNITION_VOCAB } from "./offering.ts";
import {
  LEARNING_CONTEXT_VOCAB,
  LEGAL_FORM_VOCAB,
  ORG_TYPE_VOCAB,
  PARTNERSHIP_ROLE_VOCAB,
  RESOURCE_VOCAB,
  SCOPE_VOCAB,
  SECTOR_VOCAB,
} from "./organisation.ts";
import { FREQUENCY_VOCAB, LEVEL_VOCAB, RELATION_TYPE_VOCAB } from "./relation.ts";
import type { Vocabulary } from "./types.ts";

export const VOCABULARIES = {
  org_type: ORG_TYPE_VOCAB,
  sector: SECTOR_VOCAB,
  learning_context: LEARNING_CONTEXT_VOCAB,
  legal_form: LEGAL_FORM_VOCAB,
  scope: SCOPE_VOCAB,
  resource: RESOURCE_VOCAB,
  partnership_role: PARTNERSHIP_ROLE_VOCAB,
  theme: THEME_VOCAB,
  target_group: TARGET_GROUP_VOCAB,
  relation_type: RELATION_TYPE_VOCAB,
  level: LEVEL_VOCAB,
  frequency: FREQUENCY_VOCAB,
  offering_format: OFFERING_FORMAT_VOCAB,
  accessibility: ACCESSIBILITY_VOCAB,
  language: LANGUAGE_VOCAB,
  recognition: RECOGNITION_VOCAB,
  barrier_type: BARRIER_TYPE_VOCAB,
  barrier_group: BARRIER_GROUP_VOCAB,
  barrier_status: BARRIER_STATUS_VOCAB,
  severity: SEVERITY_VOCAB,
  commitment_type: COMMITMENT_TYPE_VOCAB,
} as const satisfies Record<string, Vocabulary>;

export type VocabName = keyof typeof VOCABULARIES;
export const VOCAB_NAMES = Object.keys(VOCABULARIES) as VocabName[];

/** The group (Cross 1981) of a barrier type, or undefined for `other:` values. */
export function barrierGroupOf(barrierType: string): string | undefined {
  return Object.hasOwn(BARRIER_GROUP_OF, barrierType)
    ? BARRIER_GROUP_OF[barrierType as BarrierType]
    : undefined;
}
