// The 18 regions (INSEE codes and names, 2016 boundaries) and the départements each dissolves.
// Natural Earth's admin-1 for France lists départements with the pre-2016 regions; its
// `gn_a1_code` ("FR.59") carries the département code we group by.
export const REGIONS = [
  {
    code: '11',
    name: 'Île-de-France',
    nameEn: 'Île-de-France',
    departements: ['75', '77', '78', '91', '92', '93', '94', '95'],
  },
  {
    code: '24',
    name: 'Centre-Val de Loire',
    nameEn: 'Centre-Val de Loire',
    departements: ['18', '28', '36', '37', '41', '45'],
  },
  {
    code: '27',
    name: 'Bourgogne-Franche-Comté',
    nameEn: 'Bourgogne-Franche-Comté',
    departements: ['21', '25', '39', '58', '70', '71', '89', '90'],
  },
  {
    code: '28',
    name: 'Normandie',
    nameEn: 'Normandy',
    departements: ['14', '27', '50', '61', '76'],
  },
  {
    code: '32',
    name: 'Hauts-de-France',
    nameEn: 'Hauts-de-France',
    departements: ['02', '59', '60', '62', '80'],
  },
  {
    code: '44',
    name: 'Grand Est',
    nameEn: 'Grand Est',
    departements: ['08', '10', '51', '52', '54', '55', '57', '67', '68', '88'],
  },
  {
    code: '52',
    name: 'Pays de la Loire',
    nameEn: 'Pays de la Loire',
    departements: ['44', '49', '53', '72', '85'],
  },
  { code: '53', name: 'Bretagne', nameEn: 'Brittany', departements: ['22', '29', '35', '56'] },
  {
    code: '75',
    name: 'Nouvelle-Aquitaine',
    nameEn: 'Nouvelle-Aquitaine',
    departements: ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87'],
  },
  {
    code: '76',
    name: 'Occitanie',
    nameEn: 'Occitania',
    departements: ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82'],
  },
  {
    code: '84',
    name: 'Auvergne-Rhône-Alpes',
    nameEn: 'Auvergne-Rhône-Alpes',
    departements: ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'],
  },
  {
    code: '93',
    name: "Provence-Alpes-Côte d'Azur",
    nameEn: "Provence-Alpes-Côte d'Azur",
    departements: ['04', '05', '06', '13', '83', '84'],
  },
  { code: '94', name: 'Corse', nameEn: 'Corsica', departements: ['2A', '2B'] },
  {
    code: '01',
    name: 'Guadeloupe',
    nameEn: 'Guadeloupe',
    departements: ['971'],
    inset: 'guadeloupe',
  },
  {
    code: '02',
    name: 'Martinique',
    nameEn: 'Martinique',
    departements: ['972'],
    inset: 'martinique',
  },
  { code: '03', name: 'Guyane', nameEn: 'French Guiana', departements: ['973'], inset: 'guyane' },
  { code: '04', name: 'La Réunion', nameEn: 'Réunion', departements: ['974'], inset: 'reunion' },
  { code: '06', name: 'Mayotte', nameEn: 'Mayotte', departements: ['976'], inset: 'mayotte' },
];

/** Natural Earth's département code: `gn_a1_code` "FR.59" → "59"; Mayotte has an empty one. */
export function departementCode(properties) {
  const code = String(properties.gn_a1_code ?? '').replace(/^FR\./, '');
  if (code) return code;
  if (properties.code_hasc === 'YT.') return '976';
  throw new Error(`No département code for ${properties.name}`);
}
