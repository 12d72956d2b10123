/** Vocabularies: complete against model/codes.ts, unambiguous, and matching what people type. */
import { describe, expect, it } from "vitest";
import {
  ACCESSIBILITY,
  BARRIER_GROUP_OF,
  BARRIER_STATUSES,
  BARRIER_TYPES,
  barrierGroupOf,
  COMMITMENT_TYPES,
  FREQUENCIES,
  LANGUAGES,
  LEARNING_CONTEXTS,
  LEGAL_FORMS,
  label,
  matchVocabulary,
  normaliseVocabKey,
  OFFERING_FORMATS,
  ORG_TYPES,
  PARTNERSHIP_ROLES,
  RECOGNITIONS,
  RELATION_LEVELS,
  RELATION_TYPES,
  RESOURCES,
  SCOPES,
  SECTORS,
  suggestVocabulary,
  TARGET_GROUPS,
  THEMES,
  VOCAB_NAMES,
  VOCABULARIES,
  type VocabName,
} from "../../src/index.ts";

const FROM_CODES: Record<VocabName, readonly string[]> = {
  org_type: ORG_TYPES,
  sector: SECTORS,
  learning_context: LEARNING_CONTEXTS,
  legal_form: LEGAL_FORMS,
  scope: SCOPES,
  resource: RESOURCES,
  partnership_role: PARTNERSHIP_ROLES,
  theme: THEMES,
  target_group: TARGET_GROUPS,
  relation_type: RELATION_TYPES,
  level: RELATION_LEVELS,
  frequency: FREQUENCIES,
  offering_format: OFFERING_FORMATS,
  accessibility: ACCESSIBILITY,
  language: LANGUAGES,
  recognition: RECOGNITIONS,
  barrier_type: BARRIER_TYPES,
  barrier_group: [...new Set(Object.values(BARRIER_GROUP_OF))],
  barrier_status: BARRIER_STATUSES,
  severity: ["low", "medium", "high"],
  commitment_type: COMMITMENT_TYPES,
};

describe("vocabularies", () => {
  it.each(VOCAB_NAMES)(
    "%s has exactly the codes of model/codes.ts, in order, with nl and en labels",
    (name) => {
      const entries = VOCABULARIES[name].entries;
      expect(entries.map((e) => e.code)).toEqual([...FROM_CODES[name]]);
      for (const e of entries) {
        expect(e.nl.trim()).not.toBe("");
        expect(e.en.trim()).not.toBe("");
      }
    },
  );

  it.each(VOCAB_NAMES)("%s: no spelling leads to two different codes", (name) => {
    const seen = new Map<string, string>();
    for (const e of VOCABULARIES[name].entries)
      for (const raw of [e.code, e.nl, e.en, ...(e.synonyms ?? [])]) {
        const key = normaliseVocabKey(raw);
        expect(seen.get(key) ?? e.code, `${name}: '${raw}'`).toBe(e.code);
        seen.set(key, e.code);
      }
  });

  it.each(VOCAB_NAMES)("%s: every code, Dutch label and English label matches its own entry", (name) => {
    for (const e of VOCABULARIES[name].entries) {
      expect(matchVocabulary(name, e.code)).toBe(e.code);
      expect(matchVocabulary(name, e.nl)).toBe(e.code);
      expect(matchVocabulary(name, e.en)).toBe(e.code);
    }
  });
});

describe("matchVocabulary", () => {
  it.each([
    ["org_type", "bibliotheek", "library"],
    ["org_type", "Jeugdhuis", "youth_centre"],
    ["org_type", "BASISSCHOOL", "school_primary"],
    ["org_type", "Chiro", "youth_movement"],
    ["org_type", "CVO", "adult_education_centre"],
    ["org_type", "academie_dko", "arts_academy"],
    ["relation_type", "doorverwijzing", "referral"],
    ["relation_type", "info-uitwisseling", "information_sharing"],
    ["relation_type", "Gezamenlijke activiteit", "joint_activity"],
    ["barrier_type", "financieel", "financial"],
    ["barrier_type", "Mobiliteit / vervoer", "mobility"],
    ["target_group", "kortgeschoolden", "low_qualified"],
    ["target_group", "NEET-jongeren", "neet_youth"],
    ["target_group", "55+", "seniors"],
    ["theme", "natuur_milieu", "nature_environment"],
    ["theme", "Natuur & Milieu", "nature_environment"],
    ["theme", "  digitale vaardigheden ", "digital_skills"],
    ["legal_form", "Coöperatie", "cooperatie"],
    ["legal_form", "V.Z.W.", "vzw"],
    ["level", "3", "coordinated"],
    ["level", "kennismaking", "awareness"],
    ["level", "Co-creatie", "integrated"],
    ["frequency", "wekelijks", "weekly"],
    ["frequency", "5", "daily"],
    ["severity", "hoog", "high"],
    ["learning_context", "non-formeel", "non_formal"],
  ] as Array<[VocabName, string, string]>)("%s: %j -> %s", (vocab, raw, code) => {
    expect(matchVocabulary(vocab, raw)).toBe(code);
  });

  it("gives undefined for unknown and empty values", () => {
    expect(matchVocabulary("org_type", "vliegclub")).toBeUndefined();
    expect(matchVocabulary("org_type", "")).toBeUndefined();
    expect(matchVocabulary("org_type", " - ")).toBeUndefined();
    expect(matchVocabulary("level", "7")).toBeUndefined();
    expect(matchVocabulary("org_type", "__proto__")).toBeUndefined();
    expect(matchVocabulary("org_type", "constructor")).toBeUndefined();
  });
});

describe("labels and suggestions", () => {
  it("label gives the nl or en label; other:<raw> shows the raw text", () => {
    expect(label("org_type", "library", "nl")).toBe("Bibliotheek");
    expect(label("org_type", "library", "en")).toBe("Library");
    expect(label("relation_type", "referral", "nl")).toBe("Doorverwijzing");
    expect(label("theme", "other:kantklossen", "nl")).toBe("kantklossen");
    expect(label("theme", "not_a_code", "en")).toBe("not_a_code");
  });

  it("suggests the nearest valid choices first", () => {
    expect(suggestVocabulary("org_type", "bibliothek")[0].code).toBe("library");
    expect(suggestVocabulary("relation_type", "doorverwijs")[0].code).toBe("referral");
    const few = suggestVocabulary("theme", "xyz", 3);
    expect(few).toHaveLength(3);
    for (const e of few) expect(THEMES).toContain(e.code);
  });

  it("barrier groups follow Cross (1981) as in §4.6 F", () => {
    expect(barrierGroupOf("financial")).toBe("situational");
    expect(barrierGroupOf("language")).toBe("institutional");
    expect(barrierGroupOf("mental_psychological")).toBe("dispositional");
    expect(barrierGroupOf("other:x")).toBeUndefined();
    expect(barrierGroupOf("toString")).toBeUndefined();
  });
});
