/** Reader-facing names of the source documents (ids in SEED_DOCUMENTS, src/schemas/vocab.ts). */
export const SEED_DOCUMENT_LABELS: Record<string, string> = {
  'ipec-web-page-2020': 'IPEC+ Flagship Programme web page with its COVID-19 response (about 2020)',
  'ipec-brochure-2016': 'IPEC+ brochure "Working for a world free from child labour, forced labour and human trafficking" (about 2016)',
  'ipec-brochure-2024': 'IPEC+ Global Flagship Programme brochure (2024)',
  'ilo-flagships-2021': 'The ILO Flagship Programmes (2021)',
  'sap-fl-global-alliance': 'SAP-FL: Building a Global Alliance against Forced Labour and Human Trafficking',
};
