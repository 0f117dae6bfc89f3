import type { ListFilterField } from './types';

/**
 * The words members use for skills, professions, roles, sectors, degrees and branches, and the
 * vocabulary values each stands for. Plain data: extend it freely; admins' own synonyms
 * (ParseInput.synonyms) are applied on top of it.
 *
 * A concept has:
 * - `terms`: what people type, lay words and abbreviations included ("skin doctor", "CA"). Terms
 *   are compared case-insensitively, with plurals ("doctors") and small typos tolerated.
 * - `values`: per field, the phrases a vocabulary value must contain as whole words to belong to
 *   the concept ("surgeon" takes in "Orthopaedic Surgeon"); a leading "=" asks for the whole
 *   value instead ("=audit" takes "Audit" but not "Energy Audit"). Plurals are ignored here too.
 * - `exclude`: per field, phrases that keep a value out even when it matches.
 * - `fields`: the order in which fields are tried; a concept becomes a filter on the FIRST field
 *   for which the community has matching values, expanded to all of that field's matching values.
 *   When left out, it follows the group the concept is in (see TAXONOMY at the bottom).
 *
 * A term listed in two concepts keeps both readings, the earlier concept first.
 */
export type Concept = {
  id: string;
  terms: string[];
  values: Partial<Record<ListFilterField, string[]>>;
  exclude?: Partial<Record<ListFilterField, string[]>>;
  fields?: ListFilterField[];
};

const MEDICAL_SPECIALTY_SKILLS = [
  'general medicine', 'internal medicine', 'family medicine', 'cardiology', 'dermatology', 'paediatrics', 'pediatrics',
  'orthopaedics', 'orthopedics', 'gynaecology', 'gynecology', 'obstetrics', 'neurology', 'neurosurgery', 'oncology',
  'psychiatry', 'radiology', 'ophthalmology', 'surgery', 'anaesthesia', 'anesthesiology', 'pathology', 'nephrology',
  'urology', 'gastroenterology', 'pulmonology', 'endocrinology', 'diabetology', 'emergency medicine', 'critical care',
  '=ent', 'otolaryngology', 'dentistry', 'neonatology',
];

const LEGAL_SKILLS = [
  'litigation', 'contract drafting', 'contract law', 'legal drafting', 'arbitration', 'mediation', 'dispute resolution',
  '=legal', 'legal advisory', 'legal compliance', '=law', 'corporate law', 'company law', 'property law', 'family law',
  'criminal law', 'civil law', 'labour law', 'labor law', 'intellectual property', 'trademark', 'trade mark', 'patent',
  'copyright', 'notary', 'conveyancing',
];

const PROGRAMMING_SKILLS = [
  'programming', 'software development', 'software engineering', 'web development', 'app development',
  'mobile development', 'full stack', 'backend', 'back end', 'frontend', 'front end', 'python', 'java', 'javascript',
  'typescript', 'react', 'angular', 'vue', 'node', 'nodejs', 'django', 'flask', 'spring boot', 'golang', '=go', 'rust',
  'c++', 'c#', 'dotnet', 'php', 'ruby', 'kotlin', 'swift', 'flutter', 'react native', 'android', 'ios', '=sql', 'html',
  'css', 'scala',
];

/** Skills, practices and professions named by what people do. Default order: skills, designation, industry. */
const TOPICS: Concept[] = [
  {
    id: 'artificial-intelligence',
    terms: [
      'ai', 'a.i.', 'artificial intelligence', 'machine learning', 'ml', 'ai ml', 'aiml', 'deep learning', 'data science',
      'data scientist', 'data scientists', 'nlp', 'natural language processing', 'computer vision', 'genai', 'gen ai',
      'generative ai', 'llm', 'llms', 'large language models', 'neural networks', 'ml engineer', 'ai engineer',
      'ai researcher', 'mlops', 'reinforcement learning',
    ],
    values: {
      skills: [
        'artificial intelligence', 'machine learning', 'deep learning', 'data science', 'natural language processing',
        '=nlp', 'computer vision', 'generative ai', 'genai', '=llm', 'large language model', '=ai', '=ml', 'ai ml',
        'neural network', 'reinforcement learning', 'mlops',
      ],
      designation: ['ai', 'ml', 'machine learning', 'data scientist', 'artificial intelligence'],
      industry: ['artificial intelligence'],
    },
  },
  {
    id: 'data-analytics',
    terms: [
      'data analytics', 'data analyst', 'data analysts', 'analytics', 'data analysis', 'business intelligence', 'bi',
      'power bi', 'tableau', 'data visualisation', 'data visualization', 'data engineering', 'data engineer',
    ],
    values: {
      skills: [
        'data analytics', '=analytics', 'business intelligence', 'power bi', 'tableau', 'data analysis',
        'data visualisation', 'data visualization', 'data engineering', 'statistics',
      ],
      designation: ['data analyst', 'business intelligence', 'analytics', 'data engineer'],
    },
  },
  {
    id: 'software-development',
    terms: [
      'coder', 'coders', 'programmer', 'programmers', 'developer', 'developers', 'dev', 'devs', 'software developer', 'software engineer',
      'software engineers', 'software engineering', 'sde', 'sdes', 'coding', 'programming', 'software development',
      'web developer', 'web development', 'app developer', 'app development', 'mobile app developer', 'full stack',
      'full stack developer', 'fullstack', 'backend developer', 'frontend developer', 'techie', 'techies',
      'software architect', 'software architects', 'solution architect', 'solutions architect', 'technical architect',
    ],
    values: {
      skills: PROGRAMMING_SKILLS,
      designation: [
        'software engineer', 'software developer', 'developer', 'programmer', 'sde', 'full stack', 'web developer',
        'app developer', 'software engineering', 'software architect', 'solution architect', 'solutions architect',
        'technical architect',
      ],
    },
    exclude: {
      designation: ['real estate developer', 'property developer', 'business developer', 'business development'],
    },
  },
  {
    id: 'cloud-devops',
    terms: [
      'cloud', 'cloud computing', 'cloud engineer', 'cloud architect', 'cloud services', 'cloud migration', 'aws', 'azure',
      'gcp', 'google cloud', 'amazon web services', 'devops', 'dev ops', 'devops engineer', 'sre',
      'site reliability', 'site reliability engineering', 'kubernetes', 'k8s', 'docker', 'ci cd', 'cicd',
      'platform engineering',
    ],
    values: {
      skills: [
        'cloud', 'aws', 'azure', 'gcp', 'google cloud', 'amazon web services', 'devops', 'kubernetes', 'docker', '=sre',
        'site reliability', 'ci cd', 'cicd', 'terraform', 'ansible', 'jenkins', 'platform engineering',
      ],
      designation: ['cloud', 'devops', 'sre', 'site reliability', 'platform engineer'],
    },
  },
  {
    id: 'cybersecurity',
    terms: [
      'cybersecurity', 'cyber security', 'cyber', 'infosec', 'information security', 'it security', 'network security',
      'ethical hacking', 'ethical hacker', 'hacker', 'hackers', 'penetration testing', 'pen testing', 'vapt',
      'security analyst', 'data privacy',
    ],
    values: {
      skills: [
        'cybersecurity', 'cyber security', 'information security', 'network security', 'ethical hacking',
        'penetration testing', 'vapt', '=security', 'application security', 'cloud security', 'data privacy', '=soc',
      ],
      designation: ['security', 'ciso', 'cyber'],
    },
    exclude: { designation: ['security guard', 'security officer'] },
  },
  {
    id: 'blockchain',
    terms: [
      'blockchain', 'block chain', 'crypto', 'cryptocurrency', 'cryptocurrencies', 'web3', 'web 3', 'bitcoin',
      'ethereum', 'smart contract', 'smart contracts', 'nft', 'nfts', 'defi',
    ],
    values: {
      skills: ['blockchain', 'block chain', 'crypto', 'cryptocurrency', 'web3', 'smart contract', 'ethereum', 'solidity', 'defi', 'nft'],
      designation: ['blockchain', 'web3'],
    },
  },
  {
    id: 'product-management',
    terms: [
      'product management', 'product manager', 'product managers', 'product owner', 'product owners', 'apm',
      'product head', 'head of product', 'product lead',
    ],
    values: {
      skills: ['product management', 'product strategy', 'product ownership'],
      designation: ['product manager', 'product owner', 'product head', 'head of product', 'product lead', '=cpo'],
    },
  },
  {
    id: 'project-management',
    terms: [
      'project management', 'project manager', 'project managers', 'pmp', 'program manager', 'programme manager',
      'program management', 'programme management', 'project planning', 'scrum master', 'agile',
    ],
    values: {
      skills: ['project management', '=pmp', 'program management', 'programme management', 'project planning', 'scrum', 'agile'],
      designation: ['project manager', 'program manager', 'programme manager', 'project director', 'project lead', 'scrum master'],
    },
  },
  {
    id: 'erp',
    terms: ['sap', 'erp', 'sap consultant', 'erp consultant', 'erp implementation', 'sap fico', 'sap abap', 'odoo', 'netsuite', 'oracle erp'],
    values: {
      skills: ['sap', 'erp', 'oracle erp', 'odoo', 'netsuite', 'microsoft dynamics'],
      designation: ['sap', 'erp'],
    },
  },
  {
    id: 'software-testing',
    terms: ['software testing', 'qa engineer', 'qa engineers', 'tester', 'testers', 'test automation', 'automation testing', 'manual testing', 'selenium'],
    values: {
      skills: ['software testing', 'test automation', 'automation testing', 'manual testing', 'selenium', '=qa'],
      designation: ['tester', 'qa', 'test engineer', 'quality assurance'],
    },
  },
  {
    id: 'quality-management',
    terms: [
      'quality control', 'qc', 'quality assurance', 'six sigma', '6 sigma', 'lean', 'lean manufacturing', 'kaizen', 'tqm',
      'total quality management', 'iso certification', 'iatf', 'quality management', 'quality engineer',
      'quality engineers', 'process improvement', 'operational excellence', 'black belt', 'green belt',
    ],
    values: {
      skills: [
        'quality control', 'quality assurance', 'six sigma', 'lean', 'kaizen', '=tqm', 'total quality', '=iso',
        'iso certification', 'iatf', 'quality management', 'process improvement', 'operational excellence',
      ],
      designation: ['quality'],
    },
  },
  {
    id: 'cnc-machining',
    terms: [
      'cnc', 'cnc machining', 'cnc machine', 'cnc machines', 'machining', 'machinist', 'machinists', 'vmc', 'hmc', 'lathe',
      'precision machining', 'precision engineering', 'tool room', 'toolroom', 'machine shop',
    ],
    values: { skills: ['cnc', 'machining', '=vmc', '=hmc', 'lathe', 'precision engineering', 'tool room', 'toolroom'] },
  },
  {
    id: 'fabrication',
    terms: [
      'fabrication', 'fabricator', 'fabricators', 'sheet metal', 'sheet metal fabrication', 'steel fabrication',
      'metal fabrication', 'welding', 'welder', 'welders', 'structural fabrication',
    ],
    values: { skills: ['fabrication', 'sheet metal', 'welding'], designation: ['fabricator', 'welder'] },
  },
  {
    id: 'moulding',
    terms: [
      'injection moulding', 'injection molding', 'moulding', 'molding', 'plastic moulding', 'plastic molding',
      'mould making', 'mold making', 'tool and die', 'die making',
    ],
    values: { skills: ['injection moulding', 'injection molding', 'moulding', 'molding', 'tool and die', 'mould', 'mold'] },
  },
  {
    id: 'auto-components',
    terms: ['auto components', 'auto component', 'auto parts', 'automotive components', 'auto ancillary', 'spare parts'],
    values: { skills: ['auto component', 'auto part', 'automotive component', 'auto ancillary', 'spare part'], industry: ['auto component', 'auto ancillary'] },
  },
  {
    id: 'ev-batteries',
    terms: ['battery', 'batteries', 'battery systems', 'battery technology', 'battery pack', 'bms', 'lithium ion', 'ev charging', 'charging stations'],
    values: { skills: ['battery', 'electric vehicle', 'ev', 'charging', 'lithium'] },
  },
  {
    id: 'plant-operations',
    terms: ['plant operations', 'plant head', 'plant manager', 'production planning', 'production manager', 'shop floor', 'works manager'],
    values: {
      skills: ['plant operation', 'production planning', 'production management', 'shop floor'],
      designation: ['plant head', 'plant manager', 'production manager', 'works manager', 'operations director'],
    },
  },
  {
    id: 'supply-chain',
    terms: [
      'supply chain', 'supply chain management', 'scm', 'procurement', 'purchasing', 'sourcing', 'strategic sourcing',
      'vendor management', 'inventory management', 'materials management',
    ],
    values: {
      skills: ['supply chain', 'procurement', 'purchasing', 'sourcing', 'vendor management', 'inventory', 'materials management'],
      designation: ['supply chain', 'procurement', 'purchase', 'sourcing'],
    },
  },
  {
    id: 'freight-forwarding',
    terms: [
      'freight forwarding', 'freight forwarder', 'freight forwarders', 'customs clearance', 'custom clearance', 'cha',
      'customs broker', 'clearing and forwarding', 'c&f', 'shipping agent', 'shipping agents', 'ocean freight', 'air freight',
    ],
    values: {
      skills: ['freight forwarding', 'customs clearance', 'custom clearance', 'clearing and forwarding', 'shipping', 'ocean freight', 'air freight', 'chartering'],
      designation: ['freight', 'customs', 'shipping'],
    },
  },
  {
    id: 'warehousing',
    terms: ['warehousing', 'warehouse', 'warehouses', '3pl', 'cold storage', 'cold chain', 'fulfilment', 'fulfillment'],
    values: {
      skills: ['warehousing', 'warehouse', '3pl', 'cold chain', 'cold storage', 'fulfilment', 'fulfillment'],
      designation: ['warehouse'],
    },
  },
  {
    id: 'export-import',
    terms: [
      'export', 'exports', 'exporter', 'exporters', 'import', 'imports', 'importer', 'importers', 'export import',
      'import export', 'exim', 'foreign trade', 'international trade', 'export business', 'merchant exporter',
    ],
    values: {
      skills: ['export', 'import', 'foreign trade', 'international trade', 'exim'],
      designation: ['export', 'import'],
      industry: ['export', 'import', 'exim', 'trade'],
    },
  },
  {
    id: 'textile-production',
    terms: [
      'yarn', 'yarns', 'spinning', 'spinning mill', 'spinning mills', 'weaving', 'weaver', 'weavers', 'dyeing', 'knitting',
      'knitwear', 'merchandiser', 'merchandisers', 'merchandising', 'apparel merchandising', 'garment manufacturing',
      'garment manufacturer', 'garment manufacturers', 'stitching unit', 'embroidery',
    ],
    values: {
      skills: ['yarn', 'spinning', 'weaving', 'dyeing', 'knitting', 'knitwear', 'merchandising', 'garment', 'embroidery', 'textile'],
      industry: ['textile', 'apparel', 'garment'],
    },
    exclude: { skills: ['visual merchandising'] },
  },
  {
    id: 'accounting-and-tax',
    terms: [
      'ca', 'c.a.', 'chartered accountant', 'chartered accountants', 'chartered accountancy', 'accountant', 'accountants',
      'accounts', 'accountancy', 'bookkeeping', 'book keeping', 'bookkeeper', 'auditor', 'auditors', 'audit', 'audits',
      'auditing', 'statutory audit', 'internal audit', 'tax audit', 'tax', 'taxes', 'taxation', 'tax consultant',
      'tax consultants', 'tax advisor', 'tax adviser', 'tax planning', 'tax filing', 'tax return', 'tax returns', 'itr',
      'itr filing', 'income tax', 'income tax return', 'gst', 'gst filing', 'gst return', 'gst returns', 'gst consultant',
      'gst registration', 'tds', 'tally', 'cma', 'cost accountant', 'cost accounting', 'munim',
    ],
    values: {
      skills: [
        'chartered accountancy', '=audit', '=auditing', 'internal audit', 'statutory audit', 'tax audit', 'financial audit',
        'taxation', '=tax', 'income tax', 'direct tax', 'indirect tax', 'international tax', 'transfer pricing', 'gst',
        '=tds', 'accounting', 'accountancy', '=accounts', 'bookkeeping', 'book keeping', 'tally', 'ifrs', 'ind as', '=ca', '=cma',
      ],
      designation: [
        'chartered accountant', '=ca', 'accountant', 'auditor', 'tax consultant', 'tax advisor', 'tax adviser',
        'tax practitioner', '=cma', 'accounts manager', 'accounts head',
      ],
      industry: ['accounting', 'audit', 'taxation'],
      degree: ['=ca', 'chartered accountancy'],
    },
    exclude: { skills: ['energy audit', 'cost accounting software'] },
  },
  {
    id: 'company-secretary',
    terms: ['company secretary', 'company secretaries', 'cs', 'acs', 'fcs', 'secretarial compliance', 'roc filing', 'company registration', 'company incorporation'],
    values: {
      skills: ['company secretarial', 'secretarial', 'corporate compliance', 'roc', 'company incorporation', 'company law'],
      designation: ['company secretary'],
    },
  },
  {
    id: 'investment-banking',
    terms: [
      'investment banking', 'm&a', 'mergers and acquisitions', 'corporate finance',
      'valuation', 'valuations', 'business valuation', 'ipo', 'ipo advisory',
    ],
    values: {
      skills: ['investment banking', 'corporate finance', 'merger', 'acquisition', 'm and a', 'valuation', '=ipo', 'private equity', 'capital markets'],
      designation: ['investment banker', 'investment banking'],
    },
  },
  {
    id: 'funding',
    terms: [
      'funding', 'fundraising', 'fund raising', 'raise funds', 'raise money', 'raising funds', 'startup funding',
      'seed funding', 'venture capital', 'vc funding', 'private equity', 'angel investing', 'angel investment', 'angel funding',
    ],
    values: {
      skills: ['fundraising', 'fund raising', 'venture capital', 'private equity', 'angel investing', 'angel investment', 'startup investing'],
      designation: ['investor', 'venture capitalist', 'venture partner'],
    },
  },
  {
    id: 'wealth-management',
    terms: [
      'wealth', 'wealth management', 'financial planning', 'mutual fund', 'mutual funds', 'mf distributor', 'sip',
      'portfolio management', 'pms', 'retirement planning', 'invest my money',
    ],
    values: {
      skills: ['wealth management', 'mutual fund', 'financial planning', 'portfolio management', 'investment advisory', 'retirement planning', '=pms'],
      designation: ['financial advisor', 'financial adviser', 'wealth manager', 'financial planner', 'investment advisor', 'investment adviser', 'relationship manager wealth'],
    },
  },
  {
    id: 'insurance',
    terms: [
      'insurance', 'insurance agent', 'insurance agents', 'insurance advisor', 'lic agent', 'lic', 'life insurance',
      'health insurance', 'general insurance', 'insurance broker', 'mediclaim', 'term insurance', 'actuary', 'actuarial',
    ],
    values: {
      skills: ['insurance', '=lic', 'actuarial', 'mediclaim'],
      designation: ['insurance', 'actuary'],
      industry: ['insurance'],
    },
  },
  {
    id: 'stock-market',
    terms: [
      'stock market', 'share market', 'stocks', 'equity research', 'equity analyst', 'research analyst', 'stock broker',
      'stockbroker', 'stock brokers', 'broking', 'derivatives', 'f&o', 'trader in stocks', 'stock trading', 'technical analysis',
    ],
    values: {
      skills: ['equity research', 'stock market', 'share market', 'stock trading', 'equity trading', 'derivative', 'technical analysis', 'broking', 'capital market'],
      designation: ['equity analyst', 'research analyst', 'stock broker', 'stockbroker', 'trader', 'fund manager'],
    },
  },
  {
    id: 'lending',
    terms: ['loan', 'loans', 'home loan', 'business loan', 'personal loan', 'loan agent', 'dsa', 'lending', 'mortgage', 'working capital', 'microfinance'],
    values: {
      skills: ['loan', 'lending', 'credit', 'mortgage', 'working capital', 'microfinance'],
      designation: ['loan', 'credit manager', 'lending'],
      industry: ['lending', 'nbfc', 'microfinance'],
    },
  },
  {
    id: 'legal-practice',
    terms: [
      'legal', 'legal advice', 'legal help', 'legal services', 'legal expert', 'legal experts', 'legal matters', 'law',
      'litigation', 'litigator', 'litigators', 'court case', 'court cases', 'court matters', 'contract drafting',
      'contract law', 'legal contracts', 'agreement drafting', 'arbitration', 'arbitrator', 'mediation', 'mediator',
      'dispute resolution', 'legal dispute', 'legal notice', 'legal compliance', 'corporate law', 'company law',
      'property law', 'family law', 'criminal law', 'civil law', 'labour law', 'notary', 'notary public', 'affidavit',
    ],
    values: { skills: LEGAL_SKILLS, designation: ['lawyer', 'advocate', 'attorney', 'solicitor', 'barrister', 'counsel', 'legal'], industry: ['legal', 'law'] },
  },
  {
    id: 'intellectual-property',
    terms: [
      'intellectual property', 'ip', 'ipr', 'ip lawyer', 'ip law', 'patent', 'patents', 'patent attorney', 'patent agent',
      'patent filing', 'trademark', 'trademarks', 'trade mark', 'trademark registration', 'brand registration',
      'copyright', 'copyrights',
    ],
    values: {
      skills: ['intellectual property', '=ipr', '=ip', 'patent', 'trademark', 'trade mark', 'copyright'],
      designation: ['patent attorney', 'patent agent', 'ip counsel', 'trademark attorney'],
    },
  },
  {
    id: 'marketing',
    terms: [
      'marketing', 'marketer', 'marketers', 'digital marketing', 'digital marketer', 'digital marketers', 'online marketing',
      'internet marketing', 'seo', 'sem', 'search engine optimisation', 'search engine optimization', 'smm', 'social media',
      'social media marketing', 'social media manager', 'pr', 'public relations', 'pr agency', 'branding', 'brand building',
      'brand strategy', 'brand management', 'brand consultant', 'content marketing', 'performance marketing',
      'growth marketing', 'growth hacking', 'google ads', 'facebook ads', 'meta ads', 'influencer marketing',
      'email marketing', 'marketing agency', 'digital agency', 'market research',
    ],
    values: {
      skills: [
        'marketing', '=seo', '=sem', 'search engine', 'public relations', '=pr', 'branding', 'brand', 'social media',
        'performance marketing', 'growth hacking', 'google ads', 'facebook ads', 'influencer', 'advertising',
        'media planning', 'market research',
      ],
      designation: ['marketing', 'cmo', 'brand manager', '=pr', 'public relations', 'communications'],
      industry: ['marketing', 'advertising', 'public relations'],
    },
  },
  {
    id: 'sales',
    terms: [
      'sales', 'salesperson', 'salespeople', 'sales professional', 'sales professionals', 'sales manager', 'sales head',
      'business development', 'bd', 'bde', 'key accounts', 'channel sales', 'b2b sales',
    ],
    values: {
      skills: ['sales', 'business development', 'key account', 'channel sales'],
      designation: ['sales', 'business development'],
    },
    exclude: { skills: ['sales tax'] },
  },
  {
    id: 'human-resources',
    terms: [
      'hr', 'hr professional', 'hr professionals', 'hr manager', 'human resources', 'human resource', 'recruiter',
      'recruiters', 'recruitment', 'talent acquisition', 'headhunter', 'headhunters', 'placement consultant',
      'placement consultants', 'staffing', 'payroll',
    ],
    values: {
      skills: ['recruitment', 'talent acquisition', 'human resource', '=hr', 'payroll', 'staffing', 'headhunting'],
      designation: ['hr', 'human resource', 'recruiter', 'talent acquisition', 'people operations', 'chro'],
      industry: ['staffing', 'recruitment', 'human resource'],
    },
  },
  {
    id: 'teaching',
    terms: [
      'teaching', 'tutoring', 'tuition', 'tuitions', 'coaching classes', 'curriculum', 'curriculum design',
      'curriculum development', 'pedagogy', 'corporate trainer', 'corporate training', 'soft skills training',
      'instructional design',
    ],
    values: {
      skills: ['teaching', 'tutoring', 'tuition', 'curriculum', 'pedagogy', 'training', 'instructional design', '=education'],
      designation: ['teacher', 'trainer', 'tutor', 'lecturer', 'professor', 'educator'],
      industry: ['education'],
    },
    exclude: { skills: ['personal training', 'strength training'] },
  },
  {
    id: 'career-counselling',
    terms: [
      'career counselling', 'career counseling', 'career counsellor', 'career counselor', 'career guidance', 'career advice',
      'career coach', 'career coaching', 'admission counselling', 'study abroad', 'study abroad consultant',
      'overseas education',
    ],
    values: {
      skills: ['career counselling', 'career counseling', 'career guidance', 'career coaching', 'admission', 'study abroad'],
      designation: ['career counsellor', 'career counselor', 'career coach', 'admission counsellor'],
    },
  },
  {
    id: 'coaching-and-mentoring',
    terms: ['business coach', 'life coach', 'executive coach', 'leadership coach', 'executive coaching', 'leadership development'],
    values: { skills: ['coaching', 'mentoring', 'leadership development'], designation: ['coach'] },
    exclude: { skills: ['career coaching'] },
  },
  {
    id: 'dermatology',
    terms: [
      'skin doctor', 'skin doctors', 'skin specialist', 'skin specialists', 'skin clinic', 'dermatologist', 'dermatologists',
      'dermatology', 'derma', 'cosmetologist', 'cosmetology', 'hair doctor', 'trichologist',
    ],
    values: {
      skills: ['dermatology', 'cosmetology', 'trichology', 'dermatosurgery'],
      designation: ['dermatologist', 'skin specialist', 'cosmetologist', 'trichologist'],
    },
  },
  {
    id: 'ophthalmology',
    terms: [
      'eye doctor', 'eye doctors', 'eye specialist', 'eye specialists', 'eye surgeon', 'eye hospital', 'ophthalmologist',
      'ophthalmologists', 'ophthalmology', 'optometrist', 'lasik', 'cataract surgery',
    ],
    values: {
      skills: ['ophthalmology', 'optometry', 'lasik', 'cataract', 'retina'],
      designation: ['ophthalmologist', 'eye surgeon', 'eye specialist', 'optometrist'],
    },
  },
  {
    id: 'cardiology',
    terms: [
      'heart doctor', 'heart doctors', 'heart specialist', 'heart specialists', 'heart surgeon', 'cardiologist',
      'cardiologists', 'cardiology', 'cardiac surgeon', 'cardiac surgery', 'cardiothoracic',
    ],
    values: {
      skills: ['cardiology', 'cardiac', 'cardiothoracic', 'interventional cardiology'],
      designation: ['cardiologist', 'cardiac surgeon', 'cardiothoracic', 'heart surgeon'],
    },
  },
  {
    id: 'paediatrics',
    terms: [
      'child doctor', 'child doctors', 'child specialist', 'children doctor', 'childrens doctor', 'kids doctor',
      'baby doctor', 'paediatrician', 'paediatricians', 'pediatrician', 'pediatricians', 'paediatrics', 'pediatrics',
      'neonatologist', 'neonatology',
    ],
    values: {
      skills: ['paediatrics', 'pediatrics', 'paediatric', 'pediatric', 'neonatology', 'child health'],
      designation: ['paediatrician', 'pediatrician', 'neonatologist', 'paediatric', 'pediatric'],
    },
  },
  {
    id: 'orthopaedics',
    terms: [
      'bone doctor', 'bone doctors', 'bone specialist', 'bone specialists', 'ortho', 'orthopaedic', 'orthopedic',
      'orthopaedics', 'orthopedics', 'orthopaedician', 'orthopaedic surgeon', 'orthopedic surgeon', 'joint replacement',
      'knee replacement', 'spine surgeon', 'sports medicine',
    ],
    values: {
      skills: ['orthopaedic', 'orthopedic', 'joint replacement', 'knee replacement', 'spine surgery', 'sports medicine', 'arthroscopy'],
      designation: ['orthopaedic', 'orthopedic', 'orthopaedician', 'spine surgeon'],
    },
  },
  {
    id: 'dentistry',
    terms: ['dentist', 'dentists', 'dental', 'dental surgeon', 'dental clinic', 'tooth doctor', 'teeth doctor', 'orthodontist', 'root canal'],
    values: {
      skills: ['dentistry', 'dental', 'orthodontic', 'endodontic', 'implantology', 'root canal'],
      designation: ['dentist', 'dental surgeon', 'orthodontist', 'endodontist'],
    },
  },
  {
    id: 'gynaecology',
    terms: [
      'gynaecologist', 'gynecologist', 'gynaecologists', 'gynecologists', 'gynae', 'gyno', 'gynaecology', 'gynecology',
      'obstetrics', 'obstetrician', 'ob gyn', 'ivf', 'fertility specialist', 'fertility doctor',
    ],
    values: {
      skills: ['gynaecology', 'gynecology', 'obstetric', 'ivf', 'fertility', 'reproductive medicine'],
      designation: ['gynaecologist', 'gynecologist', 'obstetrician', 'fertility'],
    },
  },
  {
    id: 'ent',
    terms: ['ent', 'ent doctor', 'ent specialist', 'ear nose throat', 'ear nose and throat', 'otolaryngologist'],
    values: { skills: ['=ent', 'otolaryngology', 'otorhinolaryngology', 'ear nose'], designation: ['ent', 'otolaryngologist'] },
  },
  {
    id: 'neurology',
    terms: ['neurologist', 'neurologists', 'neurology', 'neurosurgeon', 'neurosurgeons', 'neurosurgery', 'brain doctor', 'nerve doctor', 'brain surgeon'],
    values: { skills: ['neurology', 'neurosurgery', 'neuro'], designation: ['neurologist', 'neurosurgeon'] },
  },
  {
    id: 'oncology',
    terms: ['cancer doctor', 'cancer specialist', 'cancer surgeon', 'oncologist', 'oncologists', 'oncology'],
    values: { skills: ['oncology', 'cancer'], designation: ['oncologist'] },
  },
  {
    id: 'mental-health',
    terms: [
      'psychiatrist', 'psychiatrists', 'psychiatry', 'psychologist', 'psychologists', 'psychology', 'therapist',
      'therapists', 'counsellor', 'counselor', 'mental health', 'psychotherapist', 'psychotherapy',
    ],
    values: {
      skills: ['psychiatry', 'psychology', 'mental health', '=counselling', '=counseling', 'psychotherapy', 'therapy', 'cbt'],
      designation: ['psychiatrist', 'psychologist', 'therapist', 'counsellor', 'counselor'],
    },
    exclude: {
      skills: ['physiotherapy', 'speech therapy', 'occupational therapy'],
      designation: ['career counsellor', 'career counselor', 'physiotherapist', 'admission counsellor'],
    },
  },
  {
    id: 'general-medicine',
    terms: [
      'general physician', 'general physicians', 'family doctor', 'family physician', 'general practitioner', 'gp',
      'internal medicine', 'general medicine',
    ],
    values: {
      skills: ['general medicine', 'internal medicine', 'family medicine', 'general practice'],
      designation: ['general physician', 'physician', 'general practitioner', 'family physician', '=gp'],
    },
  },
  {
    id: 'diagnostics',
    terms: [
      'diagnostics', 'diagnostic', 'diagnostic centre', 'diagnostic center', 'diagnostic lab', 'pathology', 'pathologist',
      'pathology lab', 'radiology', 'radiologist', 'scan centre', 'scan center', 'imaging', 'blood test',
    ],
    values: {
      skills: ['diagnostic', 'pathology', 'radiology', 'imaging', 'laboratory medicine'],
      designation: ['pathologist', 'radiologist', 'diagnostic'],
    },
  },
  {
    id: 'hospital-administration',
    terms: [
      'hospital administration', 'hospital administrator', 'hospital administrators', 'hospital management',
      'healthcare management', 'healthcare administration', 'hospital manager',
    ],
    values: {
      skills: ['hospital administration', 'hospital management', 'healthcare management', 'healthcare administration'],
      designation: ['hospital director', 'hospital administrator', 'medical superintendent', 'hospital manager'],
    },
  },
  {
    id: 'physiotherapy',
    terms: ['physiotherapy', 'physiotherapist', 'physiotherapists', 'physio', 'physical therapist', 'rehabilitation'],
    values: { skills: ['physiotherapy', 'physical therapy', 'rehabilitation'], designation: ['physiotherapist', 'physical therapist'] },
  },
  {
    id: 'traditional-medicine',
    terms: ['ayurveda', 'ayurvedic', 'ayurvedic doctor', 'homeopathy', 'homoeopathy', 'homeopath', 'homeopathic doctor', 'siddha', 'unani', 'naturopathy'],
    values: {
      skills: ['ayurveda', 'ayurvedic', 'homeopathy', 'homoeopathy', 'siddha', 'unani', 'naturopathy'],
      designation: ['ayurvedic', 'homeopath', 'vaidya'],
      degree: ['bams', 'bhms'],
    },
  },
  {
    id: 'veterinary',
    terms: ['vet', 'vets', 'veterinary', 'veterinarian', 'veterinarians', 'animal doctor', 'pet doctor', 'pet clinic'],
    values: { skills: ['veterinary', 'animal husbandry'], designation: ['veterinarian', 'veterinary'], degree: ['bvsc'] },
  },
  {
    id: 'nutrition',
    terms: ['nutritionist', 'nutritionists', 'dietitian', 'dietitians', 'dietician', 'nutrition', 'diet', 'diet plan', 'weight loss'],
    values: { skills: ['nutrition', 'dietetics', 'diet'], designation: ['nutritionist', 'dietitian', 'dietician'] },
  },
  {
    id: 'fitness',
    terms: [
      'fitness', 'gym', 'gyms', 'fitness trainer', 'fitness coach', 'personal trainer', 'gym trainer', 'yoga',
      'yoga teacher', 'yoga instructor', 'zumba', 'pilates', 'crossfit',
    ],
    values: {
      skills: ['fitness', 'yoga', 'personal training', 'strength training', 'zumba', 'pilates'],
      designation: ['fitness', 'personal trainer', 'yoga'],
    },
  },
  {
    id: 'solar-and-renewables',
    terms: [
      'solar', 'solar energy', 'solar power', 'solar panel', 'solar panels', 'solar installer', 'rooftop solar', 'solar epc',
      'solar plant', 'renewable', 'renewables', 'renewable energy', 'green energy', 'clean energy', 'wind energy',
      'wind power', 'wind turbine', 'cleantech', 'clean tech', 'green hydrogen',
    ],
    values: {
      skills: ['solar', 'renewable', 'wind energy', 'wind power', 'green energy', 'clean energy', 'green hydrogen', 'cleantech', 'photovoltaic'],
      designation: ['solar', 'renewable'],
      industry: ['renewable', 'solar', 'clean energy'],
    },
  },
  {
    id: 'energy-efficiency',
    terms: ['energy audit', 'energy auditor', 'energy auditors', 'energy efficiency', 'energy conservation', 'energy management'],
    values: { skills: ['energy audit', 'energy efficiency', 'energy conservation', 'energy management'], designation: ['energy auditor', 'energy manager'] },
  },
  {
    id: 'electrical-works',
    terms: [
      'electrical engineer', 'electrical engineers', 'electrical contractor', 'electrical contractors', 'electrician',
      'electricians', 'electrical works', 'power distribution', 'substation',
    ],
    values: {
      skills: ['electrical', 'power system', 'power distribution', 'substation', 'transmission'],
      designation: ['electrical', 'electrician'],
    },
  },
  {
    id: 'interior-design',
    terms: [
      'interior', 'interiors', 'interior design', 'interior designer', 'interior designers', 'interior decorator',
      'interior decorators', 'interior decoration', 'home decor', 'home interiors', 'modular kitchen', 'space planning',
    ],
    values: {
      skills: ['interior', 'home decor', 'space planning', 'modular kitchen'],
      designation: ['interior designer', 'interior decorator', 'interior'],
    },
  },
  {
    id: 'civil-engineering',
    terms: [
      'civil engineer', 'civil engineers', 'civil engineering', 'civil works', 'civil construction', 'site engineer',
      'site engineers', 'construction management', 'construction manager',
    ],
    values: {
      skills: ['civil engineering', 'civil construction', 'construction management', 'civil work'],
      designation: ['civil engineer', 'site engineer', 'construction manager'],
      branch: ['civil'],
    },
  },
  {
    id: 'structural-engineering',
    terms: ['structural engineer', 'structural engineers', 'structural design', 'structural consultant', 'structural engineering'],
    values: {
      skills: ['structural engineering', 'structural design', 'structural analysis'],
      designation: ['structural engineer', 'structural consultant'],
      branch: ['structural'],
    },
  },
  {
    id: 'hotels-and-restaurants',
    terms: [
      'hotel', 'hotels', 'hotelier', 'hoteliers', 'hotel management', 'restaurant', 'restaurants', 'restaurateur',
      'restaurateurs', 'restaurant business', 'cafe', 'cafes', 'cloud kitchen', 'catering', 'caterer', 'caterers',
      'resort', 'resorts', 'homestay',
    ],
    values: {
      skills: ['hotel management', 'restaurant management', 'hospitality', 'catering', 'food and beverage', 'resort management', 'culinary'],
      designation: ['hotelier', 'restaurateur', 'chef', 'hotel'],
      industry: ['hospitality', 'hotel', 'restaurant'],
    },
  },
  {
    id: 'bakery',
    terms: ['bakery', 'bakeries', 'baker', 'bakers', 'baking', 'cakes', 'cake shop', 'confectionery', 'patisserie'],
    values: { skills: ['bakery', 'baking', 'confectionery', 'pastry'], designation: ['baker', 'pastry chef'] },
  },
  {
    id: 'food-processing',
    terms: ['food processing', 'food technology', 'food tech', 'food technologist', 'food manufacturing', 'packaged food', 'food safety'],
    values: { skills: ['food processing', 'food technology', 'food safety', 'food manufacturing'], designation: ['food technologist'] },
  },
  {
    id: 'events',
    terms: ['event management', 'event planner', 'event planners', 'events company', 'wedding planner', 'wedding planners', 'event organiser', 'event organizer'],
    values: { skills: ['event management', 'event planning', 'wedding planning'], designation: ['event', 'wedding planner'], industry: ['events', 'event management'] },
  },
  {
    id: 'travel',
    terms: ['travel agent', 'travel agents', 'travel agency', 'tour operator', 'tour operators', 'tours and travels', 'tourism'],
    values: { skills: ['travel', 'tourism', 'ticketing', 'tour'], designation: ['travel agent', 'tour operator'], industry: ['travel', 'tourism'] },
  },
  {
    id: 'pharma-practice',
    terms: [
      'regulatory affairs', 'drug regulatory', 'drug formulation', 'formulation', 'formulation development',
      'clinical research', 'clinical trials', 'clinical trial', 'cro', 'pharmacovigilance', 'drug development', 'drug discovery',
    ],
    values: {
      skills: ['regulatory affairs', 'drug formulation', 'formulation', 'clinical research', 'clinical trial', 'pharmacovigilance', 'drug development', 'drug discovery'],
      designation: ['regulatory', 'clinical research', 'formulation'],
    },
  },
  {
    id: 'architecture-practice',
    terms: ['architecture', 'architectural design', 'urban design', 'urban planning', 'landscape architecture', 'town planning', 'building design'],
    values: {
      skills: ['architecture', 'architectural', 'urban design', 'urban planning', 'landscape', 'town planning', 'building design'],
      designation: ['architect', 'urban planner', 'town planner'],
    },
    exclude: {
      skills: ['software architecture', 'solution architecture', 'solutions architecture', 'cloud architecture', 'enterprise architecture', 'microservices architecture', 'data architecture'],
      designation: ['software architect', 'solution architect', 'solutions architect', 'cloud architect', 'enterprise architect', 'data architect', 'technical architect'],
    },
  },
  {
    id: 'media-production',
    terms: ['video production', 'film production', 'film maker', 'filmmaker', 'filmmakers', 'video editor', 'video editing', 'content creator', 'content creators', 'youtuber', 'youtubers', 'influencer', 'influencers'],
    values: { skills: ['video production', 'film production', 'video editing', 'filmmaking', 'content creation', 'youtube'], designation: ['filmmaker', 'producer', 'content creator', 'video editor'] },
  },
  {
    id: 'writing',
    terms: ['writer', 'writers', 'author', 'authors', 'content writer', 'content writers', 'content writing', 'copywriter', 'copywriters', 'copywriting', 'ghostwriter'],
    values: { skills: ['writing', 'copywriting', 'content writing', 'editing'], designation: ['writer', 'author', 'copywriter', 'editor'] },
  },
  {
    id: 'photography',
    terms: ['photographer', 'photographers', 'photography', 'wedding photographer', 'photo studio'],
    values: { skills: ['photography'], designation: ['photographer'] },
  },
  {
    id: 'design',
    terms: ['graphic designer', 'graphic designers', 'graphic design', 'ui ux', 'ux', 'ui', 'ux designer', 'ui designer', 'product designer', 'web designer', 'logo design'],
    values: {
      skills: ['graphic design', 'ui', 'ux', 'user experience', 'user interface', 'product design', 'web design', 'logo design', 'figma'],
      designation: ['graphic designer', 'ux', 'ui', 'product designer', 'web designer'],
    },
  },
  {
    id: 'social-impact',
    terms: ['social work', 'social worker', 'social workers', 'csr', 'community development'],
    values: { skills: ['social work', '=csr', 'corporate social responsibility', 'community development', 'volunteer'], designation: ['social worker', 'csr'], industry: ['non profit', 'ngo', 'social'] },
  },
];

/** Job titles and the people behind them. Default order: designation, skills, industry. */
const ROLES: Concept[] = [
  {
    id: 'founder',
    terms: ['founder', 'founders', 'co-founder', 'co-founders', 'cofounder', 'cofounders', 'co founder', 'startup founder', 'startup founders'],
    values: { designation: ['founder', 'co founder', 'cofounder', 'founding partner'] },
  },
  {
    id: 'business-owner',
    terms: [
      'owner', 'owners', 'business owner', 'business owners', 'proprietor', 'proprietors', 'proprietress', 'entrepreneur',
      'entrepreneurs', 'businessman', 'businessmen', 'businesswoman', 'businesswomen', 'business people', 'business person',
      'industrialist', 'industrialists', 'promoter', 'promoters', 'self employed', 'apna business', 'own business',
      'khud ka business', 'malik', 'msme owner', 'sme owner',
    ],
    values: {
      designation: [
        'owner', 'proprietor', 'founder', 'co founder', 'cofounder', 'managing director', 'managing partner', 'promoter',
        'chairman', 'chairperson', '=cmd', '=md', 'entrepreneur',
      ],
    },
  },
  {
    id: 'ceo',
    terms: ['ceo', 'ceos', 'chief executive', 'chief executives', 'chief executive officer'],
    values: { designation: ['ceo', 'chief executive'] },
  },
  {
    id: 'cto',
    terms: ['cto', 'ctos', 'chief technology officer', 'chief technical officer', 'tech head', 'head of technology', 'vp engineering'],
    values: { designation: ['cto', 'chief technology', 'chief technical', 'vp engineering', 'head of technology', 'head of engineering'] },
  },
  {
    id: 'cfo',
    terms: ['cfo', 'cfos', 'chief financial officer', 'finance head', 'finance director', 'head of finance'],
    values: { designation: ['cfo', 'chief financial', 'finance director', 'finance head', 'head of finance', 'vp finance'] },
  },
  {
    id: 'coo',
    terms: ['coo', 'coos', 'chief operating officer', 'operations head', 'head of operations'],
    values: { designation: ['coo', 'chief operating', 'operations head', 'head of operations', 'operations director'] },
  },
  {
    id: 'cmo',
    terms: ['cmo', 'cmos', 'chief marketing officer', 'marketing head', 'head of marketing'],
    values: { designation: ['cmo', 'chief marketing', 'head of marketing', 'marketing head', 'marketing director'] },
  },
  {
    id: 'cxo',
    terms: ['cxo', 'cxos', 'c-suite', 'c suite', 'csuite', 'top management', 'senior leadership', 'leadership team', 'senior executives', 'cxo level'],
    values: { designation: ['ceo', 'cto', 'cfo', 'coo', 'cmo', 'cio', 'chro', 'cpo', 'chief', 'president', 'managing director'] },
  },
  {
    id: 'director',
    terms: ['director', 'directors'],
    values: { designation: ['director'] },
  },
  {
    id: 'managing-director',
    terms: ['managing director', 'managing directors', 'md', 'cmd'],
    values: { designation: ['managing director', '=md', '=cmd'] },
  },
  {
    id: 'vice-president',
    terms: ['president', 'vice president', 'vice presidents', 'vp', 'vps', 'svp', 'avp'],
    values: { designation: ['president', '=vp', 'vp of', '=svp', '=avp'] },
  },
  {
    id: 'manager',
    terms: ['manager', 'managers', 'general manager', 'general managers', 'gm'],
    values: { designation: ['manager', '=gm'] },
  },
  {
    id: 'doctor',
    terms: [
      'doctor', 'doctors', 'dr', 'dr.', 'physician', 'physicians', 'medico', 'medicos', 'medical professional', 'medical professionals',
      'medical practitioner', 'surgeon', 'surgeons', 'daktar', 'doctor sahab', 'specialist doctor', 'consultant doctor',
      'mbbs doctor',
    ],
    values: {
      designation: [
        'doctor', 'physician', 'surgeon', 'medical director', 'medical officer', 'medical superintendent', 'cardiologist',
        'dermatologist', 'paediatrician', 'pediatrician', 'orthopaedic', 'orthopedic', 'orthopaedician', 'gynaecologist',
        'gynecologist', 'obstetrician', 'neurologist', 'neurosurgeon', 'oncologist', 'psychiatrist', 'radiologist',
        'anaesthetist', 'anesthesiologist', 'ophthalmologist', 'ent specialist', 'general practitioner', 'pathologist',
        'nephrologist', 'urologist', 'gastroenterologist', 'pulmonologist', 'endocrinologist', 'diabetologist',
        'intensivist', 'dentist', '=gp', '=md', '=dr',
      ],
      skills: MEDICAL_SPECIALTY_SKILLS,
    },
    exclude: { designation: ['doctoral', 'spin doctor', 'surgeon general'] },
  },
  {
    id: 'nurse',
    terms: ['nurse', 'nurses', 'nursing', 'staff nurse'],
    values: { designation: ['nurse', 'nursing'], skills: ['nursing'] },
  },
  {
    id: 'pharmacist',
    terms: ['pharmacist', 'pharmacists', 'chemist', 'chemists', 'medical store', 'pharmacy'],
    values: { designation: ['pharmacist', 'chemist'], skills: ['pharmacy'] },
    exclude: { designation: ['research chemist'] },
  },
  {
    id: 'lawyer',
    terms: [
      'lawyer', 'lawyers', 'advocate', 'advocates', 'attorney', 'attorneys', 'solicitor', 'solicitors', 'barrister',
      'barristers', 'legal counsel', 'general counsel', 'vakil', 'vakeel', 'legal advisor', 'legal adviser',
      'legal consultant', 'law practitioner',
    ],
    values: {
      designation: [
        'lawyer', 'advocate', 'attorney', 'solicitor', 'barrister', 'counsel', 'legal advisor', 'legal adviser',
        'legal consultant', 'legal head', 'head legal', 'legal manager', 'law officer',
      ],
      skills: LEGAL_SKILLS,
      industry: ['legal', 'law'],
    },
  },
  {
    id: 'engineer',
    terms: ['engineer', 'engineers', 'engg', 'engineering professional', 'engineering professionals'],
    values: {
      designation: ['engineer'],
      degree: ['be', 'b e', 'btech', 'b tech', 'me', 'mtech', 'm tech', 'bachelor of engineering', 'bachelor of technology', 'master of technology', 'master of engineering'],
    },
  },
  {
    id: 'consultant',
    terms: ['consultant', 'consultants', 'advisor', 'advisors', 'adviser', 'advisers', 'consulting professional'],
    values: { designation: ['consultant', 'advisor', 'adviser', 'consulting'] },
  },
  {
    id: 'investment-banker',
    terms: ['investment banker', 'investment bankers', 'ib professional', 'm&a advisor'],
    values: {
      designation: ['investment banker', 'investment banking'],
      skills: ['investment banking', 'corporate finance', 'merger', 'acquisition', 'valuation', 'private equity'],
    },
  },
  {
    id: 'financial-advisor',
    terms: [
      'financial advisor', 'financial advisors', 'financial adviser', 'financial advisers', 'financial planner',
      'financial planners', 'wealth manager', 'wealth managers', 'investment advisor', 'investment adviser', 'ria',
    ],
    values: {
      designation: ['financial advisor', 'financial adviser', 'wealth manager', 'financial planner', 'investment advisor', 'investment adviser'],
      skills: ['wealth management', 'mutual fund', 'financial planning', 'portfolio management', 'investment advisory'],
    },
  },
  {
    id: 'banker',
    terms: ['banker', 'bankers', 'bank manager', 'bank managers', 'bank officer', 'bank officers', 'bank employee'],
    values: {
      designation: ['banker', 'bank manager', 'branch manager', 'bank officer'],
      industry: ['bank', 'banking'],
      skills: ['banking', 'investment banking'],
    },
  },
  {
    id: 'architect',
    terms: ['architect', 'architects', 'building architect'],
    values: {
      designation: ['architect'],
      skills: ['architecture', 'urban design', 'landscape architecture'],
    },
    exclude: {
      designation: [
        'software architect', 'solution architect', 'solutions architect', 'cloud architect', 'enterprise architect',
        'data architect', 'technical architect', 'system architect', 'systems architect', 'it architect',
        'security architect', 'application architect',
      ],
      skills: ['software architecture', 'solution architecture', 'cloud architecture', 'enterprise architecture', 'microservices architecture'],
    },
  },
  {
    id: 'academic',
    terms: [
      'professor', 'professors', 'prof', 'teacher', 'teachers', 'lecturer', 'lecturers', 'faculty', 'dean', 'deans',
      'principal', 'hod', 'educator', 'educators', 'academician', 'academicians', 'academic', 'academics', 'tutor',
      'tutors', 'vice chancellor', 'school teacher', 'college professor',
    ],
    values: {
      designation: [
        'professor', 'teacher', 'lecturer', 'faculty', 'dean', '=principal', 'school principal', 'college principal',
        'head of department', '=hod', 'educator', 'academic', 'tutor', 'vice chancellor', 'chancellor',
      ],
      skills: ['teaching', 'tutoring', 'curriculum', 'pedagogy', 'academic'],
      industry: ['education'],
    },
  },
  {
    id: 'scientist',
    terms: ['scientist', 'scientists', 'researcher', 'researchers', 'research scientist', 'research scientists', 'research fellow', 'research scholar', 'phd scholar', 'r&d', 'research and development'],
    values: { designation: ['scientist', 'researcher', 'research fellow', 'research scholar', 'research associate'], skills: ['=research', 'research and development', 'r and d'] },
  },
  {
    id: 'designer',
    terms: ['designer', 'designers'],
    values: { designation: ['designer'], skills: ['design'] },
    exclude: { skills: ['curriculum design', 'instructional design', 'structural design'] },
  },
  {
    id: 'investor',
    terms: [
      'investor', 'investors', 'angel investor', 'angel investors', 'angels', 'venture capitalist', 'venture capitalists',
      'vc', 'vcs', 'pe investor', 'family office',
    ],
    values: {
      designation: ['investor', 'venture capitalist', 'venture partner', 'general partner'],
      skills: ['angel investing', 'angel investment', 'venture capital', 'private equity', 'startup investing'],
    },
  },
  {
    id: 'builder',
    terms: [
      'builder', 'builders', 'real estate developer', 'real estate developers', 'property developer', 'property developers',
      'contractor', 'contractors', 'civil contractor', 'civil contractors', 'construction company', 'construction companies',
    ],
    values: {
      designation: ['builder', 'real estate developer', 'property developer', 'contractor'],
      skills: ['real estate development', 'civil construction', 'construction', 'property development'],
      industry: ['real estate', 'construction'],
    },
    exclude: { designation: ['electrical contractor'] },
  },
  {
    id: 'property-agent',
    terms: [
      'real estate agent', 'real estate agents', 'property agent', 'property agents', 'property dealer', 'property dealers',
      'property consultant', 'property consultants', 'realtor', 'realtors', 'broker', 'brokers', 'real estate broker', 'property broker',
    ],
    values: {
      designation: ['real estate agent', 'property consultant', 'realtor', 'broker', 'property dealer', 'real estate consultant'],
      skills: ['real estate brokerage', 'property consultancy', 'real estate advisory'],
    },
    exclude: { designation: ['stock broker', 'insurance broker', 'customs broker'] },
  },
  {
    id: 'trader',
    terms: ['distributor', 'distributors', 'dealer', 'dealers', 'stockist', 'stockists', 'wholesaler', 'wholesalers', 'trader', 'traders', 'dealership'],
    values: {
      designation: ['distributor', 'dealer', 'stockist', 'wholesaler', 'trader'],
      skills: ['distribution', 'wholesale', '=trading', 'dealership'],
      industry: ['distribution', 'wholesale', 'trading'],
    },
    exclude: { designation: ['stock trader', 'equity trader'] },
  },
  {
    id: 'farmer',
    terms: ['farmer', 'farmers', 'agriculturist', 'agriculturists', 'kisan'],
    values: { designation: ['farmer', 'agriculturist'], skills: ['farming', 'agriculture'], industry: ['agriculture'] },
  },
  {
    id: 'journalist',
    terms: ['journalist', 'journalists', 'reporter', 'reporters', 'editor', 'editors'],
    values: { designation: ['journalist', 'reporter', 'editor'], skills: ['journalism', 'reporting'] },
    exclude: { designation: ['video editor'] },
  },
  {
    id: 'chef',
    terms: ['chef', 'chefs'],
    values: { designation: ['chef'], skills: ['culinary', 'cooking'] },
  },
  {
    id: 'pilot',
    terms: ['pilot', 'pilots'],
    values: { designation: ['pilot'], skills: ['aviation', 'flying'] },
  },
];

/** Sectors named as a whole ("pharma", "IT", "textiles"). Default order: industry, skills, designation. */
const SECTORS: Concept[] = [
  {
    id: 'information-technology',
    terms: [
      'it', 'information technology', 'software', 'tech', 'technology', 'it services', 'it industry', 'software industry',
      'tech industry', 'it company', 'it companies', 'software company', 'software companies', 'tech company',
      'tech companies', 'saas', 'software services', 'it sector', 'tech sector', 'software firm',
    ],
    values: { industry: ['information technology', '=it', 'software', 'it service', 'technology', 'saas', 'internet', '=tech'] },
    exclude: { industry: ['textile technology', 'food technology', 'medical technology', 'financial technology'] },
  },
  {
    id: 'pharmaceuticals',
    terms: [
      'pharma', 'pharmaceutical', 'pharmaceuticals', 'pharma industry', 'pharma company', 'pharma companies',
      'drug company', 'drug companies', 'drug manufacturer', 'biopharma', 'life sciences',
    ],
    values: {
      industry: ['pharma', 'pharmaceutical', 'life science', 'biopharma', 'drug'],
      skills: ['pharmaceutical', 'drug formulation', 'regulatory affairs', 'clinical research', 'pharmacovigilance'],
    },
  },
  {
    id: 'biotechnology',
    terms: ['biotech', 'biotechnology'],
    values: { industry: ['biotech', 'biotechnology'], skills: ['biotechnology', 'biotech'], branch: ['biotechnology', 'biotech'] },
  },
  {
    id: 'textiles-and-apparel',
    terms: [
      'textile', 'textiles', 'garment', 'garments', 'apparel', 'apparels', 'clothing', 'fashion', 'readymade garments',
      'hosiery', 'textile industry', 'textile mill', 'textile mills', 'handloom', 'powerloom',
    ],
    values: {
      industry: ['textile', 'apparel', 'garment', 'clothing', 'fashion', 'hosiery', 'handloom'],
      skills: ['textile', 'garment', 'apparel', 'yarn', 'knitwear', 'dyeing', 'spinning', 'weaving'],
    },
  },
  {
    id: 'automotive',
    terms: [
      'auto', 'automobile', 'automobiles', 'automotive', 'auto industry', 'auto sector', 'ev', 'evs', 'electric vehicle',
      'electric vehicles', 'electric cars', 'two wheeler', 'two wheelers', 'automobile industry', 'mobility',
    ],
    values: {
      industry: ['automotive', 'automobile', '=auto', 'electric vehicle', '=ev', 'mobility'],
      skills: ['automotive', 'auto component', 'ev', 'electric vehicle', 'vehicle'],
    },
  },
  {
    id: 'manufacturing',
    terms: [
      'manufacturing', 'manufacturer', 'manufacturers', 'factory', 'factories', 'industrial', 'manufacturing unit',
      'manufacturing units', 'manufacturing company', 'manufacturing companies', 'contract manufacturing', 'production unit',
    ],
    values: {
      industry: ['manufacturing', 'industrial', 'engineering goods'],
      skills: ['manufacturing', 'plant operation', 'production'],
    },
  },
  {
    id: 'healthcare',
    terms: [
      'healthcare', 'health care', 'hospital', 'hospitals', 'medical', 'health', 'clinic', 'clinics', 'health sector',
      'healthcare industry', 'medical field', 'medical line', 'healthtech', 'nursing home', 'nursing homes',
    ],
    values: {
      industry: ['healthcare', 'health care', 'hospital', 'medical', 'health', 'wellness'],
      skills: ['hospital administration', 'healthcare management', 'general medicine'],
    },
  },
  {
    id: 'finance',
    terms: [
      'finance', 'financial services', 'banking', 'bank', 'banks', 'bfsi', 'fintech', 'nbfc', 'nbfcs', 'financial sector',
      'finance industry', 'accounting', 'accounting firm', 'accounting firms', 'capital markets', 'banking sector',
    ],
    values: {
      industry: ['finance', 'financial', 'banking', 'bank', 'bfsi', 'fintech', 'nbfc', 'accounting', 'insurance', 'capital market', 'investment'],
      skills: ['corporate finance', '=finance', 'accounting', 'banking'],
    },
  },
  {
    id: 'real-estate-and-construction',
    terms: [
      'real estate', 'realty', 'property', 'properties', 'construction', 'infrastructure', 'infra', 'real estate industry',
      'construction industry', 'housing', 'reit',
    ],
    values: {
      industry: ['real estate', 'realty', 'construction', 'infrastructure', 'property', 'housing'],
      skills: ['real estate', 'civil construction', 'construction', 'property'],
    },
  },
  {
    id: 'logistics',
    terms: [
      'logistics', 'shipping', 'transport', 'transportation', 'freight', 'courier', 'cargo', 'shipping industry',
      'logistics company', 'logistics companies', 'transporter', 'transporters', 'trucking', 'fleet', 'fleet operator',
    ],
    values: {
      industry: ['logistics', 'shipping', 'transport', 'freight', 'cargo', 'courier', 'supply chain'],
      skills: ['logistics', 'freight forwarding', 'warehousing', 'supply chain', 'shipping'],
    },
  },
  {
    id: 'food-and-hospitality',
    terms: ['food', 'food industry', 'food business', 'hospitality', 'hospitality industry', 'f&b', 'food and beverage', 'food and beverages', 'qsr'],
    values: {
      industry: ['food', 'hospitality', 'beverage', 'restaurant', 'hotel', 'catering'],
      skills: ['food processing', 'hotel management', 'restaurant management', 'bakery', 'hospitality'],
    },
  },
  {
    id: 'legal-sector',
    terms: ['law firm', 'law firms', 'legal firm', 'legal sector', 'legal industry', 'legal field', 'law chamber'],
    values: { industry: ['legal', 'law'], skills: LEGAL_SKILLS },
  },
  {
    id: 'media-and-advertising',
    terms: [
      'media', 'advertising', 'advertisement', 'ad agency', 'ad agencies', 'advertising agency', 'entertainment', 'film',
      'films', 'movies', 'cinema', 'tv', 'television', 'broadcasting', 'publishing', 'news media', 'journalism', 'ott',
      'animation', 'vfx', 'media industry',
    ],
    values: {
      industry: ['media', 'advertising', 'entertainment', 'film', 'broadcasting', 'publishing', 'television', 'animation'],
      skills: ['advertising', 'media', 'film production', 'video production', 'journalism'],
    },
  },
  {
    id: 'education',
    terms: [
      'education', 'edtech', 'ed tech', 'education sector', 'education industry', 'academia', 'e learning', 'elearning',
      'coaching institute', 'coaching centre', 'coaching center', 'training institute',
    ],
    values: {
      industry: ['education', 'edtech', 'e learning', 'training', 'academic'],
      skills: ['teaching', 'curriculum', 'training', '=education'],
    },
  },
  {
    id: 'energy',
    terms: [
      'energy', 'power', 'power sector', 'energy sector', 'electricity', 'utilities', 'oil and gas', 'petroleum',
      'power plant', 'power generation', 'energy industry', 'power industry',
    ],
    values: {
      industry: ['energy', 'power', 'electricity', 'utility', 'oil and gas', 'petroleum', 'renewable'],
      skills: ['renewable energy', 'power system', 'solar', 'energy'],
    },
  },
  {
    id: 'agriculture',
    terms: [
      'agriculture', 'agri', 'agritech', 'agri business', 'agribusiness', 'farming', 'dairy', 'poultry', 'plantation',
      'plantations', 'horticulture', 'aquaculture', 'fisheries', 'organic farming', 'agro',
    ],
    values: {
      industry: ['agriculture', 'agri', 'farming', 'dairy', 'poultry', 'plantation', 'horticulture', 'aquaculture', 'agro', 'agritech'],
      skills: ['agriculture', 'farming', 'dairy', 'horticulture', 'organic farming', 'agronomy'],
    },
  },
  {
    id: 'chemicals',
    terms: [
      'chemicals', 'chemical industry', 'chemical company', 'chemical companies', 'specialty chemicals', 'petrochemicals',
      'paints', 'dyes', 'dyes and chemicals', 'fertilisers', 'fertilizers', 'agrochemicals',
    ],
    values: { industry: ['chemical', 'petrochemical', 'paint', 'dye', 'fertiliser', 'fertilizer', 'agrochemical'] },
  },
  {
    id: 'retail-and-ecommerce',
    terms: ['retail', 'retailer', 'retailers', 'retail business', 'e-commerce', 'ecommerce', 'online store', 'online business', 'd2c', 'dtc', 'marketplace', 'supermarket', 'kirana'],
    values: {
      industry: ['retail', 'e commerce', 'ecommerce', 'd2c', 'marketplace'],
      skills: ['retail', 'e commerce', 'ecommerce'],
    },
  },
  {
    id: 'consumer-goods',
    terms: ['fmcg', 'consumer goods', 'cpg', 'consumer products', 'fmcd', 'consumer durables'],
    values: { industry: ['fmcg', 'consumer goods', 'consumer product', 'cpg', 'consumer durable'] },
  },
  {
    id: 'telecom',
    terms: ['telecom', 'telecommunications', 'telco', 'telecom sector'],
    values: { industry: ['telecom', 'telecommunication'], skills: ['telecom', 'telecommunication'] },
  },
  {
    id: 'aviation',
    terms: ['aviation', 'airline', 'airlines', 'aerospace', 'aircraft', 'aviation industry'],
    values: { industry: ['aviation', 'aerospace', 'airline'], skills: ['aviation', 'aerospace'] },
  },
  {
    id: 'consulting',
    terms: ['consulting firm', 'consulting firms', 'consultancy firm', 'management consulting', 'big 4', 'big four', 'strategy consulting', 'consulting'],
    values: {
      industry: ['consulting', 'consultancy', 'advisory', 'professional services'],
      skills: ['management consulting', 'strategy consulting', '=consulting'],
    },
  },
  {
    id: 'government',
    terms: [
      'government', 'govt', 'public sector', 'psu', 'psus', 'government service', 'civil services', 'civil servant',
      'civil servants', 'bureaucracy', 'bureaucrat', 'bureaucrats', 'ias', 'ips', 'ias officer', 'ias officers',
      'government job', 'sarkari', 'government officer', 'government officers',
    ],
    values: {
      industry: ['government', 'public sector', '=psu', 'public administration', 'civil service'],
      designation: ['=ias', '=ips', '=ifs', 'ias officer', 'civil servant', 'collector', 'commissioner'],
    },
  },
  {
    id: 'defence',
    terms: [
      'defence', 'defense', 'army', 'navy', 'air force', 'armed forces', 'military', 'indian army', 'ex serviceman',
      'ex servicemen', 'veteran', 'veterans', 'army officer', 'army officers',
    ],
    values: {
      industry: ['defence', 'defense', 'armed forces', 'military'],
      designation: ['army', 'navy', 'air force', 'colonel', 'brigadier', 'lieutenant', 'wing commander', 'major general', 'veteran'],
    },
  },
  {
    id: 'non-profit',
    terms: ['ngo', 'ngos', 'non profit', 'non-profit', 'nonprofit', 'not for profit', 'charity', 'charitable trust', 'social sector', 'social enterprise'],
    values: {
      industry: ['non profit', 'nonprofit', 'ngo', 'social', 'charity', 'development sector', 'not for profit'],
      skills: ['social work', 'csr', 'ngo', 'community development'],
    },
  },
  {
    id: 'metals-and-mining',
    terms: ['mining', 'steel', 'metals', 'metal industry', 'iron and steel', 'aluminium', 'aluminum', 'foundry', 'foundries', 'forging', 'forgings', 'castings'],
    values: {
      industry: ['mining', 'steel', 'metal', 'metallurgy', 'foundry', 'forging', 'casting'],
      skills: ['foundry', 'forging', 'casting', 'metallurgy'],
    },
  },
  {
    id: 'jewellery',
    terms: ['jewellery', 'jewelry', 'jeweller', 'jewellers', 'jeweler', 'jewelers', 'gems', 'gems and jewellery', 'diamond', 'diamonds'],
    values: { industry: ['jewellery', 'jewelry', 'gem', 'diamond'], skills: ['jewellery', 'jewelry', 'gemology', 'diamond'] },
  },
  {
    id: 'packaging-and-printing',
    terms: ['packaging', 'printing', 'printing press', 'corrugated boxes'],
    values: { industry: ['packaging', 'printing'], skills: ['packaging', 'printing'] },
  },
  {
    id: 'plastics-and-rubber',
    terms: ['plastics', 'plastic industry', 'polymers', 'rubber', 'rubber industry'],
    values: { industry: ['plastic', 'polymer', 'rubber'], skills: ['plastic', 'polymer', 'rubber', 'injection moulding', 'injection molding'] },
  },
  {
    id: 'sports',
    terms: ['sports', 'sportsperson', 'sportspersons', 'athlete', 'athletes', 'sports coach', 'sports industry'],
    values: { industry: ['sport'], skills: ['sport', 'coaching'], designation: ['coach', 'athlete'] },
    exclude: { skills: ['career coaching'], designation: ['career coach'] },
  },
];

/** Degrees as people write them; dots and spaces are ignored when comparing ("BE" matches "B.E."). */
const DEGREES: Concept[] = [
  { id: 'degree-be', terms: ['be', 'b.e.', 'b.e', 'bachelor of engineering', 'bachelors in engineering', 'bachelor in engineering'], values: { degree: ['be', 'b e', 'bachelor of engineering'] } },
  { id: 'degree-btech', terms: ['btech', 'b.tech', 'b tech', 'bachelor of technology'], values: { degree: ['btech', 'b tech', 'bachelor of technology'] } },
  { id: 'degree-me', terms: ['m.e.', 'm.e', 'master of engineering'], values: { degree: ['me', 'm e', 'master of engineering'] } },
  { id: 'degree-mtech', terms: ['mtech', 'm.tech', 'm tech', 'master of technology'], values: { degree: ['mtech', 'm tech', 'master of technology'] } },
  { id: 'degree-bsc', terms: ['bsc', 'b.sc', 'b sc', 'bachelor of science'], values: { degree: ['bsc', 'b sc', 'bachelor of science'] } },
  { id: 'degree-msc', terms: ['msc', 'm.sc', 'm sc', 'master of science'], values: { degree: ['msc', 'm sc', 'master of science', '=ms'] } },
  { id: 'degree-bcom', terms: ['bcom', 'b.com', 'b com', 'bachelor of commerce'], values: { degree: ['bcom', 'b com', 'bachelor of commerce'] } },
  { id: 'degree-mcom', terms: ['mcom', 'm.com', 'm com', 'master of commerce'], values: { degree: ['mcom', 'm com', 'master of commerce'] } },
  { id: 'degree-ba', terms: ['b.a.', 'bachelor of arts'], values: { degree: ['=ba', '=b a', 'bachelor of arts'] } },
  { id: 'degree-ma', terms: ['m.a.', 'master of arts'], values: { degree: ['=ma', '=m a', 'master of arts'] } },
  { id: 'degree-bba', terms: ['bba', 'b.b.a.', 'bachelor of business administration'], values: { degree: ['bba', 'bachelor of business administration'] } },
  {
    id: 'degree-mba',
    terms: ['mba', 'mbas', 'm.b.a.', 'master of business administration', 'pgdm', 'pgdba', 'pgp', 'post graduate diploma in management', 'b school', 'b-school'],
    values: { degree: ['mba', 'master of business administration', 'pgdm', 'pgdba', '=pgp', 'post graduate diploma in management'] },
  },
  { id: 'degree-mbbs', terms: ['mbbs', 'm.b.b.s.', 'bachelor of medicine'], values: { degree: ['mbbs', 'bachelor of medicine'] } },
  { id: 'degree-md', terms: ['doctor of medicine', 'm.d.'], values: { degree: ['=md', 'doctor of medicine'] } },
  { id: 'degree-ms-surgery', terms: ['master of surgery', 'm.s.'], values: { degree: ['=ms', 'master of surgery'] } },
  { id: 'degree-bds', terms: ['bds', 'bachelor of dental surgery'], values: { degree: ['bds', 'bachelor of dental surgery'] } },
  { id: 'degree-mds', terms: ['mds', 'master of dental surgery'], values: { degree: ['mds', 'master of dental surgery'] } },
  { id: 'degree-barch', terms: ['barch', 'b.arch', 'b arch', 'bachelor of architecture'], values: { degree: ['barch', 'b arch', 'bachelor of architecture'] } },
  { id: 'degree-march', terms: ['m.arch', 'm arch', 'master of architecture'], values: { degree: ['march', 'm arch', 'master of architecture'] } },
  { id: 'degree-llb', terms: ['llb', 'll.b.', 'll.b', 'bachelor of laws', 'bachelor of law', 'ba llb', 'bba llb'], values: { degree: ['llb', 'bachelor of law', '=bl'] } },
  { id: 'degree-llm', terms: ['llm', 'll.m.', 'll.m', 'master of laws'], values: { degree: ['llm', 'master of law'] } },
  { id: 'degree-bpharm', terms: ['bpharm', 'b.pharm', 'b pharm', 'bachelor of pharmacy'], values: { degree: ['bpharm', 'b pharm', 'bachelor of pharmacy'] } },
  { id: 'degree-mpharm', terms: ['mpharm', 'm.pharm', 'm pharm', 'master of pharmacy'], values: { degree: ['mpharm', 'm pharm', 'master of pharmacy'] } },
  { id: 'degree-phd', terms: ['phd', 'ph.d', 'ph.d.', 'phds', 'doctorate', 'doctorates', 'doctoral'], values: { degree: ['phd', 'doctorate', 'doctor of philosophy'] } },
  { id: 'degree-bca', terms: ['bca', 'bachelor of computer applications'], values: { degree: ['bca', 'bachelor of computer application'] } },
  { id: 'degree-mca', terms: ['mca', 'master of computer applications'], values: { degree: ['mca', 'master of computer application'] } },
  { id: 'degree-diploma', terms: ['diploma', 'polytechnic'], values: { degree: ['diploma', 'polytechnic'] } },
];

/** Branches (majors) with the short forms used on campus. */
const BRANCHES: Concept[] = [
  {
    id: 'branch-computer-science',
    terms: ['cs', 'cse', 'computer science', 'comp sci', 'compsci', 'computer science engineering', 'computer engineering', 'cs engineering'],
    values: { branch: ['computer science', 'computer engineering', '=cse', '=cs'] },
  },
  {
    id: 'branch-electronics',
    terms: ['ece', 'electronics', 'electronics and communication', 'electronics and communications', 'e&c', 'electronics engineering', 'electronics engineer', 'electronics engineers'],
    values: { branch: ['electronic', '=ece', '=ec', 'telecommunication'] },
  },
  { id: 'branch-electrical', terms: ['eee', 'electrical', 'electrical and electronics', 'electrical engineering'], values: { branch: ['electrical', '=eee'] } },
  { id: 'branch-mechanical', terms: ['mech', 'mechanical', 'mechanical engineering', 'mechanical engineer', 'mechanical engineers'], values: { branch: ['mechanical', '=mech'] } },
  { id: 'branch-civil', terms: ['civil'], values: { branch: ['civil'] } },
  { id: 'branch-chemical', terms: ['chemical', 'chem', 'chemical engineering', 'chemical engineer', 'chemical engineers'], values: { branch: ['chemical'] } },
  { id: 'branch-aeronautical', terms: ['aero', 'aeronautical', 'aeronautics', 'aerospace engineering'], values: { branch: ['aeronautic', 'aeronautical', 'aerospace'] } },
  { id: 'branch-instrumentation', terms: ['instrumentation', 'eie'], values: { branch: ['instrumentation', '=eie'] } },
  { id: 'branch-metallurgy', terms: ['metallurgy', 'metallurgical'], values: { branch: ['metallurgy', 'metallurgical'] } },
];

export type ConceptGroup = { name: string; fields: ListFilterField[]; concepts: Concept[] };

/**
 * All concepts, in the order their readings are offered when a term belongs to several. Each
 * group's `fields` is the default field order of its concepts: topics are about skills first,
 * roles are job titles first, sectors are industries first.
 */
export const TAXONOMY: ConceptGroup[] = [
  { name: 'topics', fields: ['skills', 'designation', 'industry', 'branch', 'degree'], concepts: TOPICS },
  { name: 'roles', fields: ['designation', 'skills', 'industry', 'degree'], concepts: ROLES },
  { name: 'sectors', fields: ['industry', 'skills', 'designation', 'branch'], concepts: SECTORS },
  { name: 'degrees', fields: ['degree'], concepts: DEGREES },
  { name: 'branches', fields: ['branch'], concepts: BRANCHES },
];
