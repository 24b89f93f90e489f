#!/usr/bin/env node
/**
 * `npm run new -- <kind> "<title>"`: writes a new content file with every field explained in comments,
 * so an editor fills in blanks instead of copying another entry. Kinds: tool, country, convention,
 * priority, figure-file, page (page also needs --section <folder>). Never overwrites a file; prints the
 * path it wrote. Fields it cannot know are left blank. Every kind but a page starts as a draft
 * (`draft: true`): the build checks only the fields filled in and leaves the entry out of the site; once
 * the line is removed, the build (content guard) names each field still blank.
 *
 * Options: --root <dir> writes into another checkout (used by the tests); --section <folder> for pages.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { slugify } from '../src/core/text.ts';

/**
 * The controlled vocabularies of src/schemas/vocab.ts (and UNITS of figure.ts), by the name of their constant.
 * @typedef {Record<string, string[]>} Vocab
 */
/**
 * What the command line asks for (`root` is the checkout to write into).
 * @typedef {{ root: string, kind?: string, title?: string, section?: string }} EntryArgs
 */
/** A row of content/reference/ilo-regions.csv, by column name. @typedef {import('d3-dsv').DSVRowString<string>} RegionRow */

const KINDS = ['tool', 'country', 'convention', 'priority', 'figure-file', 'page'];
const DOC_SECTIONS = ['about', 'child-labour', 'forced-labour', 'partnerships', 'funding', 'flagships', 'reference'];

/**
 * The controlled vocabularies, read from src/schemas/vocab.ts so the comments list what the build accepts.
 * @param {string} root the checkout to read from
 * @returns {Vocab}
 */
export function readVocab(root) {
  const source = readFileSync(join(root, 'src/schemas/vocab.ts'), 'utf8');
  /** @type {Record<string, string[]>} */
  const lists = {};
  for (const m of source.matchAll(/export const (\w+) = \[([\s\S]*?)\] as const;/g)) {
    lists[m[1]] = [...m[2].matchAll(/\.\.\.(\w+)|'([^']*)'/g)].flatMap((t) => (t[1] ? (lists[t[1]] ?? []) : [t[2]]));
  }
  const units = readFileSync(join(root, 'src/schemas/figure.ts'), 'utf8').match(/export const UNITS = \[([^\]]*)\]/);
  lists.UNITS = units ? [...units[1].matchAll(/'([^']*)'/g)].map((t) => t[1]) : [];
  return lists;
}

/**
 * Written into every new entry but a page: a draft is checked only for what is filled in and left out of
 * the site, so `npm test` passes while the entry is being written.
 */
const DRAFT = `# A draft: the build checks only the fields filled in and leaves the entry out of the site. Remove this
# line once every field is filled in; the build then checks every rule and names any field still missing.
draft: true
`;

/** @param {string} s */
const q = (s) => JSON.stringify(s);
/** @param {readonly string[]} list */
const choices = (list) => list.join(', ');

/**
 * @param {string} title
 * @param {Vocab} v
 * @returns {string}
 */
function toolFile(title, v) {
  return `# A tool, guide, training package, dataset or other resource named in the source documents.
# The file name is the tool's id and the last part of its address: /tools/<file name>/.
${DRAFT}title: ${q(title)} # the resource's own title, as published
# One or two sentences, in our words: what it is for and who uses it (at most 400 characters, no statistics).
description: ""
# One of: ${choices(v.TOOL_KINDS)}
kind: ""
# At least one of: ${choices(v.TOPICS)}
topics: []
# Theory-of-change categories the documents file it under, at least one of: ${choices(v.PILLARS)}
pillars: []
# Who it is for, at least one of: ${choices(v.AUDIENCES)}
audiences: []
# Optional links: ids of files in content/priorities, content/conventions (c138, p29 ...), content/countries (civ, npl ...).
priorities: []
conventions: []
countries: []
# Optional: the publisher, e.g. "ILO" or "ILO and UNICEF".
# publisher: ""
# Optional: year of publication or launch, only when a source gives it.
# year: 2021
# Optional: the resource's own address, only one seen on a stored copy of the publisher's page; never a
# guessed one. With it, urlCheck says how it was verified (methods: official-copy, publisher-page,
# printed-in-source, text-copy, third-party-mirror):
# url: https://www.ilo.org/...
# urlCheck: { method: publisher-page, copyAddress: "https://...", copyPublisher: "ILO", checked: "2026-01-31" }
# Which source documents mention it, at least one of: ${choices(v.SEED_DOCUMENTS)}
mentionedIn: []
# French and Spanish (CONTRIBUTING.md, Translations): translations.fr and translations.es, each with a
# description and either title with titleCheck (the publisher's own title, where it was read) or
# descriptiveTitle (our translation). Until they are written, this publishes the tool in English only,
# and the build lists it as pending:
translation:
  pending: "new tool, not translated yet"
`;
}

/**
 * @param {RegionRow} row the country's row in the region table
 * @returns {string}
 */
function countryFile(row) {
  return `# A country where the source documents place IPEC+ work. Name, code and region come from
# content/reference/ilo-regions.csv; the build checks them against it.
${DRAFT}name: ${q(row.country)}
iso3: ${row.iso3}
region: ${row.ilo_region}
# true only if the country is in the brochure's list "IPEC+ is operating in 50 countries" (February 2024).
listedFebruary2024: false
# What the source documents say about IPEC+ work here beyond the priority achievements, one sentence per
# item, ending with the source, e.g. "(IPEC+ brochure, 2024)". No statistics: numbers belong in content/figures.
notes: []
`;
}

/**
 * @param {string} code e.g. "C190"
 * @param {string} title the official title, or "" when only the code was given
 * @returns {string}
 */
function conventionFile(code, title) {
  const letter = /** @type {'C' | 'P' | 'R'} */ (code[0]);
  const instrument = { C: 'convention', P: 'protocol', R: 'recommendation' }[letter];
  const year = title.match(/\b(19[1-9]\d|20\d\d)\b/)?.[1];
  return `# An ILO convention, protocol or recommendation. The file name is the code in lower case (${code.toLowerCase()}.yaml).
# Ratification counts are not written here: add them as figures (indicator "ratifications", convention: ${code.toLowerCase()}).
${DRAFT}code: ${code}
title: ${q(title)} # the official title, e.g. "Minimum Age Convention, 1973 (No. 138)"
shortTitle: "" # the title without year and number, e.g. "Minimum Age Convention"
instrument: ${instrument} # one of: convention, protocol, recommendation
adopted: ${year ?? ''} # the year of adoption
# Optional, only when a checked source gives them (dates in quotes, YYYY-MM-DD):
# adoptedOn: "1973-06-26"
# entryIntoForce: "1976-06-19"
fundamental: false # true for the fundamental instruments under the 1998 Declaration as amended in 2022
# One of: ${choices(['child-labour', 'forced-labour', 'other-fprw'])}
group: ""
subject: "" # what the instrument is about, in one sentence
# What it provides, in plain words, one item per provision, each checked against a copy of the instrument's
# text: the summary, the Article (or Paragraph) it summarises, and the copy it was compared with.
#   - text: ""
#     article: "Article 1"
#     check: { method: official-copy, copyAddress: "https://...", copyPublisher: "ILO (NORMLEX)", checked: "2026-01-31" }
provisions: []
# For protocols and recommendations: the id of the instrument it supplements, e.g. c29.
# supplements: ""
# Optional: the instrument's NORMLEX page, only an address seen in a stored copy, with how it was checked.
# normlex: { url: "https://...", check: { method: official-copy, copyAddress: "https://...", copyPublisher: "ILO (NORMLEX)", checked: "2026-01-31" } }
# Optional: where the dates or other facts were checked, in words a reader understands.
# sourceNote: ""
`;
}

/**
 * @param {string} title
 * @param {number} order position in lists, 1 to 9
 * @param {Vocab} v
 * @returns {string}
 */
function priorityFile(title, order, v) {
  return `# A thematic priority of IPEC+. Never type a statistic: numbers belong in content/figures. Write
# {figure-id} in a sentence where its number goes, and list the id under the "figures" next to the text.
${DRAFT}title: ${q(title)}
order: ${order} # position in lists, 1 to 9
summary: "" # one or two sentences
# The challenge, one paragraph per item; numbers as {figure-id}.
challenge: []
# Ids of the figures the challenge paragraphs cite as {figure-id} (ids from content/figures).
figures: []
# ILO programmes and frameworks the priority works with, one per item.
context: []
# What IPEC+ does under each theory-of-change category, one paragraph each.
approach:
${v.PILLARS.map((p) => `  ${p}: ""`).join('\n')}
# Key achievements. Each: pillar (one of: ${choices(v.PILLARS)}), title, text (numbers as {figure-id};
# name every country it lists, since a country's page shows only the sentences that name it),
# countries (ids from content/countries), tools (ids from content/tools) and figures (the ids the text
# cites). For example:
#   - pillar: knowledge-data
#     title: <what was achieved>
#     text: In <country name>, <what was done and with whom>, reaching {<figure-id>} <what the number counts>.
#     countries: [<iso3 id>]
#     tools: [<tool id>]
#     figures: [<figure-id>]
achievements: []
`;
}

/**
 * @param {string} title the source's title
 * @param {string} slug the file name, used for the first figure's id
 * @param {Vocab} v
 * @returns {string}
 */
function figureFile(title, slug, v) {
  return `# One source and the figures taken from it. Every figure id must be unique across content/figures.
${DRAFT}source:
  title: ${q(title)} # the source's own title
  publisher: "" # e.g. "ILO and UNICEF"
  published: # year the source was published, e.g. 2021
  # The address of the source, only one a document gives or a stored copy shows. Without one, say why in
  # noPublicAddress (e.g. "The brochure is not published online") and delete the url line.
  # url: https://www.ilo.org/...
  noPublicAddress: ""
  # Optional: a page that quotes the source, when the value was checked there.
  # checkedVia: { title: "", url: "https://..." }
  # How the publisher names itself in French and Spanish, e.g. "OIT et UNICEF", "OIT y UNICEF".
  translations:
    fr:
      publisher: ""
    es:
      publisher: ""
figures:
  - id: ${slug}-1 # lower-case words joined by hyphens; <Figure id="..." /> uses it
    indicator: "" # what is measured, e.g. child-labour-children; figures with the same indicator form a series
    label: "" # what the number counts, in words, e.g. "Children in child labour"
    # One of: ${choices(v.STAT_AREAS)}
    area: ""
    value: # the number exactly as the source gives it, without units or separators, e.g. 160000000
    # One of: ${choices(v.UNITS)}
    unit: ""
    # Optional: over, about, nearly, at least, up to (when the source qualifies the number).
    # qualifier: about
    referenceYear: # the year the number refers to
    # Optional: when the reference year is inferred rather than stated, say how.
    # referenceNote: ""
    # One of: stated-in-seed, verified, partial (never publish a from-memory value).
    verification: ""
    # Optional: country (id), convention (id), shareGroup, partOf, note.
`;
}

/**
 * @param {string} title
 * @param {Vocab} v
 * @returns {string}
 */
function pageFile(title, v) {
  return `---
# A guidance page. The folder it is in is its sidebar section.
title: ${q(title)}
description: "" # one sentence shown in search results and link previews
pageType: guidance # one of: guidance, tool, convention, priority, country, data, glossary
# Search filters, each optional: topics (${choices(v.TOPICS)}), regions (${choices(v.ILO_REGIONS)}),
# pillars (${choices(v.PILLARS)}).
topics: []
regions: []
pillars: []
# Its place in the sidebar section (lower numbers first); pages without an order come after the others.
# sidebar:
#   order: 5
# Its French and Spanish versions go in content/docs/fr/ and content/docs/es/ at the same path. Until they
# are written, this publishes the page in English in every language, and the build lists it as pending:
translation:
  pending: "new page, not translated yet"
---

{/* Write the page below. Never type a statistic: use <Figure id="..." /> (import it from ~/components/Figure.astro).
    Link to other pages with root-relative addresses such as [Tools](/tools/). */}
`;
}

/**
 * @param {string[]} argv the arguments after the script's path
 * @returns {EntryArgs}
 */
function parseArgs(argv) {
  /** @type {EntryArgs} */
  const opts = { root: resolve(import.meta.dirname, '..') };
  /** @type {string[]} */
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--root') opts.root = resolve(argv[++i]);
    else if (argv[i] === '--section') opts.section = argv[++i];
    else rest.push(argv[i]);
  }
  return { ...opts, kind: rest[0], title: rest.slice(1).join(' ').trim() };
}

/**
 * Works out the path and content for a new entry; throws an Error with a message for the editor.
 * @param {EntryArgs} args
 * @returns {{ path: string, text: string }}
 */
export function plan({ root, kind, title, section }) {
  if (!title)
    throw new Error(
      `give a title, e.g. npm run new -- ${kind} "${kind === 'country' ? 'Ghana' : kind === 'convention' ? 'C190' : 'Title'}"`,
    );
  const v = readVocab(root);
  const slug = slugify(title);
  /** @type {(folder: string, name: string) => string} */
  const content = (folder, name) => join(root, 'content', folder, name);
  switch (kind) {
    case 'tool':
      return { path: content('tools', `${slug}.yaml`), text: toolFile(title, v) };
    case 'country': {
      const rows = csvParse(readFileSync(join(root, 'content/reference/ilo-regions.csv'), 'utf8'));
      const want = title.toLowerCase();
      const row = rows.find(
        (r) => r.iso3.toLowerCase() === want || r.country.toLowerCase() === want || r.iso_name.toLowerCase() === want,
      );
      if (!row)
        throw new Error(`"${title}" is not a name or ISO 3166-1 alpha-3 code in content/reference/ilo-regions.csv`);
      return { path: content('countries', `${row.iso3.toLowerCase()}.yaml`), text: countryFile(row) };
    }
    case 'convention': {
      const code = title.match(/^([CPR])0*(\d{1,3})$/i)
        ? title.replace(
            /^([CPR])0*(\d{1,3})$/i,
            (/** @type {string} */ _, /** @type {string} */ l, /** @type {string} */ n) => `${l.toUpperCase()}${n}`,
          )
        : (() => {
            const no = title.match(/\(No\.\s*(\d{1,3})\)/)?.[1];
            if (!no)
              throw new Error(
                'give the code (e.g. C190, P29, R206) or the official title with its number, e.g. "Violence and Harassment Convention, 2019 (No. 190)"',
              );
            return `${/Recommendation/i.test(title) ? 'R' : /Protocol/i.test(title) ? 'P' : 'C'}${no}`;
          })();
      const fullTitle = /^[CPR]\d+$/i.test(title) ? '' : title;
      return { path: content('conventions', `${code.toLowerCase()}.yaml`), text: conventionFile(code, fullTitle) };
    }
    case 'priority': {
      const dir = join(root, 'content/priorities');
      const existing = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).length : 0;
      const order = Math.min(9, existing + 1);
      return { path: content('priorities', `${slug}.yaml`), text: priorityFile(title, order, v) };
    }
    case 'figure-file':
      return { path: content('figures', `${slug}.yaml`), text: figureFile(title, slug, v) };
    case 'page':
      if (section === undefined || !DOC_SECTIONS.includes(section))
        throw new Error(`give the sidebar section with --section, one of: ${choices(DOC_SECTIONS)}`);
      return { path: join(root, 'content/docs', section, `${slug}.mdx`), text: pageFile(title, v) };
    default:
      throw new Error(`the first argument must be one of: ${choices(KINDS)}`);
  }
}

/**
 * Writes the planned file unless it exists; returns its path relative to the root.
 * @param {EntryArgs} args
 * @returns {string}
 */
export function createEntry(args) {
  const { path, text } = plan(args);
  if (existsSync(path))
    throw new Error(`${relative(args.root, path)} already exists: edit it, or choose another title`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
  return relative(args.root, path);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = parseArgs(process.argv.slice(2));
  const { kind } = args;
  try {
    const file = createEntry(args);
    console.log(
      `Created ${file}\nFill in the fields explained in its comments${
        kind === 'page' ? '' : ', then remove its "draft: true" line to publish it'
      }; the build names any field still missing.`,
    );
  } catch (error) {
    console.error(`npm run new: ${error instanceof Error ? error.message : error}`);
    console.error(`Usage: npm run new -- <${KINDS.join('|')}> "Title" [--section <folder> for pages]`);
    process.exit(1);
  }
}
