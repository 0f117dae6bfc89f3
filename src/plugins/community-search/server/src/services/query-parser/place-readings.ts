import { normalizePhrase } from './normalize';
import { COUNTRIES, FOREIGN_CITIES, INDIAN_CITIES, REGIONS, STATES, placeNames } from './places';
import type { FieldOption } from './readings';
import type { VocabularyIndex } from './vocabulary-index';

/** Names that may be typed, and what they mean in this community. */
export type PlaceSense = { terms: string[]; options: FieldOption[] };

type CityGroup = { names: string[]; state?: string; country: string };

const CITY_GROUPS: CityGroup[] = [
  ...Object.entries(INDIAN_CITIES).flatMap(([state, cities]) =>
    cities.map((names) => ({ names: placeNames(names), state, country: 'India' }))
  ),
  ...FOREIGN_CITIES.flatMap(({ country, state, cities }) =>
    cities.map((names) => ({ names: placeNames(names), state, country }))
  ),
];

const CITY_GROUP_BY_NAME = new Map<string, CityGroup>();
for (const group of CITY_GROUPS) {
  for (const name of group.names) {
    const key = normalizePhrase(name);
    if (!CITY_GROUP_BY_NAME.has(key)) CITY_GROUP_BY_NAME.set(key, group);
  }
}

const STATE_NAMES = new Map<string, string[]>(STATES.map(({ names }) => [placeNames(names)[0], placeNames(names)]));

function cityNamesIn(states: string[]): string[] {
  const wanted = new Set(states);
  return CITY_GROUPS.filter((group) => group.state !== undefined && wanted.has(group.state)).flatMap(
    (group) => group.names
  );
}

function allNamesOfCities(cities: string[]): string[] {
  return cities.flatMap((city) => CITY_GROUP_BY_NAME.get(normalizePhrase(city))?.names ?? [city]);
}

function allNamesOfStates(states: string[]): string[] {
  return states.flatMap((state) => STATE_NAMES.get(state) ?? [state]);
}

function allNamesOfCountries(countries: string[]): string[] {
  return countries.flatMap((country) =>
    placeNames(COUNTRIES.find((names) => placeNames(names)[0] === country) ?? country)
  );
}

/** Every place name and region the parser knows, resolved against the community's vocabulary. */
export function placeSenses(index: VocabularyIndex): PlaceSense[] {
  const senses: PlaceSense[] = [];

  for (const group of CITY_GROUPS) {
    senses.push({ terms: group.names, options: [{ field: 'city', values: index.named('city', group.names) }] });
  }

  for (const { names } of STATES) {
    const stateNames = placeNames(names);
    senses.push({
      terms: stateNames,
      options: [
        { field: 'state', values: index.named('state', stateNames) },
        // Members' state may be blank or spelled differently; their city still places them.
        { field: 'city', values: index.named('city', cityNamesIn([stateNames[0]])) },
      ],
    });
  }

  for (const names of COUNTRIES) {
    const countryNames = placeNames(names);
    senses.push({ terms: countryNames, options: [{ field: 'country', values: index.named('country', countryNames) }] });
  }

  for (const region of REGIONS) {
    const options: FieldOption[] = [];
    if (region.cities) options.push({ field: 'city', values: index.named('city', allNamesOfCities(region.cities)) });
    if (region.states) {
      options.push({ field: 'city', values: index.named('city', cityNamesIn(region.states)) });
      options.push({ field: 'state', values: index.named('state', allNamesOfStates(region.states)) });
    }
    if (region.countries) {
      options.push({ field: 'country', values: index.named('country', allNamesOfCountries(region.countries)) });
    }
    if (region.allCountriesBut) {
      const excluded = new Set(index.named('country', allNamesOfCountries(region.allCountriesBut)));
      options.push({ field: 'country', values: index.all('country').filter((country) => !excluded.has(country)) });
    }
    senses.push({ terms: placeNames(region.names), options });
  }

  return senses;
}

/** Every place name the parser knows, whether or not members live there (never read as a typo). */
export function knownPlaceNames(): string[] {
  return [
    ...CITY_GROUPS.flatMap((group) => group.names),
    ...STATES.flatMap(({ names }) => placeNames(names)),
    ...COUNTRIES.flatMap(placeNames),
    ...REGIONS.flatMap(({ names }) => placeNames(names)),
  ];
}
