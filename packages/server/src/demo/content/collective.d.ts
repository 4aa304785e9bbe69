/**
 * The demo collective, modelled on the regional "Dynamique Climat" coordinated by a
 * sustainable-development resource centre in Hauts-de-France, with its call for commitments.
 */
import type { Collective } from '../../../../sdk/src/index.js';
import type { Clock } from './clock.js';
export declare const THEMES: readonly [
  {
    readonly id: 'mobilite';
    readonly label: 'Mobilité';
  },
  {
    readonly id: 'energie';
    readonly label: 'Énergie';
  },
  {
    readonly id: 'alimentation';
    readonly label: 'Alimentation';
  },
  {
    readonly id: 'adaptation';
    readonly label: 'Adaptation au changement climatique';
  },
  {
    readonly id: 'sensibilisation';
    readonly label: 'Sensibilisation';
  },
  {
    readonly id: 'solidarite-internationale';
    readonly label: 'Solidarité internationale';
  },
  {
    readonly id: 'biodiversite';
    readonly label: 'Biodiversité';
  },
  {
    readonly id: 'eclairage-nocturne';
    readonly label: 'Éclairage nocturne';
  },
  {
    readonly id: 'evenementiel-durable';
    readonly label: 'Évènementiel durable';
  },
  {
    readonly id: 'eco-materiaux';
    readonly label: 'Éco-matériaux';
  },
  {
    readonly id: 'justice-climatique';
    readonly label: 'Justice climatique';
  },
  {
    readonly id: 'concertation';
    readonly label: 'Concertation et participation citoyenne';
  },
  {
    readonly id: 'sols';
    readonly label: 'Sols et stockage carbone';
  },
  {
    readonly id: 'education';
    readonly label: 'Éducation';
  },
];
export type ThemeId = (typeof THEMES)[number]['id'];
export declare const CAMPAIGN_ID = 'appel-engagements';
export declare function collective(c: Clock): Collective;
//# sourceMappingURL=collective.d.ts.map
