/**
 * The sidebar: guidance sections come from the folders in content/docs; the browse pages of the
 * typed collections are listed after them.
 */
const section = (label: string, directory: string) => ({ label, items: [{ autogenerate: { directory } }] });

export const sidebar = [
  section('About IPEC+', 'about'),
  section('Child labour', 'child-labour'),
  section('Forced labour', 'forced-labour'),
  section('Partnerships', 'partnerships'),
  section('Funding', 'funding'),
  section('ILO flagship programmes', 'flagships'),
  {
    label: 'Browse',
    items: [
      { label: 'Tools and resources', link: '/tools/' },
      { label: 'ILO conventions', link: '/conventions/' },
      { label: 'Thematic priorities', link: '/priorities/' },
      { label: 'Where we work', link: '/countries/' },
      { label: 'Data and maps', link: '/data/' },
      { label: 'Search', link: '/search/' },
    ],
  },
  section('Reference', 'reference'),
];
