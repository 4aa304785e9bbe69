/**
 * The IANA zone of a calendar's TZID. Outlook and Exchange write Windows zone names
 * (`Romance Standard Time`), sometimes their display names (`(UTC+01:00) Bruxelles,
 * Copenhague, Madrid, Paris`), old Lightning a prefixed path (`/mozilla.org/…/Europe/Paris`).
 * The Windows names are those French collectives meet (France and its overseas territories,
 * its neighbours, French-speaking Africa and Québec), after CLDR's windowsZones.xml, taking
 * the zone of the French territory (or of Canada) where a Windows zone covers one.
 */
import { isTimeZone } from '@coalition-kit/sdk';

const WINDOWS_ZONES: Record<string, string> = {
  'romance standard time': 'Europe/Paris',
  'w. europe standard time': 'Europe/Berlin',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'coordinated universal time': 'UTC',
  'e. europe standard time': 'Europe/Chisinau',
  'gtb standard time': 'Europe/Bucharest',
  'fle standard time': 'Europe/Kiev',
  'morocco standard time': 'Africa/Casablanca',
  'w. central africa standard time': 'Africa/Lagos',
  'e. africa standard time': 'Africa/Nairobi',
  'south africa standard time': 'Africa/Johannesburg',
  // Réunion, Guadeloupe and Martinique, Guyane, Saint-Pierre-et-Miquelon, Nouvelle-Calédonie, Tahiti.
  'mauritius standard time': 'Indian/Reunion',
  'sa western standard time': 'America/Martinique',
  'sa eastern standard time': 'America/Cayenne',
  'saint pierre standard time': 'America/Miquelon',
  'central pacific standard time': 'Pacific/Noumea',
  'hawaiian standard time': 'Pacific/Tahiti',
  'eastern standard time': 'America/Toronto',
  'atlantic standard time': 'America/Halifax',
};

/** Cities of Outlook's display names (English and French Windows) and their zones. */
const DISPLAY_CITIES: [RegExp, string][] = [
  [/\bParis\b/, 'Europe/Paris'],
  [/\bBerlin\b/, 'Europe/Berlin'],
  [/\b(London|Londres)\b/, 'Europe/London'],
];

/** The IANA name for `tzid`, or undefined when it is none of the forms above. */
export function ianaZone(tzid: string): string | undefined {
  const name = tzid.trim().replace(/^"(.*)"$/, '$1');
  if (name === '') return undefined;
  if (isTimeZone(name)) return name;
  const windows = WINDOWS_ZONES[name.toLowerCase()];
  if (windows) return windows;
  const parts = name.split('/');
  for (let i = 1; i < parts.length - 1; i++) {
    const tail = parts.slice(i).join('/');
    if (isTimeZone(tail)) return tail;
  }
  if (/^\((UTC|GMT)/.test(name)) return DISPLAY_CITIES.find(([city]) => city.test(name))?.[1];
  return undefined;
}
