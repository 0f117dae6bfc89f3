import { parseQuery } from '..';
import type { CommunityVocabulary } from '../types';
import { demoVocabulary, vocabularyWith } from './vocabularies';

const demo = demoVocabulary();
const filtersOf = (text: string, vocabulary: CommunityVocabulary = demo) => parseQuery({ text, vocabulary }).filters;

const indianCities = vocabularyWith({
  city: [
    'Mumbai',
    'Kolkata',
    'Chennai',
    'Kochi',
    'Pune',
    'Bangalore',
    'Gurugram',
    'Tiruchirappalli',
    'Vadodara',
    'Mysuru',
    'Visakhapatnam',
    'Puducherry',
    'Varanasi',
    'Kozhikode',
    'Thiruvananthapuram',
    'Prayagraj',
    'Delhi',
    'Noida',
    'Ghaziabad',
    'Faridabad',
    'Coimbatore',
    'Hyderabad',
    'Ahmedabad',
    'Lucknow',
    'San Jose',
    'San Francisco',
    'Palo Alto',
    'Seattle',
    'London',
    'Dubai',
  ],
  state: ['Tamil Nadu', 'Kerala', 'Karnataka', 'Maharashtra', 'Uttar Pradesh', 'Andhra Pradesh'],
  country: ['India', 'United States', 'United Kingdom', 'United Arab Emirates', 'Singapore'],
});

describe('places', () => {
  it.each([
    ['Bombay', 'Mumbai'],
    ['Calcutta', 'Kolkata'],
    ['Madras', 'Chennai'],
    ['Cochin', 'Kochi'],
    ['Poona', 'Pune'],
    ['Bengaluru', 'Bangalore'],
    ['Bangalore', 'Bangalore'],
    ['Gurgaon', 'Gurugram'],
    ['Trichy', 'Tiruchirappalli'],
    ['Baroda', 'Vadodara'],
    ['Mysore', 'Mysuru'],
    ['Vizag', 'Visakhapatnam'],
    ['Pondicherry', 'Puducherry'],
    ['Benares', 'Varanasi'],
    ['Calicut', 'Kozhikode'],
    ['Trivandrum', 'Thiruvananthapuram'],
    ['Allahabad', 'Prayagraj'],
  ])('reads the old or everyday name %s as %s, the spelling members use', (typed, city) => {
    expect(filtersOf(`founders in ${typed}`, indianCities).city).toEqual([city]);
  });

  it('matches whichever spelling the community uses, and both when both are present', () => {
    expect(filtersOf('people in Bangalore').city).toEqual(['Bengaluru']);
    const both = vocabularyWith({ city: ['Bangalore', 'Bengaluru'] });
    expect(filtersOf('people in Bengaluru', both).city).toEqual(['Bangalore', 'Bengaluru']);
  });

  it('is case-insensitive and reads "New Delhi" and "Dilli" as Delhi', () => {
    expect(filtersOf('CHENNAI').city).toEqual(['Chennai']);
    expect(filtersOf('san jose').city).toEqual(['San Jose']);
    expect(filtersOf('New Delhi').city).toEqual(['Delhi']);
    expect(filtersOf('dilli mein koi').city).toEqual(['Delhi']);
  });

  it('leaves a place that is part of an institution\'s name to the text: "IIT Madras", "Delhi University"', () => {
    expect(parseQuery({ text: 'people who studied at IIT Madras', vocabulary: demo })).toMatchObject({
      filters: {},
      text: 'studied IIT Madras',
    });
    expect(parseQuery({ text: 'Bombay Stock Exchange', vocabulary: demo }).filters).toEqual({});
    expect(parseQuery({ text: 'IIT Delhi alumni in Delhi', vocabulary: demo })).toMatchObject({
      filters: { city: ['Delhi'] },
      text: 'IIT Delhi',
    });
  });

  it('gives no filter for a place where no member lives, and leaves its name in the text', () => {
    const parsed = parseQuery({ text: 'doctors in Nagpur', vocabulary: demo });
    expect(parsed.filters.city).toBeUndefined();
    expect(parsed.text).toBe('Nagpur');
  });

  describe('regions expand to the vocabulary cities they contain', () => {
    it('NCR and Delhi NCR', () => {
      expect(filtersOf('builders in NCR', indianCities).city).toEqual([
        'Gurugram',
        'Delhi',
        'Noida',
        'Ghaziabad',
        'Faridabad',
      ]);
      expect(filtersOf('Delhi NCR', indianCities).city).toEqual([
        'Gurugram',
        'Delhi',
        'Noida',
        'Ghaziabad',
        'Faridabad',
      ]);
      expect(filtersOf('Delhi-NCR', indianCities).city).toHaveLength(5);
      expect(filtersOf('NCR').city).toEqual(['Delhi']);
    });

    it('Bay Area and Silicon Valley', () => {
      expect(filtersOf('Bay Area', indianCities).city).toEqual(['San Jose', 'San Francisco', 'Palo Alto']);
      expect(filtersOf('silicon valley founders', indianCities).city).toEqual([
        'San Jose',
        'San Francisco',
        'Palo Alto',
      ]);
      expect(filtersOf('bay area').city).toEqual(['San Jose']);
    });

    it("South India: the members' cities in Tamil Nadu, Karnataka, Kerala, Telangana and Andhra Pradesh", () => {
      expect([...(filtersOf('South India').city ?? [])].sort()).toEqual(
        ['Bengaluru', 'Chennai', 'Coimbatore', 'Hyderabad', 'Kochi', 'Madurai', 'Tiruchirappalli'].sort()
      );
    });

    it("falls back to states when the community's cities are unknown to the gazetteer", () => {
      const smallTowns = vocabularyWith({
        city: ['Sathyamangalam', 'Gobichettipalayam'],
        state: ['Tamil Nadu', 'Kerala', 'Punjab'],
      });
      expect(filtersOf('South India', smallTowns)).toEqual({ state: ['Tamil Nadu', 'Kerala'] });
    });

    it('country groups: Gulf, Europe, and "abroad"/NRIs as every country but India', () => {
      expect(filtersOf('in the Gulf', indianCities).country).toEqual(['United Arab Emirates']);
      expect(filtersOf('Europe', indianCities).country).toEqual(['United Kingdom']);
      expect(filtersOf('NRIs', indianCities).country).toEqual([
        'United States',
        'United Kingdom',
        'United Arab Emirates',
        'Singapore',
      ]);
      expect(filtersOf('abroad', indianCities).country).not.toContain('India');
    });

    it('a city named beside its own region keeps the narrower city', () => {
      expect(filtersOf('Noida in NCR', indianCities).city).toEqual(['Noida']);
    });
  });

  describe('states', () => {
    it('reads names and short forms', () => {
      expect(filtersOf('builders in Tamil Nadu').state).toEqual(['Tamil Nadu']);
      expect(filtersOf('TN founders').state).toEqual(['Tamil Nadu']);
      expect(filtersOf('tamilnadu').state).toEqual(['Tamil Nadu']);
      expect(filtersOf('Kerala').state).toEqual(['Kerala']);
    });

    it('capital-letter codes that are also words count only in capitals', () => {
      expect(filtersOf('doctors in UP', indianCities).state).toEqual(['Uttar Pradesh']);
      expect(filtersOf('doctors in AP', indianCities).state).toEqual(['Andhra Pradesh']);
      expect(filtersOf('catch up with doctors', indianCities).state).toBeUndefined();
    });

    it('uses the cities of a state when members have no such state value', () => {
      const citiesOnly = vocabularyWith({ city: ['Chennai', 'Madurai', 'Pune'] });
      expect(filtersOf('Tamil Nadu', citiesOnly)).toEqual({ city: ['Chennai', 'Madurai'] });
    });

    it('"Delhi" is the city (it is also a state)', () => {
      expect(filtersOf('zookeepers in Delhi')).toEqual({ city: ['Delhi'] });
    });
  });

  describe('countries', () => {
    it.each([
      ['US', 'United States'],
      ['USA', 'United States'],
      ['U.S.A.', 'United States'],
      ['America', 'United States'],
      ['UK', 'United Kingdom'],
      ['Britain', 'United Kingdom'],
      ['UAE', 'United Arab Emirates'],
    ])('%s → %s', (typed, country) => {
      expect(filtersOf(`founders in ${typed}`).country).toEqual([country]);
    });

    it('never reads the pronoun "us" as the United States', () => {
      expect(filtersOf('someone to help us with GST').country).toBeUndefined();
    });

    it('prefers the city for a city-state such as Singapore', () => {
      expect(filtersOf('Singapore')).toEqual({ city: ['Singapore'] });
    });
  });
});
