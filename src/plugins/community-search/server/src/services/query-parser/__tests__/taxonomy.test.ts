import { TAXONOMY, parseQuery } from '..';
import { normalizePhrase } from '../normalize';
import type { CommunityVocabulary, ListFilterField, Synonym } from '../types';
import { demoVocabulary, vocabularyWith } from './vocabularies';

const professionals = vocabularyWith({
  city: ['Chennai', 'Mumbai'],
  skills: [
    'Artificial Intelligence',
    'Machine Learning',
    'Deep Learning',
    'Data Science',
    'Natural Language Processing',
    'Computer Vision',
    'Python',
    'Java',
    'React',
    'Dermatology',
    'Ophthalmology',
    'Cardiology',
    'Paediatrics',
    'Orthopaedics',
    'Chartered Accountancy',
    'Audit',
    'Energy Audit',
    'Taxation',
    'GST',
    'Litigation',
    'Contract Drafting',
    'Arbitration',
    'Solar Energy',
    'Renewable Energy',
    'CNC Machining',
    'Sheet Metal Fabrication',
    'Export Import',
    'Real Estate Development',
    'Interior Design',
    'Hotel Management',
    'Restaurant Management',
    'SEO',
    'Public Relations',
    'Digital Marketing',
    'Wealth Management',
    'Mutual Funds',
    'Investment Banking',
    'Teaching',
    'Blockchain',
    'Cloud Computing',
    'DevOps',
    'Cybersecurity',
    'Software Architecture',
    'Architecture',
  ],
  designation: [
    'Founder',
    'Founder & CEO',
    'Co-founder',
    'Owner',
    'Proprietor',
    'Managing Director',
    'Director',
    'CEO',
    'CTO',
    'Physician',
    'Orthopaedic Surgeon',
    'Dermatologist',
    'Advocate',
    'Senior Advocate',
    'Chartered Accountant',
    'Software Engineer',
    'Senior Architect',
    'Solutions Architect',
    'Professor',
    'Dean',
    'Investment Banker',
    'Consultant',
    'Bank Manager',
    'Partner',
  ],
});

const industries = vocabularyWith({
  industry: [
    'Information Technology',
    'Pharmaceuticals',
    'Textiles & Apparel',
    'Automotive',
    'Manufacturing',
    'Healthcare',
    'Finance & Accounting',
    'Real Estate & Construction',
    'Logistics & Trade',
    'Food & Hospitality',
    'Legal',
    'Marketing & Media',
    'Education',
    'Energy',
  ],
});

const parse = (text: string, vocabulary: CommunityVocabulary = professionals, synonyms?: Synonym[]) =>
  parseQuery({ text, vocabulary, synonyms });
const sorted = (values: string[] | undefined) => [...(values ?? [])].sort();
const fieldsOf = (text: string, vocabulary?: CommunityVocabulary) => Object.keys(parse(text, vocabulary).filters);

const AI_SKILLS = [
  'Artificial Intelligence',
  'Computer Vision',
  'Data Science',
  'Deep Learning',
  'Machine Learning',
  'Natural Language Processing',
];

describe('skills and professions taxonomy', () => {
  it.each([
    'AI',
    'A.I.',
    'artificial intelligence',
    'machine learning',
    'ML',
    'deep learning',
    'data science',
    'NLP',
    'computer vision',
    'GenAI',
    'data scientists',
  ])('"%s" expands to the whole AI family of skills', (term) => {
    const parsed = parse(`${term} experts`);
    expect(sorted(parsed.filters.skills)).toEqual(AI_SKILLS);
    expect(parsed.text).toBe('experts');
  });

  it.each([
    ['skin doctor', ['Dermatology']],
    ['dermatologist', ['Dermatology']],
    ['eye doctor', ['Ophthalmology']],
    ['ophthalmologist', ['Ophthalmology']],
    ['heart doctor', ['Cardiology']],
    ['cardiologist', ['Cardiology']],
    ['child doctor', ['Paediatrics']],
    ['pediatrician', ['Paediatrics']],
    ['paediatrics', ['Paediatrics']],
    ['bone doctor', ['Orthopaedics']],
    ['orthopedic', ['Orthopaedics']],
  ])('lay medical term "%s" → skills %j', (term, skills) => {
    expect(parse(`${term} in Chennai`).filters).toEqual({ skills, city: ['Chennai'] });
  });

  it('a specialist with no such skill in the community falls back to the designation', () => {
    const noSkills = vocabularyWith({ designation: ['Dermatologist', 'Physician'] });
    expect(parse('skin doctor', noSkills).filters).toEqual({ designation: ['Dermatologist'] });
  });

  describe('chartered accountants, tax and audit', () => {
    it.each([
      'CA',
      'chartered accountant',
      'tax consultant',
      'taxation',
      'GST',
      'audit',
      'accountants',
      'CAs',
      'income tax',
    ])('"%s" → the accounting skills (skills before designation), never Energy Audit', (term) => {
      const parsed = parse(`${term} in Mumbai`);
      expect(sorted(parsed.filters.skills)).toEqual(['Audit', 'Chartered Accountancy', 'GST', 'Taxation']);
      expect(parsed.filters.designation).toBeUndefined();
    });

    it('"CA" becomes the designation when no member lists accounting skills', () => {
      const designationsOnly = vocabularyWith({
        designation: ['Chartered Accountant', 'Founder'],
        skills: ['Energy Audit'],
      });
      expect(parse('CA', designationsOnly).filters).toEqual({ designation: ['Chartered Accountant'] });
    });

    it('"someone who can audit my accounts"', () => {
      const parsed = parse('someone who can audit my accounts');
      expect(sorted(parsed.filters.skills)).toEqual(['Audit', 'Chartered Accountancy', 'GST', 'Taxation']);
      expect(parsed.text).toBe('');
    });

    it('"energy audit" is its own skill, not accounting', () => {
      expect(parse('energy audit').filters).toEqual({ skills: ['Energy Audit'] });
    });
  });

  describe('law', () => {
    it('lawyer and advocate are job titles first', () => {
      expect(parse('lawyers in Chennai').filters).toEqual({
        designation: ['Advocate', 'Senior Advocate'],
        city: ['Chennai'],
      });
      expect(parse('advocate').filters).toEqual({ designation: ['Advocate', 'Senior Advocate'] });
    });

    it('legal practice words are skills', () => {
      for (const term of ['legal', 'litigation', 'contract drafting', 'arbitration', 'legal advice']) {
        expect(sorted(parse(term).filters.skills)).toEqual(['Arbitration', 'Contract Drafting', 'Litigation']);
      }
    });

    it('lawyers become legal skills where members have no lawyer titles (the sample community)', () => {
      expect(sorted(parse('lawyer', demoVocabulary()).filters.skills)).toEqual([
        'Arbitration',
        'Contract Drafting',
        'Intellectual Property',
        'Litigation',
        'Trademark Registration',
      ]);
    });
  });

  it.each(['coder', 'programmers', 'developers', 'software engineers', 'coding'])(
    '"%s" → programming skills',
    (term) => {
      expect(sorted(parse(term).filters.skills)).toEqual(['Java', 'Python', 'React']);
    }
  );

  it('a broad term beside a narrower one in the same field adds nothing: "python developer" stays Python', () => {
    expect(parse('python developer in Chennai').filters).toEqual({ skills: ['Python'], city: ['Chennai'] });
    expect(parse('java or react developers').filters).toEqual({ skills: ['Java', 'React'] });
  });

  it.each([
    ['solar', ['Renewable Energy', 'Solar Energy']],
    ['renewable energy', ['Renewable Energy', 'Solar Energy']],
    ['CNC', ['CNC Machining']],
    ['fabrication', ['Sheet Metal Fabrication']],
    ['exporters', ['Export Import']],
    ['interior designer', ['Interior Design']],
    ['hotel', ['Hotel Management', 'Restaurant Management']],
    ['restaurant', ['Hotel Management', 'Restaurant Management']],
    ['SEO', ['Digital Marketing', 'Public Relations', 'SEO']],
    ['PR', ['Digital Marketing', 'Public Relations', 'SEO']],
    ['digital marketing', ['Digital Marketing', 'Public Relations', 'SEO']],
    ['mutual funds', ['Mutual Funds', 'Wealth Management']],
    ['investment banking', ['Investment Banking']],
    ['teaching', ['Teaching']],
    ['crypto', ['Blockchain']],
    ['AWS', ['Cloud Computing', 'DevOps']],
    ['devops', ['Cloud Computing', 'DevOps']],
    ['infosec', ['Cybersecurity']],
  ])('"%s" → skills %j', (term, skills) => {
    expect(sorted(parse(term).filters.skills)).toEqual(skills);
  });
});

describe('role words', () => {
  it.each([
    ['founders', ['Co-founder', 'Founder', 'Founder & CEO']],
    ['co-founder', ['Co-founder', 'Founder', 'Founder & CEO']],
    ['business owners', ['Co-founder', 'Founder', 'Founder & CEO', 'Managing Director', 'Owner', 'Proprietor']],
    ['proprietor', ['Co-founder', 'Founder', 'Founder & CEO', 'Managing Director', 'Owner', 'Proprietor']],
    ['entrepreneurs', ['Co-founder', 'Founder', 'Founder & CEO', 'Managing Director', 'Owner', 'Proprietor']],
    ['doctors', ['Dermatologist', 'Orthopaedic Surgeon', 'Physician']],
    ['surgeon', ['Dermatologist', 'Orthopaedic Surgeon', 'Physician']],
    ['CEOs', ['CEO', 'Founder & CEO']],
    ['CTO', ['CTO']],
    ['directors', ['Director', 'Managing Director']],
    ['consultants', ['Consultant']],
    ['bankers', ['Bank Manager', 'Investment Banker']],
    ['architects', ['Senior Architect']],
    ['professors', ['Dean', 'Professor']],
    ['teachers', ['Dean', 'Professor']],
    ['engineers', ['Software Engineer']],
  ])('"%s" → designations %j', (term, designations) => {
    expect(sorted(parse(term).filters.designation)).toEqual(designations);
  });

  describe('owning a business', () => {
    it.each([
      'runs a factory',
      'owns a business',
      'has his own company',
      'runs a small business',
      'factory owners',
      'factory chalate hain',
    ])('"%s" → business owners', (phrase) => {
      expect(sorted(parse(`who ${phrase}`).filters.designation)).toEqual([
        'Co-founder',
        'Founder',
        'Founder & CEO',
        'Managing Director',
        'Owner',
        'Proprietor',
      ]);
    });

    it('"runs a factory" is read as an owner, not as industry Manufacturing, and "factory" stays for ranking', () => {
      const parsed = parse('runs a factory', { ...professionals, industry: ['Manufacturing', 'Textiles & Apparel'] });
      expect(parsed.filters.industry).toBeUndefined();
      expect(parsed.text).toBe('factory');
    });

    it('"factories" alone is the Manufacturing industry', () => {
      expect(parse('factories in Mumbai', { ...professionals, industry: ['Manufacturing'] }).filters).toEqual({
        industry: ['Manufacturing'],
        city: ['Mumbai'],
      });
    });

    it('"runs a factory" falls back to Manufacturing when no member has an owner title', () => {
      expect(parse('runs a factory', industries).filters).toEqual({ industry: ['Manufacturing'] });
    });

    it('"started a company" reads as a founder', () => {
      expect(sorted(parse('someone who started a company').filters.designation)).toEqual([
        'Co-founder',
        'Founder',
        'Founder & CEO',
      ]);
    });

    it('"runs a hospital" is an owner in healthcare', () => {
      expect(parse('runs a hospital', { ...professionals, industry: ['Healthcare'] }).filters.industry).toEqual([
        'Healthcare',
      ]);
    });
  });
});

describe('industry words', () => {
  it.each([
    ['IT', 'Information Technology'],
    ['software', 'Information Technology'],
    ['tech', 'Information Technology'],
    ['pharma', 'Pharmaceuticals'],
    ['textile', 'Textiles & Apparel'],
    ['garments', 'Textiles & Apparel'],
    ['auto', 'Automotive'],
    ['EV', 'Automotive'],
    ['manufacturing', 'Manufacturing'],
    ['factory', 'Manufacturing'],
    ['healthcare', 'Healthcare'],
    ['hospitals', 'Healthcare'],
    ['finance', 'Finance & Accounting'],
    ['banking', 'Finance & Accounting'],
    ['accounting', 'Finance & Accounting'],
    ['real estate', 'Real Estate & Construction'],
    ['construction', 'Real Estate & Construction'],
    ['logistics', 'Logistics & Trade'],
    ['shipping', 'Logistics & Trade'],
    ['export', 'Logistics & Trade'],
    ['food', 'Food & Hospitality'],
    ['hotels', 'Food & Hospitality'],
    ['restaurant', 'Food & Hospitality'],
    ['legal', 'Legal'],
    ['media', 'Marketing & Media'],
    ['marketing', 'Marketing & Media'],
    ['education', 'Education'],
    ['energy', 'Energy'],
    ['power', 'Energy'],
  ])('"%s" → %s', (term, industry) => {
    expect(parse(`${term} companies`, industries).filters).toEqual({ industry: [industry] });
  });

  it('lower-case "it" is the pronoun unless followed by an industry word', () => {
    expect(fieldsOf('is it urgent', industries)).toEqual([]);
    expect(fieldsOf('IS IT URGENT', industries)).toEqual([]);
    expect(parse('it companies in Pune', industries).filters.industry).toEqual(['Information Technology']);
    expect(parse('IT', industries).filters.industry).toEqual(['Information Technology']);
  });

  it('"CS" is a company secretary where members are, and computer science where the community is of engineers', () => {
    const business = vocabularyWith({
      designation: ['Company Secretary', 'Chartered Accountant'],
      branch: ['Computer Science'],
    });
    expect(parse('CS in Chennai', business).filters).toEqual({ designation: ['Company Secretary'] });
    expect(parse('B.Tech CS', { ...business, degree: ['B.Tech'] }).filters).toEqual({
      degree: ['B.Tech'],
      branch: ['Computer Science'],
    });
    expect(parse('CS 2005 batch', demoVocabulary()).filters.branch).toEqual(['Computer Science']);
  });
});

describe('admin synonyms', () => {
  it('add lay terms of their own', () => {
    const synonyms = [{ term: 'munshi ji', canonical: ['Chartered Accountancy'] }];
    expect(parse('munshi ji in Chennai', professionals, synonyms).filters).toEqual({
      skills: ['Chartered Accountancy'],
      city: ['Chennai'],
    });
  });

  it('override the built-in taxonomy for the same term', () => {
    const synonyms = [{ term: 'CA', canonical: ['Chartered Accountant'] }];
    expect(parse('CA', professionals, synonyms).filters).toEqual({ designation: ['Chartered Accountant'] });
    expect(
      parse('skin doctor', professionals, [{ term: 'skin doctor', canonical: ['Dermatologist'] }]).filters
    ).toEqual({
      designation: ['Dermatologist'],
    });
  });

  it('may name a known term instead of vocabulary values', () => {
    const synonyms = [{ term: 'hisaab wala', canonical: ['CA'] }];
    expect(sorted(parse('hisaab wala', professionals, synonyms).filters.skills)).toEqual([
      'Audit',
      'Chartered Accountancy',
      'GST',
      'Taxation',
    ]);
  });

  it('are ignored when their values are not in the community, leaving the words in the text', () => {
    const parsed = parse('zoo keeper', professionals, [{ term: 'zoo keeper', canonical: ['Zookeeping'] }]);
    expect(parsed.filters).toEqual({});
    expect(parsed.text).toBe('zoo keeper');
  });
});

describe('taxonomy data', () => {
  const concepts = TAXONOMY.flatMap((group) => group.concepts);
  const listFields: ListFilterField[] = [
    'city',
    'state',
    'country',
    'skills',
    'industry',
    'designation',
    'organization',
    'degree',
    'branch',
  ];

  it('has unique ids, and every concept has terms and values in real fields', () => {
    expect(new Set(concepts.map((concept) => concept.id)).size).toBe(concepts.length);
    for (const concept of concepts) {
      expect(concept.terms.length).toBeGreaterThan(0);
      expect(Object.keys(concept.values).length).toBeGreaterThan(0);
      for (const field of [...Object.keys(concept.values), ...Object.keys(concept.exclude ?? {})]) {
        expect(listFields).toContain(field);
      }
      for (const term of concept.terms) expect(normalizePhrase(term)).not.toBe('');
    }
  });

  it('gives a term to one concept only, except the known homonyms', () => {
    const owners = new Map<string, Set<string>>();
    for (const concept of concepts) {
      for (const term of concept.terms)
        owners.set(normalizePhrase(term), (owners.get(normalizePhrase(term)) ?? new Set()).add(concept.id));
    }
    const shared = [...owners]
      .filter(([, ids]) => ids.size > 1)
      .map(([term]) => term)
      .sort();
    // CS: company secretary or computer science; LLM: language model or law degree; MD: managing director or
    // medical degree.
    expect(shared).toEqual(['cs', 'llm', 'md']);
  });
});
