#!/usr/bin/env node
/**
 * One-off report: which tools the source documents (the ILO's seed texts) name, against the files in
 * content/tools. It prints phrases no longer found in the seeds, named tools without a file, and tool
 * files the list below does not name. A report, not a gate: new tools need not come from the seeds,
 * and the seeds live outside the repository.
 *   node scripts/tools-from-seeds.mjs --seeds /work/shared/seeds
 * The list was extracted by reading the seed texts; a phrase is a short, distinctive piece of the seed
 * text that names or describes the tool.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');

/** @type {{ id: string, phrase: string }[]} */
export const TOOLS_IN_SEEDS = [
  { id: 'nap-toolkit-child-labour', phrase: 'Toolkit for the Development and Implementation of National Action Plans' },
  { id: 'labour-inspection-child-labour-monitoring', phrase: 'Optimizing compliance with child labour legislation' },
  { id: 'combatting-child-labour-through-education', phrase: 'Combatting Child Labour Through Education' },
  { id: 'osh-resources-young-workers', phrase: 'Resources to improve occupational safety and health' },
  { id: 'alliance-8-7', phrase: 'Alliance 8.7 is an inclusive global partnership' },
  { id: 'pathfinder-country-strategy', phrase: 'Pathfinder Country Strategy' },
  { id: 'pathfinder-country-accountability-framework', phrase: 'Pathfinder Country Accountability Framework' },
  { id: 'alliance-8-7-knowledge-platform', phrase: 'Alliance 8.7 Knowledge Platform' },
  { id: 'alliance-8-7-action-group-supply-chains', phrase: 'Alliance 8.7 Action Group on Supply Chains' },
  { id: 'alliance-8-7-action-group-migration', phrase: 'The Action Group on Migration works closely' },
  { id: 'supply-chains-action-group-report-2019', phrase: 'the Action Group published a [report]' },
  { id: 'anti-trafficking-organizations-map', phrase: 'interactive mapping of anti-trafficking organizations' },
  { id: 'regional-initiative-lac', phrase: 'Regional Initiative Latin America and the Caribbean Free of Child Labour' },
  { id: 'mirti', phrase: 'Child Labour Risk Identification Model (MIRTI' },
  { id: 'praeti', phrase: 'Regional Programme for the Acceleration of the Elimination of Child Labour' },
  { id: 'ilo-ioe-child-labour-guidance-tool', phrase: 'ILO-IOE Guidance Tool for Business' },
  { id: 'child-labour-platform', phrase: 'ILO Child Labour Platform (CLP)' },
  { id: 'coffee-supply-chain-interagency-model', phrase: 'UN-interagency model with 10 multinational members' },
  { id: 'ipccla', phrase: 'International Partnership for Cooperation on Child Labour in Agriculture' },
  { id: 'innovative-finance', phrase: 'Innovative Finance: putting your money to' },
  { id: 'impact-bond-child-labour', phrase: "Impact Bond for Child Labour Elimination in Côte d'Ivoire" },
  { id: 'global-estimates-child-labour', phrase: 'Child Labour: Global estimates 2020, trends and the road forward' },
  { id: 'child-labour-research-agenda', phrase: 'evidence gap on child labour' },
  {
    id: 'employers-child-labour-due-diligence-tools',
    phrase: 'developed a set of tailor-made tools on child labour due diligence',
  },
  { id: 'pakistan-cotton-due-diligence-toolkit', phrase: 'due diligence toolkit for cotton value chains' },
  { id: 'clmrs', phrase: 'Child Labour Monitoring and Remediation System (CLMRS)' },
  { id: 'dw-supply-chain-survey', phrase: 'Decent Work Supply Chain Survey (DW-SCS) methodology' },
  { id: 'integrated-approach-fprw-telangana', phrase: 'piloted the integrated approach to FPRW' },
  { id: 'social-mapping-argentina', phrase: 'Social Mapping initiative' },
  { id: 'good-harvest-programme', phrase: 'Good Harvest Program' },
  { id: 'child-labour-humanitarian-action-toolkit', phrase: 'toolkit to address child labour in humanitarian action' },
  { id: 'scream', phrase: 'education, arts and media (SCREAM)' },
  { id: 'child-labour-climate-change-issue-paper', phrase: 'Issue paper on child labour and climate change' },
  { id: 'child-labour-hdpn-paper', phrase: 'paper on child labour and the humanitarian, development, peace nexus' },
  { id: 'fifty-for-freedom', phrase: '"50 for Freedom"' },
  { id: 'centenary-ratification-campaign', phrase: 'Centenary Ratification Campaign' },
  { id: 'ilo-standards-on-forced-labour', phrase: 'ILO Standards on Forced Labour' },
  { id: 'handbook-parliamentarians-forced-labour', phrase: 'Handbook for Parliamentarian' },
  { id: 'forced-labour-observatory', phrase: 'Forced Labour Observatory (FLO)' },
  { id: 'nap-toolkit-forced-labour', phrase: 'Developing National Action Plans on Forced Labour Toolkit' },
  { id: 'detection-indicators-forced-labour', phrase: 'ILO Detection Indicators of Forced Labour' },
  { id: 'global-business-network-forced-labour', phrase: 'ILO Global Business Network on Forced Labour' },
  { id: 'fair-recruitment-initiative', phrase: 'Fair Recruitment Initiative' },
  { id: 'fair-recruitment-knowledge-hub', phrase: 'Fair Recruitment Knowledge Hub' },
  { id: 'journalists-toolkit-forced-labour', phrase: 'ILO Toolkit for journalists on reporting on forced labour' },
  { id: 'employers-handbook-forced-labour', phrase: 'Combating forced labour: A handbook for employers and business' },
  { id: 'due-diligence-toolkit-fair-recruitment', phrase: 'Due diligence toolkit for fair recruitment' },
  { id: 'skills-guidelines-forced-labour', phrase: 'Global guidelines on the prevention of forced labour' },
  { id: 'global-estimates-modern-slavery', phrase: 'Global Estimates of Modern Slavery' },
  { id: 'global-estimates-forced-labour', phrase: 'In 2005 and 2012, the ILO produced global estimates' },
  { id: 'forced-labour-indicator-methodology', phrase: 'methodology using indicators to measure forced labour' },
  { id: 'hard-to-see-harder-to-count', phrase: 'Hard to see, harder to count' },
  { id: 'evidence-gap-map-forced-labour', phrase: 'Evidence Gap Map on Forced Labour and Human Trafficking' },
  { id: 'forced-labour-research-agendas', phrase: 'Global research agenda and national research agendas' },
  { id: 'national-forced-labour-surveys', phrase: 'Nepal Labour Force Survey' },
  {
    id: 'forced-labour-handbooks-training-tools',
    phrase: 'handbooks and training tools for business, legislators, judges',
  },
  { id: 'forced-labour-e-learning-law-enforcement', phrase: 'e-learning modules for law enforcement' },
  { id: 'global-alliance-against-forced-labour', phrase: 'Building a Global Alliance against Forced Labour' },
  { id: 'accelerator-lab', phrase: '8.7 Accelerator Lab' },
  { id: 'accelerator-lab-vision-document', phrase: 'check out our [Vision document]' },
  { id: 'accelerator-lab-integrated-report', phrase: 'the latest [Integrated report]' },
  { id: 'actionable-me-vision', phrase: 'the Actionable M&E Vision was developed' },
  { id: 'covid-19-impact-brief', phrase: 'COVID-19 impact on child labour and forced labour: The response' },
  { id: 'asia-regional-child-labour-programme', phrase: 'Asia Regional Child Labour Programme' },
  {
    id: 'international-year-elimination-child-labour-2021',
    phrase: 'International Year of the Elimination of Child Labour',
  },
  { id: 'osh-rapid-needs-assessment-tool', phrase: 'rapid needs assessment tool' },
  {
    id: 'osh-value-chain-assessment-methodology',
    phrase: 'comprehensive methodology to carry out assessments of drivers',
  },
  { id: 'better-work-covid-19-portal', phrase: 'COVID-19 portal' },
  { id: 'better-work-unicef-child-rights-briefs', phrase: 'series of briefs providing guidance on child rights' },
  { id: 'spf-assessment-based-national-dialogues', phrase: 'Assessment Based National Dialogues' },
  { id: 'spf-social-protection-migrant-workers', phrase: 'Social Protection for Migrant Workers' },
  { id: 'spf-extension-informal-economy', phrase: 'Extension of social protection to workers in the Informal economy' },
  { id: 'spf-fiscal-space-handbook', phrase: 'Fiscal space handbook' },
  { id: 'spf-social-security-standards-toolkit', phrase: 'Toolkit on ILO social security standards' },
  { id: 'spf-results-monitoring-tool', phrase: 'Results Monitoring tool' },
  { id: 'jpr-analytical-framework', phrase: 'jointly developed an [analytical framework]' },
];

/**
 * @param {string} seedText all seed texts joined @param {string[]} toolFiles ids of content/tools files
 */
export function seedReport(seedText, toolFiles) {
  const listed = new Set(TOOLS_IN_SEEDS.map((t) => t.id));
  return {
    phraseNotInSeeds: TOOLS_IN_SEEDS.filter((t) => !seedText.includes(t.phrase)).map((t) => t.id),
    namedWithoutFile: TOOLS_IN_SEEDS.filter((t) => !toolFiles.includes(t.id)).map((t) => t.id),
    fileNotNamed: toolFiles.filter((id) => !listed.has(id)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { seeds: { type: 'string', default: process.env.SEEDS_DIR } } });
  const seeds = values.seeds;
  if (!seeds || !existsSync(seeds)) {
    console.error(
      'Give the folder of seed texts: node scripts/tools-from-seeds.mjs --seeds <dir> (or SEEDS_DIR=<dir>)',
    );
    process.exit(2);
  }
  const seedText = readdirSync(seeds)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(seeds, name), 'utf8'))
    .join('\n');
  const toolFiles = readdirSync(join(ROOT, 'content/tools'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => basename(name, '.yaml'));
  const report = seedReport(seedText, toolFiles);
  /** @type {(heading: string, ids: string[]) => void} */
  const section = (heading, ids) => console.log(`${heading} (${ids.length})${ids.map((id) => `\n  ${id}`).join('')}`);
  console.log(`${TOOLS_IN_SEEDS.length} tools named in the seeds; ${toolFiles.length} files in content/tools\n`);
  section('Phrase not found in the seeds (the list or the seeds changed)', report.phraseNotInSeeds);
  section('Named in the seeds, no file in content/tools', report.namedWithoutFile);
  section(
    'File in content/tools that the seeds list does not name (fine for tools from other sources)',
    report.fileNotNamed,
  );
}
