/**
 * The demo collective, modelled on the regional "Dynamique Climat" coordinated by a
 * sustainable-development resource centre in Hauts-de-France, with its call for commitments.
 */
import type { Collective, Theme } from '@coalition-kit/sdk';
import type { Clock } from './clock.js';

export const THEMES = [
  { id: 'mobilite', label: 'Mobilité' },
  { id: 'energie', label: 'Énergie' },
  { id: 'alimentation', label: 'Alimentation' },
  { id: 'adaptation', label: 'Adaptation au changement climatique' },
  { id: 'sensibilisation', label: 'Sensibilisation' },
  { id: 'solidarite-internationale', label: 'Solidarité internationale' },
  { id: 'biodiversite', label: 'Biodiversité' },
  { id: 'eclairage-nocturne', label: 'Éclairage nocturne' },
  { id: 'evenementiel-durable', label: 'Évènementiel durable' },
  { id: 'eco-materiaux', label: 'Éco-matériaux' },
  { id: 'justice-climatique', label: 'Justice climatique' },
  { id: 'concertation', label: 'Concertation et participation citoyenne' },
  { id: 'sols', label: 'Sols et stockage carbone' },
  { id: 'education', label: 'Éducation' },
] as const satisfies readonly Theme[];

export type ThemeId = (typeof THEMES)[number]['id'];

export const CAMPAIGN_ID = 'appel-engagements';

export function collective(c: Clock): Collective {
  return {
    version: 1,
    id: 'dynamique-climat-hdf',
    name: 'Collectif Dynamique Climat Hauts-de-France',
    description:
      'Depuis 2014, une cinquantaine de structures ont répondu à l’appel du centre régional de ressources du développement durable pour coordonner la communication climat régionale, consolider les liens entre acteurs et valoriser les actions de chacun. Associations, collectivités, établissements publics, entreprises et collectifs citoyens partagent un agenda commun, un kit de communication et un appel à engagements, pour montrer que la mobilisation est réelle et que des solutions existent.',
    url: 'https://example.org/dynamique-climat',
    timeZone: c.timeZone,
    // Both colours reach the WCAG AA contrast ratio (4.5:1) for text on white.
    brand: { primary: '#1f6f43', accent: '#b34700' },
    themes: THEMES.map((t) => ({ ...t })),
    campaigns: [
      {
        id: CAMPAIGN_ID,
        title: 'Appel à engagements citoyens',
        description:
          'Habitants, associations, entreprises et collectivités : engagez-vous pour le climat et portez une seule et même voix régionale. Chaque engagement compte et rejoint le compteur commun du collectif.',
        goal: 500,
        // A pledge counts once its owner confirms it from the message sent by e-mail.
        confirmation: 'email',
        opensAt: c.at(-60, '09:00'),
        closesAt: c.at(180, '23:59'),
        commitments: [
          {
            id: 'reduire-energie',
            label: 'Je réduis ma consommation d’énergie',
            themes: ['energie'],
          },
          {
            id: 'velo-transports-en-commun',
            label: 'Je privilégie le vélo et les transports en commun',
            themes: ['mobilite'],
          },
          {
            id: 'climate-tour',
            label: 'Je participe à un Climate Tour',
            themes: ['sensibilisation'],
          },
          {
            id: 'alimentation-locale',
            label: 'Je choisis une alimentation locale et de saison',
            themes: ['alimentation'],
          },
          {
            id: 'en-parler',
            label: 'J’en parle autour de moi et je relaie l’agenda commun',
            themes: ['sensibilisation'],
          },
          {
            id: 'rejoindre-coalition',
            label: 'Mon organisation crée ou rejoint une coalition d’acteurs',
            themes: ['concertation'],
          },
          {
            id: 'mobilites-alternatives',
            label: 'Mon organisation encourage les alternatives à la voiture individuelle',
            themes: ['mobilite'],
          },
          {
            id: 'evenementiel-durable',
            label: 'Mon organisation rend ses évènements plus durables',
            themes: ['evenementiel-durable'],
          },
          {
            id: 'eclairage-nocturne',
            label: 'Mon organisation réduit et optimise son éclairage nocturne',
            themes: ['eclairage-nocturne', 'biodiversite'],
          },
          {
            id: 'eco-materiaux',
            label: 'Mon organisation utilise des éco-matériaux dans ses constructions',
            themes: ['eco-materiaux'],
          },
          {
            id: 'forum-annuel',
            label: 'Mon organisation présente ses avancées au forum annuel des acteurs engagés',
          },
        ],
        pledgerKinds: ['citizen', 'organisation'],
        privacyUrl: 'https://example.org/confidentialite',
        retentionMonths: 24,
      },
    ],
  };
}
