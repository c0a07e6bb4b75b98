// Field limits shared by request validation, the Mongoose models and the client's forms.
export const limits = {
  name: 200,
  externalId: 100,
  slug: 120,
  description: 5000,
  shortText: 300,
  longText: 5000,
  url: 500,
  capability: 60,
  capabilities: 30,
  caseStudiesPerSupplier: 200,
  listItems: 30,
  pageSizeMax: 100,
  pageSizeDefault: 20,
  importRecordsMax: 50_000,
  searchText: 200,
  searchPageSizeMax: 50,
  /** Deep pages are refused: nobody reads page 200, and offsets cost the engine. */
  searchPageMax: 200,
  synonymTerm: 80,
  synonymGroupTerms: 20,
  synonymGroups: 500,
} as const;
