// @ts-check
'use strict';

/**
 * Held-out synthetic community: the vocabulary (cities, invented companies,
 * professions, skills, bios) lives here, written independently of the search
 * system. Everything is plain data plus a deterministic generator.
 */

/**
 * @typedef {{
 *   name: string, phone: string, email: string, city: string, state: string, country: string,
 *   organization: string, designation: string, industry: string, skills: string[],
 *   degree: string, branch: string, graduationYear: number, annualTurnoverInr: number|null,
 *   bio: string, linkedinUrl: null, isActive: boolean, directoryVisible: boolean,
 *   contactVisibility: 'members'|'admins'
 * }} Member
 *
 * @typedef {{
 *   key: string, weight: number, industry: string,
 *   titles: string[], ownerTitles: string[], ownerRate: number,
 *   skills: string[], degrees: Array<[string, string]>,
 *   employers: Array<[string, number]>, ownedNames: string[],
 *   bios: string[], topic: string
 * }} Archetype
 */

/**
 * Small seeded PRNG (mulberry32): the same seed always yields the same community.
 * @param {number} seed
 */
function makeRng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** @template T @param {T[]} list @returns {T} */
  const pick = (list) => list[Math.floor(next() * list.length)];
  /** @param {number} lo @param {number} hi inclusive */
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  /** @param {number} p */
  const chance = (p) => next() < p;
  /** @template T @param {Array<[T, number]>} pairs @returns {T} */
  const weighted = (pairs) => {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [value, w] of pairs) {
      r -= w;
      if (r < 0) return value;
    }
    return pairs[pairs.length - 1][0];
  };
  /** @template T @param {T[]} list @param {number} n @returns {T[]} */
  const sample = (list, n) => {
    const copy = list.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, Math.min(n, copy.length));
  };
  return { next, pick, int, chance, weighted, sample };
}

/**
 * Cities: canonical name, state, country, weight, archetypes that cluster there,
 * and older/alternative names some members still type (a few records store them).
 * @type {Array<{city: string, state: string, country: string, weight: number, hubs: string[], aliases?: string[]}>}
 */
const CITIES = [
  { city: 'Nashik', state: 'Maharashtra', country: 'India', weight: 7, hubs: ['organic', 'auto', 'ca', 'foundry'] },
  { city: 'Vadodara', state: 'Gujarat', country: 'India', weight: 6, hubs: ['chemicals', 'pharma', 'solar'], aliases: ['Baroda'] },
  { city: 'Madurai', state: 'Tamil Nadu', country: 'India', weight: 5, hubs: ['dentist', 'physician', 'textiles'] },
  { city: 'Guwahati', state: 'Assam', country: 'India', weight: 4, hubs: ['organic', 'lawyer', 'ngo'] },
  { city: 'Mysuru', state: 'Karnataka', country: 'India', weight: 4, hubs: ['software', 'hospitality', 'organic'], aliases: ['Mysore'] },
  { city: 'Thrissur', state: 'Kerala', country: 'India', weight: 4, hubs: ['jewellery', 'physician', 'events'] },
  { city: 'Coimbatore', state: 'Tamil Nadu', country: 'India', weight: 4, hubs: ['foundry', 'textiles', 'electronics'], aliases: ['Kovai'] },
  { city: 'Kolhapur', state: 'Maharashtra', country: 'India', weight: 4, hubs: ['foundry', 'auto'] },
  { city: 'Rajkot', state: 'Gujarat', country: 'India', weight: 3, hubs: ['foundry', 'electronics'] },
  { city: 'Surat', state: 'Gujarat', country: 'India', weight: 3, hubs: ['textiles', 'jewellery'] },
  { city: 'Indore', state: 'Madhya Pradesh', country: 'India', weight: 3, hubs: ['education', 'food', 'architect'] },
  { city: 'Jaipur', state: 'Rajasthan', country: 'India', weight: 3, hubs: ['events', 'hospitality', 'jewellery'] },
  { city: 'Kochi', state: 'Kerala', country: 'India', weight: 3, hubs: ['export', 'hospitality'], aliases: ['Cochin'] },
  { city: 'Thiruvananthapuram', state: 'Kerala', country: 'India', weight: 2, hubs: ['software', 'govt'], aliases: ['Trivandrum'] },
  { city: 'Visakhapatnam', state: 'Andhra Pradesh', country: 'India', weight: 2, hubs: ['export', 'chemicals'], aliases: ['Vizag'] },
  { city: 'Tiruchirappalli', state: 'Tamil Nadu', country: 'India', weight: 2, hubs: ['education', 'civil'], aliases: ['Trichy'] },
  { city: 'Mangaluru', state: 'Karnataka', country: 'India', weight: 2, hubs: ['physician', 'finance'], aliases: ['Mangalore'] },
  { city: 'Belagavi', state: 'Karnataka', country: 'India', weight: 2, hubs: ['foundry', 'civil'], aliases: ['Belgaum'] },
  { city: 'Hubballi', state: 'Karnataka', country: 'India', weight: 1, hubs: ['auto'], aliases: ['Hubli'] },
  { city: 'Kozhikode', state: 'Kerala', country: 'India', weight: 1, hubs: ['food'], aliases: ['Calicut'] },
  { city: 'Ludhiana', state: 'Punjab', country: 'India', weight: 2, hubs: ['auto', 'textiles'] },
  { city: 'Dehradun', state: 'Uttarakhand', country: 'India', weight: 1, hubs: ['education', 'hospitality'] },
  { city: 'Bhubaneswar', state: 'Odisha', country: 'India', weight: 2, hubs: ['software', 'govt'] },
  { city: 'Raipur', state: 'Chhattisgarh', country: 'India', weight: 1, hubs: ['civil'] },
  { city: 'Varanasi', state: 'Uttar Pradesh', country: 'India', weight: 1, hubs: ['textiles', 'hospitality'], aliases: ['Banaras'] },
  { city: 'Aurangabad', state: 'Maharashtra', country: 'India', weight: 2, hubs: ['auto', 'pharma'], aliases: ['Chhatrapati Sambhajinagar'] },
  { city: 'Salem', state: 'Tamil Nadu', country: 'India', weight: 1, hubs: ['textiles'] },
  { city: 'Udaipur', state: 'Rajasthan', country: 'India', weight: 1, hubs: ['hospitality', 'events'] },
  { city: 'Vijayawada', state: 'Andhra Pradesh', country: 'India', weight: 1, hubs: ['finance'] },
  { city: 'Siliguri', state: 'West Bengal', country: 'India', weight: 1, hubs: ['organic', 'export'] },
  { city: 'Pune', state: 'Maharashtra', country: 'India', weight: 3, hubs: ['software', 'ai', 'ux'] },
  { city: 'Hyderabad', state: 'Telangana', country: 'India', weight: 3, hubs: ['pharma', 'ai', 'security'] },
  { city: 'Dubai', state: 'Dubai', country: 'United Arab Emirates', weight: 5, hubs: ['export', 'finance', 'jewellery'] },
  { city: 'Singapore', state: 'Singapore', country: 'Singapore', weight: 3, hubs: ['ai', 'finance', 'supplychain'] },
  { city: 'Muscat', state: 'Muscat', country: 'Oman', weight: 1, hubs: ['civil', 'export'] },
  { city: 'London', state: 'England', country: 'United Kingdom', weight: 1, hubs: ['finance', 'ux'] },
  { city: 'Houston', state: 'Texas', country: 'United States', weight: 1, hubs: ['chemicals', 'software'] },
  { city: 'Toronto', state: 'Ontario', country: 'Canada', weight: 1, hubs: ['software', 'physician'] },
  { city: 'Nairobi', state: 'Nairobi', country: 'Kenya', weight: 1, hubs: ['export', 'pharma'] },
];

/** @type {Archetype[]} */
const ARCHETYPES = [
  {
    key: 'bookkeeping', weight: 3, industry: 'Accounting & Tax', topic: 'small-business accounts',
    titles: ['Accounts Executive', 'Senior Bookkeeper', 'Accounts & Payroll Officer'],
    ownerTitles: ['Proprietor, Accounting Services', 'Founder, Bookkeeping Firm'], ownerRate: 0.35,
    skills: ['Bookkeeping & Payroll', 'Tally Prime', 'GST Return Filing', 'Salary Processing', 'Bank Reconciliation', 'TDS Compliance'],
    degrees: [['B.Com', 'Accountancy'], ['M.Com', 'Accounting & Taxation'], ['B.Com', 'Commerce'], ['BBA', 'Finance']],
    employers: [['Ledgerline Outsourcing', 3], ['Shubhlabh Accounts Hub', 2], ['Kanakdhara Services', 1]],
    ownedNames: ['{S} Accounting Services', '{S} & Associates Bookkeeping', 'Balance Sheet Point', 'Munim Ji Accounts'],
    bios: [
      'Keeps the books for about {n} shops and clinics and makes sure salaries go out on the first of every month.',
      'Handles bookkeeping, payroll and monthly GST returns for small firms in {city}.',
      'Does the day-to-day accounts for traders: entries, bank matching, salary slips and PF challans.',
      'Takes the headache of ledgers and staff salaries off small business owners.',
    ],
  },
  {
    key: 'ca', weight: 4, industry: 'Accounting & Tax', topic: 'tax and audit',
    titles: ['Chartered Accountant', 'Audit Manager', 'Senior Tax Consultant', 'Internal Audit Lead'],
    ownerTitles: ['Practising Chartered Accountant', 'Founding Partner, CA Firm'], ownerRate: 0.45,
    skills: ['Statutory Audit', 'Internal Audit', 'Income Tax Planning', 'Company Law Compliance', 'Transfer Pricing', 'Forensic Accounting'],
    degrees: [['CA', 'Chartered Accountancy'], ['CA', 'Chartered Accountancy'], ['B.Com', 'Accounting & Finance'], ['M.Com', 'Finance']],
    employers: [['Prakash Mehra & Co', 2], ['Vasudha Assurance LLP', 2], ['Trident Audit Partners', 1]],
    ownedNames: ['{S} & Co, Chartered Accountants', '{S} Bhide & Associates', '{S} Assurance LLP'],
    bios: [
      'Signs off audits for mid-sized companies and helps promoters with their income tax.',
            'Checks the numbers before banks and investors see them; also handles tax notices.',
      'Helps families and firms plan their taxes and keeps companies compliant with the Companies Act.',
    ],
  },
  {
    key: 'export', weight: 4, industry: 'Logistics & Trade', topic: 'exports and global trade',
    titles: ['Export Manager', 'Freight Forwarding Executive', 'Customs House Agent', 'Head of International Trade'],
    ownerTitles: ['Director, Export House', 'Proprietor, Freight Forwarding'], ownerRate: 0.45,
    skills: ['Export Documentation', 'Customs Clearance', 'Freight Forwarding', 'Letters of Credit', 'DGFT Licensing', 'Incoterms & Shipping'],
    degrees: [['MBA', 'International Business'], ['B.Com', 'Commerce'], ['BBA', 'Foreign Trade'], ['M.A.', 'Economics']],
    employers: [['Brahmaputra Freightways', 4], ['Sagarmala Cargo Links', 2], ['Konkan Bay Exports', 2]],
    ownedNames: ['{S} Overseas', '{S} Exim Pvt Ltd', 'Setu Global Trade', '{S} Shipping & Clearing'],
    bios: [
      'Helps small manufacturers get their goods to the Gulf and East Africa by sea, paperwork included.',
      'Sorts out shipping bills, certificates of origin and customs for exporters.',
      'Moves containers out of {city} every week and handles the bank side of overseas payments.',
      'Knows the export paperwork inside out; has shipped spices, garments and machine parts abroad for {years} years.',
    ],
  },
  {
    key: 'solar', weight: 3, industry: 'Renewable Energy', topic: 'solar power and clean energy',
    titles: ['Solar Project Engineer', 'Rooftop Solar Consultant', 'Energy Auditor'],
    ownerTitles: ['Founder, Solar EPC Company', 'Managing Partner, Solar Installations'], ownerRate: 0.4,
    skills: ['Solar EPC', 'Rooftop PV Design', 'Net Metering Approvals', 'Inverter & Battery Sizing', 'Energy Audits'],
    degrees: [['B.E.', 'Electrical Engineering'], ['B.Tech', 'Electrical & Electronics'], ['M.Tech', 'Power Systems'], ['B.E.', 'Electrical']],
    employers: [['Suryoday Cleantech', 3], ['Aditya Rooftop Power', 2], ['Helios Grid Works', 1]],
    ownedNames: ['{S} Solar Solutions', 'Prakash Surya Energy', '{S} Green Power'],
    bios: [
      'Puts panels on factory roofs and housing societies and gets the net meter approved.',
      'Designs and installs solar plants from 5 kW to 2 MW across {state}.',
      'Helps homes and factories cut their electricity bills with rooftop solar.',
      'Has commissioned over {n} solar projects, mostly for schools and warehouses.',
    ],
  },
  {
    key: 'foundry', weight: 4, industry: 'Manufacturing', topic: 'manufacturing and foundries',
    titles: ['Plant Head', 'Foundry Manager', 'Quality Control Manager', 'Production Engineer'],
    ownerTitles: ['Managing Director', 'Proprietor, Foundry', 'Founder & CEO'], ownerRate: 0.55,
    skills: ['Precision Casting', 'Investment Casting', 'Sand Moulding', 'Metallurgical Testing', 'CNC Machining', 'Pattern Making'],
    degrees: [['B.E.', 'Mechanical Engineering'], ['B.E.', 'Metallurgical Engineering'], ['B.Tech', 'Mechanical'], ['Diploma', 'Mechanical Engineering'], ['B.E.', 'Production Engineering']],
    employers: [['Sahyadri Precision Castings', 5], ['Godavari Alloys', 2], ['Panchganga Metalworks', 2]],
    ownedNames: ['{S} Castings Pvt Ltd', '{S} Engineering Works', 'Vrishabh Metalcraft', '{S} Alloys & Forgings'],
    bios: [
            'Makes investment-cast parts to tight tolerances; supplies to {n} customers in Europe.',
      'Looks after the shop floor: melting, moulding, machining and final inspection.',
    ],
  },
  {
    key: 'dentist', weight: 3, industry: 'Healthcare', topic: 'dental health',
    titles: ['Paediatric Dentist', 'Consultant Dental Surgeon', 'Orthodontist', 'Endodontist'],
    ownerTitles: ['Founder, Dental Clinic'], ownerRate: 0.3,
    skills: ['Paediatric Dentistry', 'Root Canal Treatment', 'Braces & Clear Aligners', 'Dental Implants', 'Smile Design'],
    degrees: [['BDS', 'Dental Surgery'], ['MDS', 'Pedodontics'], ['MDS', 'Orthodontics'], ['BDS', 'Dentistry']],
    employers: [['Muskaan Dental Care', 2], ['Thoothukudi Smiles', 1], ['Pearl Tooth Clinic', 1]],
    ownedNames: ['{S} Dental Studio', 'Little Teeth Clinic', '{S} Smile Centre'],
    bios: [
      'Treats children\'s teeth and makes the first dental visit fun rather than scary.',
      'Fixes crooked teeth with braces and aligners; also does implants.',
      'Dental surgeon in {city}, practising for {years} years; root canals are a speciality.',
      'A tooth doctor for kids: cavities, fluoride, habit-breaking appliances.',
    ],
  },
  {
    key: 'ux', weight: 2, industry: 'Software & IT', topic: 'design and user research',
    titles: ['UX Researcher', 'Product Designer', 'Design Lead', 'Service Designer'],
    ownerTitles: ['Founder, Design Studio'], ownerRate: 0.15,
    skills: ['UX Research', 'Usability Testing', 'Figma Prototyping', 'Interaction Design', 'User Interviews', 'Design Systems'],
    degrees: [['B.Des', 'Communication Design'], ['M.Des', 'Interaction Design'], ['B.Tech', 'Computer Science'], ['M.A.', 'Psychology']],
    employers: [['Kaveri Datalabs', 2], ['Tulsi Digital', 2], ['Neelgiri Softworks', 2]],
    ownedNames: ['{S} Design Studio', 'Kolam Design Co'],
    bios: [
      'Talks to users before anything is built, then turns what they say into screens that work.',
      'Watches people use apps and finds where they get stuck; makes products simpler.',
      'Leads product design for a fintech app used in small towns.',
      'Designs mobile apps and runs usability studies for banks and ed-tech companies.',
    ],
  },
  {
    key: 'supplychain', weight: 3, industry: 'FMCG & Retail', topic: 'supply chains',
    titles: ['Supply Chain Planner', 'Demand Planning Manager', 'Head of Logistics', 'Warehouse Operations Manager'],
    ownerTitles: ['Founder, 3PL Warehousing'], ownerRate: 0.15,
    skills: ['Supply Chain Planning', 'Demand Forecasting', 'Sales & Operations Planning', 'Inventory Optimisation', 'Warehouse Management', 'Distributor Management'],
    degrees: [['MBA', 'Operations'], ['B.E.', 'Industrial Engineering'], ['MBA', 'Supply Chain Management'], ['B.Tech', 'Mechanical Engineering']],
    employers: [['Narmada Agro Foods', 3], ['Ghar Bazaar Retail', 3], ['Swadeshi Consumer Brands', 2]],
    ownedNames: ['{S} Warehousing & Logistics'],
    bios: [
      'Makes sure the right stock sits in the right warehouse before the festive rush.',
      'Plans production and dispatch for a consumer brand across {n} depots.',
      'Forecasts what will sell next month so factories neither run out nor overproduce.',
      'Runs warehouses and distributor logistics for a packaged-foods company.',
    ],
  },
  {
    key: 'organic', weight: 3, industry: 'Agriculture', topic: 'sustainable farming',
    titles: ['Farm Manager', 'Agronomist', 'Agri Extension Officer'],
    ownerTitles: ['Organic Farmer & Founder', 'Founder, Farm Produce Company'], ownerRate: 0.6,
    skills: ['Organic Farming', 'Drip Irrigation', 'Vermicomposting', 'Grape Cultivation', 'Farm-to-Home Delivery', 'Horticulture'],
    degrees: [['B.Sc', 'Agriculture'], ['M.Sc', 'Agronomy'], ['B.Tech', 'Agricultural Engineering'], ['B.Com', 'Commerce']],
    employers: [['Narmada Agro Foods', 2], ['Bhoomi Farmer Producer Co', 2]],
    ownedNames: ['{S} Farms', 'Mitti Organics', 'Haldi Valley Produce', '{S} Agro'],
    bios: [
      'Grows chemical-free turmeric and bananas on {n} acres and sells straight to families.',
            'Runs a farmer collective that sends pesticide-free vegetables to city homes.',
      'Organic farming and composting; happy to host farm visits.',
    ],
  },
  {
    key: 'events', weight: 3, industry: 'Events & Hospitality', topic: 'events',
    titles: ['Event Manager', 'Wedding Planner', 'Corporate Events Lead'],
    ownerTitles: ['Founder, Events Agency', 'Proprietor, Wedding Planners'], ownerRate: 0.5,
    skills: ['Event Management', 'Wedding Planning', 'Corporate Offsites', 'Stage & Sound Production', 'Vendor Coordination', 'Destination Weddings'],
    degrees: [['BHM', 'Hotel Management'], ['MBA', 'Marketing'], ['BBA', 'Event Management'], ['B.A.', 'Mass Communication']],
    employers: [['Utsav Experiences', 3], ['Shaadi Saga Planners', 2]],
    ownedNames: ['{S} Events', 'Mandap & More', 'Roshni Celebrations'],
    bios: [
      'Plans weddings from the sangeet to the vidaai, including decor, caterers and sound.',
      'Organises conferences, dealer meets and annual days for companies.',
      'Puts together big fat weddings and college fests; has done {n} events this year.',
      'Handles venues, stages and vendors so hosts can enjoy their own function.',
    ],
  },
  {
    key: 'patent', weight: 2, industry: 'Legal', topic: 'intellectual property',
    titles: ['Patent Attorney', 'IP Counsel', 'Registered Patent Agent'],
    ownerTitles: ['Founder, IP Law Firm'], ownerRate: 0.3,
    skills: ['Patent Filing', 'Trademark Registration', 'Prior-Art Search', 'IP Licensing', 'Copyright Protection'],
    degrees: [['LLB', 'Intellectual Property Law'], ['LLM', 'IP Law'], ['M.Tech', 'Chemical Engineering'], ['M.Sc', 'Biotechnology']],
    employers: [['Chakra IP Associates', 2], ['Kaveri Datalabs', 1]],
    ownedNames: ['{S} IP Chambers', 'Navachar IP'],
    bios: [
      'Protects inventions: drafts patents and takes them through the patent office.',
      'Registers brand names and logos and fights copycats.',
      'Helps start-ups work out whether their idea is new and how to protect it.',
      'Files patents for engineering and pharma clients in India and abroad.',
    ],
  },
  {
    key: 'lawyer', weight: 3, industry: 'Legal', topic: 'law',
    titles: ['Advocate', 'Legal Counsel', 'Senior Associate, Law Chambers'],
    ownerTitles: ['Advocate & Founder, Law Chambers'], ownerRate: 0.4,
    skills: ['Contract Drafting', 'Property Disputes', 'Arbitration', 'Labour Law', 'Company Incorporation', 'Family Law'],
    degrees: [['LLB', 'Law'], ['BA LLB', 'Law'], ['LLM', 'Corporate Law'], ['BA LLB', 'Constitutional Law']],
    employers: [['Vidhi Legal Partners', 2], ['Nyaya Chambers', 2]],
    ownedNames: ['{S} Law Chambers', '{S} & Partners, Advocates'],
    bios: [
      'Practises civil law at the {city} courts: land, tenancy and inheritance matters.',
      'Drafts and reviews contracts and sets up new companies.',
      'Argues cases in the High Court and settles business disputes through arbitration.',
      'Advises factories on labour matters and handles employee disputes.',
    ],
  },
  {
    key: 'ai', weight: 4, industry: 'Software & IT', topic: 'artificial intelligence',
    titles: ['Machine Learning Engineer', 'Data Scientist', 'AI Research Lead', 'Head of Analytics'],
    ownerTitles: ['Co-founder & CTO, AI Start-up'], ownerRate: 0.15,
    skills: ['Machine Learning', 'Computer Vision', 'Natural Language Processing', 'Deep Learning', 'MLOps', 'Generative AI'],
    degrees: [['B.Tech', 'Computer Science & Engineering'], ['M.Tech', 'Artificial Intelligence'], ['M.Sc', 'Statistics'], ['B.E.', 'Computer Science'], ['PhD', 'Computer Science']],
    employers: [['Kaveri Datalabs', 5], ['Neelgiri Softworks', 2], ['Tulsi Digital', 1]],
    ownedNames: ['{S} AI Labs', 'Drishti Vision Systems', 'Bhasha AI'],
    bios: [
      'Builds models that read invoices and answer customer questions in Indian languages.',
      'Teaches computers to spot defects on factory lines from camera images.',
      'Works on large language models and chatbots for banks.',
      'Turns messy business data into forecasts and recommendations.',
    ],
  },
  {
    key: 'software', weight: 4, industry: 'Software & IT', topic: 'software engineering',
    titles: ['Backend Developer', 'Engineering Manager', 'Full-Stack Developer', 'Cloud Architect', 'Android Developer'],
    ownerTitles: ['Founder, Software Services Firm', 'CTO & Co-founder'], ownerRate: 0.2,
    skills: ['Node.js APIs', 'Java Microservices', 'AWS Cloud Architecture', 'Mobile App Development', 'DevOps & CI/CD', 'React Frontends'],
    degrees: [['B.E.', 'Computer Science'], ['B.Tech', 'Information Technology'], ['MCA', 'Computer Applications'], ['B.Tech', 'Electronics & Communication']],
    employers: [['Neelgiri Softworks', 4], ['Kaveri Datalabs', 3], ['Tulsi Digital', 3]],
    ownedNames: ['{S} Infotech', 'Codekatha Technologies', '{S} Software Services'],
    bios: [
      'Builds web and mobile apps for small businesses that want to sell online.',
      'Leads a team of {n} engineers shipping payment software.',
      'Moves old company systems to the cloud and keeps them running.',
      'Writes backend services and mentors juniors on clean code.',
    ],
  },
  {
    key: 'security', weight: 2, industry: 'Software & IT', topic: 'cyber security',
    titles: ['Security Analyst', 'Chief Information Security Officer', 'Penetration Tester'],
    ownerTitles: ['Founder, Cyber Security Firm'], ownerRate: 0.2,
    skills: ['Penetration Testing', 'Security Operations', 'ISO 27001 Audits', 'Network Security', 'Incident Response'],
    degrees: [['B.Tech', 'Computer Science'], ['M.Tech', 'Information Security'], ['B.E.', 'Electronics & Communication']],
    employers: [['Kavach Cyber Defence', 3], ['Neelgiri Softworks', 1]],
    ownedNames: ['{S} Cyber Labs'],
    bios: [
      'Breaks into company networks (with permission) to find the holes before criminals do.',
      'Helps firms recover from ransomware and phishing attacks.',
      'Gets companies ready for ISO 27001 and data-protection audits.',
    ],
  },
  {
    key: 'civil', weight: 3, industry: 'Construction & Real Estate', topic: 'construction',
    titles: ['Site Engineer', 'Structural Consultant', 'Project Manager, Construction', 'Quantity Surveyor'],
    ownerTitles: ['Civil Contractor', 'Builder & Developer'], ownerRate: 0.45,
    skills: ['Structural Design', 'RCC Construction', 'Project Estimation', 'Quantity Surveying', 'Building Plan Approvals'],
    degrees: [['B.E.', 'Civil Engineering'], ['M.Tech', 'Structural Engineering'], ['Diploma', 'Civil Engineering'], ['B.Tech', 'Civil']],
    employers: [['Shilpkar Infra Projects', 3], ['Deccan Buildcon', 2]],
    ownedNames: ['{S} Constructions', '{S} Builders', 'Neev Infra'],
    bios: [
      'Builds houses, schools and small commercial buildings; handles approvals too.',
      'Checks that buildings will stand up: structural design for apartments and bridges.',
            'Prepares estimates and bills of quantities for road and building projects.',
    ],
  },
  {
    key: 'architect', weight: 3, industry: 'Architecture & Design', topic: 'architecture',
    titles: ['Architect', 'Principal Architect', 'Interior Designer', 'Urban Planner'],
    ownerTitles: ['Founder, Architecture Studio'], ownerRate: 0.45,
    skills: ['Residential Architecture', 'Interior Design', 'Vastu-Compliant Planning', 'Landscape Design', '3D Visualisation', 'Heritage Restoration'],
    degrees: [['B.Arch', 'Architecture'], ['M.Arch', 'Urban Design'], ['B.Des', 'Interior Design']],
    employers: [['Shilpkar Infra Projects', 1], ['Aangan Design Studio', 2]],
    ownedNames: ['{S} Architects', 'Chowk Studio', 'Aangan Design Studio'],
    bios: [
      'Designs family homes that stay cool without air-conditioning.',
      'Does house plans, interiors and renovation of old wadas and havelis.',
      'Architect in {city} for {years} years; likes working with local stone and lime.',
      'Turns flats and offices into good-looking, practical spaces.',
    ],
  },
  {
    key: 'physician', weight: 4, industry: 'Healthcare', topic: 'health and lifestyle diseases',
    titles: ['General Physician', 'Family Doctor', 'Consultant Physician', 'Diabetologist'],
    ownerTitles: ['Founder, Family Clinic'], ownerRate: 0.3,
    skills: ['Diabetes Management', 'Preventive Health Checks', 'Hypertension Care', 'Geriatric Care', 'Thyroid Disorders'],
    degrees: [['MBBS', 'Medicine'], ['MD', 'General Medicine'], ['MBBS', 'Medicine & Surgery']],
    employers: [['Sanjeevani Multispeciality Hospital', 3], ['Arogya Nidhi Hospital', 2]],
    ownedNames: ['{S} Family Clinic', 'Dhanvantari Clinic'],
    bios: [
      'A family doctor who has looked after three generations of patients in {city}.',
      'Helps people get their sugar and blood pressure under control.',
      'Physician with {years} years of practice; runs free health camps in villages.',
      'Treats fevers, diabetes and elderly patients; does home visits for seniors.',
    ],
  },
  {
    key: 'cardio', weight: 2, industry: 'Healthcare', topic: 'heart health',
    titles: ['Interventional Cardiologist', 'Consultant Cardiologist'],
    ownerTitles: ['Founder, Heart Care Centre'], ownerRate: 0.15,
    skills: ['Angioplasty', 'Echocardiography', 'Heart Failure Management', 'Cardiac Rehabilitation'],
    degrees: [['DM', 'Cardiology'], ['MD', 'Medicine'], ['MBBS', 'Medicine']],
    employers: [['Sanjeevani Multispeciality Hospital', 2], ['Hridaya Heart Institute', 2]],
    ownedNames: ['{S} Heart Clinic'],
    bios: [
      'Heart specialist; puts in stents and runs a cardiac rehab programme.',
      'Treats heart patients and speaks about heart attacks in young Indians.',
      'Does angiograms and angioplasties at a {city} hospital.',
    ],
  },
  {
    key: 'gynaec', weight: 2, industry: 'Healthcare', topic: 'women\'s health',
    titles: ['Obstetrician & Gynaecologist', 'Fertility Specialist'],
    ownerTitles: ['Founder, Maternity Home'], ownerRate: 0.3,
    skills: ['High-Risk Pregnancy', 'IVF & Fertility', 'Laparoscopic Surgery', 'Antenatal Care'],
    degrees: [['MS', 'Obstetrics & Gynaecology'], ['MBBS', 'Medicine'], ['DGO', 'Obstetrics & Gynaecology']],
    employers: [['Arogya Nidhi Hospital', 2], ['Janani Mother & Child Hospital', 2]],
    ownedNames: ['{S} Maternity & Nursing Home'],
    bios: [
      'Has delivered thousands of babies; handles complicated pregnancies.',
      'Helps couples who struggle to conceive.',
      'Women\'s health doctor in {city} doing keyhole surgeries.',
    ],
  },
  {
    key: 'psych', weight: 2, industry: 'Healthcare', topic: 'mental health',
    titles: ['Clinical Psychologist', 'Counselling Psychologist', 'Psychotherapist'],
    ownerTitles: ['Founder, Counselling Centre'], ownerRate: 0.3,
    skills: ['Cognitive Behavioural Therapy', 'Child & Adolescent Counselling', 'Workplace Mental Health', 'Couples Therapy'],
    degrees: [['M.A.', 'Clinical Psychology'], ['M.Sc', 'Psychology'], ['M.Phil', 'Clinical Psychology']],
    employers: [['Manas Wellness', 2], ['Sanjeevani Multispeciality Hospital', 1]],
    ownedNames: ['Sukoon Counselling', '{S} Mind Clinic'],
    bios: [
      'Talks people through anxiety, stress and low moods.',
      'Works with teenagers and their parents on exam pressure and screen habits.',
      'Runs mental well-being programmes for employees at factories and IT firms.',
    ],
  },
  {
    key: 'physio', weight: 2, industry: 'Healthcare', topic: 'fitness and injuries',
    titles: ['Physiotherapist', 'Sports Physiotherapist'],
    ownerTitles: ['Founder, Physiotherapy Clinic'], ownerRate: 0.4,
    skills: ['Sports Injury Rehab', 'Post-Surgery Physiotherapy', 'Back & Neck Pain Relief', 'Ergonomics'],
    degrees: [['BPT', 'Physiotherapy'], ['MPT', 'Sports Physiotherapy']],
    employers: [['Sanjeevani Multispeciality Hospital', 1], ['Chalo Fit Rehab', 2]],
    ownedNames: ['{S} Physio Care'],
    bios: [
      'Gets people walking again after knee replacements and fractures.',
      'Treats back pain from long hours at a desk or on a two-wheeler.',
      'Works with state-level cricketers and runners on injuries.',
    ],
  },
  {
    key: 'pharma', weight: 3, industry: 'Pharmaceuticals', topic: 'pharma and drug regulation',
    titles: ['Regulatory Affairs Manager', 'QA Head', 'Formulation Scientist', 'Plant QC Chemist'],
    ownerTitles: ['Founder, Pharma Distribution', 'Director, Contract Manufacturing'], ownerRate: 0.25,
    skills: ['Regulatory Filings (CDSCO)', 'GMP Compliance', 'Formulation Development', 'Medicine Distribution', 'Clinical Trial Coordination'],
    degrees: [['B.Pharm', 'Pharmacy'], ['M.Pharm', 'Pharmaceutics'], ['M.Pharm', 'Quality Assurance'], ['M.Sc', 'Organic Chemistry']],
    employers: [['Meghdoot Pharma', 5], ['Ayushman Lifesciences', 2]],
    ownedNames: ['{S} Pharma Distributors', '{S} Lifesciences'],
    bios: [
      'Gets new medicines approved and keeps the plant ready for inspections.',
      'Develops tablets and syrups and scales them up from lab to factory.',
      'Supplies medicines to {n} chemists and hospitals in the district.',
      'Quality head at a WHO-GMP plant; has faced US FDA audits.',
    ],
  },
  {
    key: 'textiles', weight: 3, industry: 'Textiles & Garments', topic: 'textiles and fashion',
    titles: ['Merchandiser', 'Production Manager, Garments', 'Textile Designer'],
    ownerTitles: ['Garment Exporter', 'Proprietor, Handloom Unit', 'Managing Partner, Knitwear'], ownerRate: 0.55,
    skills: ['Knitwear Manufacturing', 'Handloom Sourcing', 'Block Printing', 'Garment Sampling', 'Fabric Sourcing'],
    degrees: [['B.Tech', 'Textile Technology'], ['B.Des', 'Fashion Design'], ['B.Com', 'Commerce'], ['Diploma', 'Textile Technology']],
    employers: [['Vastrakala Knits', 3], ['Resham Route Apparel', 2]],
    ownedNames: ['{S} Knit Fashions', '{S} Handlooms', 'Dhaga Clothing Co'],
    bios: [
      'Makes T-shirts and nightwear for European brands in a 300-machine unit.',
      'Works with weavers to bring handloom sarees to city buyers.',
      'Develops samples and manages bulk garment orders.',
          ],
  },
  {
    key: 'food', weight: 3, industry: 'Food Processing', topic: 'food business',
    titles: ['Food Technologist', 'Plant Manager, Dairy', 'Quality Manager, Foods'],
    ownerTitles: ['Founder, Snacks Brand', 'Owner, Spice Processing Unit'], ownerRate: 0.5,
    skills: ['FSSAI Licensing', 'Food Product Development', 'Cold Chain', 'Dairy Processing', 'Spice Grinding & Packing'],
    degrees: [['B.Tech', 'Food Technology'], ['M.Sc', 'Food Science'], ['B.Sc', 'Dairy Technology'], ['MBA', 'Agribusiness']],
    employers: [['Narmada Agro Foods', 4], ['Amrit Dairy Co-operative', 2]],
    ownedNames: ['{S} Foods', 'Chatpata Snacks', '{S} Masala Udyog'],
    bios: [
      'Makes namkeen and chikki sold in {n} towns; handles FSSAI paperwork for other food start-ups.',
      'Keeps milk cold from village collection centres to the packing plant.',
      'Creates new recipes and packaging for ready-to-eat foods.',
      'Grinds and packs spices for supermarkets and exporters.',
    ],
  },
  {
    key: 'hr', weight: 3, industry: 'Human Resources', topic: 'hiring and workplace culture',
    titles: ['HR Business Partner', 'Talent Acquisition Lead', 'HR Manager', 'Leadership Coach'],
    ownerTitles: ['Founder, Staffing Agency'], ownerRate: 0.25,
    skills: ['Talent Acquisition', 'Campus Hiring', 'HR Policy Drafting', 'PF & ESI Compliance', 'Leadership Coaching'],
    degrees: [['MBA', 'Human Resources'], ['MSW', 'HR & Labour Welfare'], ['M.A.', 'Psychology'], ['BBA', 'Human Resources']],
    employers: [['Ghar Bazaar Retail', 2], ['Meghdoot Pharma', 1], ['Sahyadri Precision Castings', 1], ['Kaveri Datalabs', 1]],
    ownedNames: ['{S} Staffing Solutions', 'Sahi Naukri Placements'],
    bios: [
      'Finds and hires people for factories and sales teams.',
      'Sets up HR policies for growing companies and handles PF and ESI.',
      'Coaches first-time managers on how to lead a team.',
      'Hires freshers from campuses across {state}.',
    ],
  },
  {
    key: 'marketing', weight: 3, industry: 'Media & Marketing', topic: 'marketing and branding',
    titles: ['Digital Marketing Consultant', 'Brand Strategist', 'Social Media Manager'],
    ownerTitles: ['Founder, Creative Agency'], ownerRate: 0.35,
    skills: ['Performance Marketing', 'SEO & Content Writing', 'Instagram Growth', 'Brand Identity', 'Google Ads'],
    degrees: [['BMM', 'Advertising'], ['MBA', 'Marketing'], ['B.A.', 'Mass Communication'], ['PGDM', 'Marketing']],
    employers: [['Tulsi Digital', 3], ['Rangmanch Creative', 2]],
    ownedNames: ['{S} Media', 'Kathaa Creative'],
    bios: [
      'Helps local brands get found on Google and grow on Instagram.',
      'Builds brand names, logos and launch campaigns for start-ups.',
      'Runs online ads that bring in leads for clinics and coaching classes.',
    ],
  },
  {
    key: 'finance', weight: 3, industry: 'Banking & Finance', topic: 'personal finance and investing',
    titles: ['Wealth Manager', 'Relationship Manager, SME Banking', 'Branch Manager', 'Equity Research Analyst', 'Insurance Advisor'],
    ownerTitles: ['Founder, Wealth Advisory', 'Mutual Fund Distributor'], ownerRate: 0.3,
    skills: ['Financial Planning', 'Mutual Funds', 'Retirement Planning', 'SME Loans', 'Equity Research', 'Term & Health Insurance'],
    degrees: [['MBA', 'Finance'], ['B.Com', 'Banking'], ['CFA', 'Investment Management'], ['M.A.', 'Economics']],
    employers: [['Sahakari Urban Bank', 3], ['Lakshmi Vilas Capital', 2], ['Gulf Crest Investments', 1]],
    ownedNames: ['{S} Wealth Advisors', 'Nivesh Mitra Finserv'],
    bios: [
      'Helps families save for children\'s education and retirement.',
      'Gets working-capital loans sanctioned for small manufacturers.',
      'Tracks listed companies and writes stock reports.',
      'Advises NRIs on investing back home.',
    ],
  },
  {
    key: 'education', weight: 3, industry: 'Education', topic: 'education and careers',
    titles: ['School Principal', 'Professor', 'Career Counsellor', 'Physics Faculty'],
    ownerTitles: ['Founder, Coaching Institute', 'Director, International School'], ownerRate: 0.3,
    skills: ['JEE & NEET Coaching', 'Curriculum Design', 'Career Counselling', 'Spoken English Training', 'School Administration'],
    degrees: [['M.Sc', 'Physics'], ['M.A.', 'English Literature'], ['B.Ed', 'Education'], ['PhD', 'Mathematics'], ['M.Sc', 'Chemistry']],
    employers: [['Gyan Deep Public School', 2], ['Saraswati Vidya Niketan', 2], ['Ekalavya Academy', 2]],
    ownedNames: ['{S} Classes', 'Ekalavya Academy', 'Prerana Learning Centre'],
    bios: [
      'Prepares students for engineering and medical entrance exams.',
      'Guides class 10 and 12 students on which course and college to choose.',
      'Teaches physics and has written textbooks for the state board.',
      'Heads a CBSE school with {n} students.',
    ],
  },
  {
    key: 'auto', weight: 3, industry: 'Automotive', topic: 'electric vehicles and automobiles',
    titles: ['EV Powertrain Engineer', 'Service Head', 'Vehicle Homologation Engineer'],
    ownerTitles: ['Dealer Principal', 'Owner, Auto Dealership'], ownerRate: 0.35,
    skills: ['EV Battery Packs', 'Automobile Dealership', 'Vehicle Homologation', 'Two-Wheeler Servicing', 'Motor Controllers'],
    degrees: [['B.E.', 'Automobile Engineering'], ['B.E.', 'Mechanical Engineering'], ['M.Tech', 'Electric Vehicles'], ['B.Tech', 'Mechanical']],
    employers: [['Chetak Motors Pvt Ltd', 3], ['Ganga E-Mobility', 2]],
    ownedNames: ['{S} Motors', '{S} Auto Agencies'],
    bios: [
      'Designs battery packs for electric scooters.',
            'Gets new vehicles certified before they go on sale.',
    ],
  },
  {
    key: 'hospitality', weight: 3, industry: 'Travel & Tourism', topic: 'tourism',
    titles: ['Hotel General Manager', 'Tour Operator', 'Travel Consultant'],
    ownerTitles: ['Founder, Homestay', 'Owner, Travel Agency'], ownerRate: 0.45,
    skills: ['Holiday Packages', 'Visa Assistance', 'Hotel Operations', 'Homestay Management', 'Pilgrimage Tours'],
    degrees: [['BHM', 'Hotel Management'], ['MBA', 'Tourism'], ['B.A.', 'History']],
    employers: [['Yatra Sangam Holidays', 2], ['Heritage Haveli Hotels', 2]],
    ownedNames: ['{S} Tours & Travels', '{S} Homestay'],
    bios: [
      'Plans family holidays and Char Dham yatras, tickets to hotels.',
      'Runs a heritage hotel and knows the local food scene.',
      'Arranges visas and tours for groups going to Europe and Southeast Asia.',
    ],
  },
  {
    key: 'chemicals', weight: 2, industry: 'Chemicals', topic: 'chemicals',
    titles: ['Production Manager', 'R&D Chemist', 'EHS Manager'],
    ownerTitles: ['Managing Director, Chemical Unit'], ownerRate: 0.4,
    skills: ['Specialty Chemicals', 'Polymer Compounding', 'Effluent Treatment', 'Paint Formulation'],
    degrees: [['B.Tech', 'Chemical Engineering'], ['M.Sc', 'Chemistry'], ['B.E.', 'Chemical']],
    employers: [['Mahi Chemicals', 3], ['Sabarmati Polymers', 2]],
    ownedNames: ['{S} Chemicals', '{S} Polymers'],
    bios: [
      'Makes dyes and resins; keeps the effluent plant within pollution-board limits.',
      'Develops paints for industrial customers.',
          ],
  },
  {
    key: 'electronics', weight: 2, industry: 'Electronics', topic: 'electronics and IoT',
    titles: ['Embedded Systems Engineer', 'Hardware Design Lead'],
    ownerTitles: ['Founder, PCB Assembly Unit'], ownerRate: 0.35,
    skills: ['Embedded Firmware', 'PCB Layout', 'IoT Devices', 'SMT Assembly'],
    degrees: [['B.E.', 'Electronics & Communication'], ['B.Tech', 'Electrical & Electronics'], ['M.Tech', 'VLSI Design']],
    employers: [['Tarang Electronics', 3], ['Ganga E-Mobility', 1]],
    ownedNames: ['{S} Electronics', 'Chip Kraft Systems'],
    bios: [
      'Designs circuit boards and firmware for smart meters.',
      'Assembles electronics for appliance and automotive customers.',
      'Builds connected sensors for farms and factories.',
    ],
  },
  {
    key: 'jewellery', weight: 2, industry: 'Gems & Jewellery', topic: 'jewellery',
    titles: ['Jewellery Designer', 'Showroom Manager'],
    ownerTitles: ['Jeweller & Proprietor', 'Gold Ornament Manufacturer'], ownerRate: 0.65,
    skills: ['Gold Hallmarking', 'Diamond Grading', 'Temple Jewellery Design', 'Bullion Trading'],
    degrees: [['B.Com', 'Commerce'], ['Diploma', 'Gemmology'], ['BBA', 'Business Administration']],
    employers: [['Swarnamala Jewellers', 2]],
    ownedNames: ['{S} Jewellers', 'Kanchan Gold House'],
    bios: [
            'Certifies diamonds and trades gold for retail jewellers.',
      'Designs temple jewellery sold in Kerala and the Gulf.',
    ],
  },
  {
    key: 'ngo', weight: 2, industry: 'Social Sector', topic: 'social impact',
    titles: ['Programme Director', 'CSR Manager', 'Field Coordinator'],
    ownerTitles: ['Founder, NGO'], ownerRate: 0.3,
    skills: ['CSR Projects', 'Grant Writing', 'Rural Livelihoods', 'Self-Help Groups'],
    degrees: [['MSW', 'Community Development'], ['M.A.', 'Development Studies'], ['MBA', 'Rural Management']],
    employers: [['Asha Kiran Foundation', 2], ['Sahyadri Precision Castings', 1]],
    ownedNames: ['{S} Foundation', 'Jeevan Jyoti Trust'],
    bios: [
      'Helps village women start small businesses through self-help groups.',
      'Runs CSR projects on water and schools for companies.',
      'Writes grant proposals and measures whether projects actually work.',
    ],
  },
  {
    key: 'govt', weight: 2, industry: 'Government & Public Sector', topic: 'public policy',
    titles: ['Deputy Collector', 'Retired IAS Officer', 'Joint Director, Industries', 'Policy Advisor'],
    ownerTitles: [], ownerRate: 0,
    skills: ['Public Administration', 'Policy Advisory', 'Government Schemes for MSMEs', 'Land Records'],
    degrees: [['M.A.', 'Public Administration'], ['B.A.', 'Political Science'], ['B.E.', 'Civil Engineering'], ['MBBS', 'Medicine']],
    employers: [['Government of Maharashtra', 1], ['Government of Kerala', 1], ['District Industries Centre', 1]],
    ownedNames: [],
    bios: [
      'Served {years} years in district administration; now advises on public policy.',
      'Knows which state schemes and subsidies small industries can claim.',
      'Handled land and revenue matters as a district officer.',
    ],
  },
];

/** Bios only business owners get (they speak of running their own unit). */
/** @type {Record<string, string[]>} */
const OWNER_BIOS = {
  ca: ['Runs a {n}-person CA practice in {city}; audits, tax returns and ROC filings.'],
  foundry: [
    'Runs a foundry that pours valve bodies and pump casings for OEMs.',
    'Owns a factory in the industrial estate making machined castings for tractor companies.',
  ],
  textiles: ['Runs a weaving and dyeing unit started by the grandfather.'],
  jewellery: ['Third-generation jeweller making traditional bridal sets.'],
  auto: ['Runs a car dealership and workshop with {n} staff.'],
  chemicals: ['Runs a plastic compounding unit supplying appliance makers.'],
  civil: ['Has built over {n} homes in {city} on a fixed-price contract.'],
  organic: ['Switched the family grape farm to natural methods; now teaches other farmers.'],
  food: ['Started a pickle and papad business at home; it now employs {n} women.'],
  hospitality: ['Turned the ancestral house into a homestay that hosts foreign tourists.'],
};

/** Skills anyone may have, on top of their profession's. */
const GENERAL_SKILLS = ['Public Speaking', 'Mentoring Start-ups', 'Team Leadership', 'Negotiation', 'Marathi Translation', 'Community Volunteering'];

/** Second bio sentences: personal, never a profession. */
const BIO_EXTRAS = [
  'Plays badminton on weekends.',
  'Mentors first-generation college students.',
  'Happy to speak at alumni events.',
  'Loves trekking in the Western Ghats.',
  'Learning Carnatic vocal music.',
  'Keen birdwatcher.',
  'Volunteers at the local blood bank.',
  'Follows cricket and Kabaddi closely.',
  'Grows vegetables on the terrace.',
  'Enjoys cooking regional thalis for friends.',
];

const FIRST_NAMES = [
  'Aarav', 'Ananya', 'Bhavesh', 'Chitra', 'Deepak', 'Devika', 'Farhan', 'Gauri', 'Harsha', 'Ishita',
  'Jayant', 'Kavya', 'Lokesh', 'Madhavi', 'Nilesh', 'Nandini', 'Omkar', 'Pallavi', 'Pranav', 'Rukmini',
  'Sandeep', 'Shalini', 'Tejas', 'Uma', 'Vaibhav', 'Vidya', 'Yash', 'Zoya', 'Abhijit', 'Bhagyashree',
  'Chandan', 'Dipika', 'Eshwar', 'Fathima', 'Girish', 'Hema', 'Irfan', 'Jyoti', 'Karthik', 'Lalitha',
  'Manoj', 'Meenakshi', 'Naveen', 'Padma', 'Rahul', 'Revathi', 'Sajan', 'Sneha', 'Tushar', 'Usha',
  'Varun', 'Anjali', 'Bipin', 'Dhruv', 'Gayatri', 'Hrishikesh', 'Jaspreet', 'Kiran', 'Mohan', 'Nirmala',
  'Parag', 'Radhika', 'Selvam', 'Tanvi', 'Upendra', 'Vasanthi', 'Amol', 'Bindu', 'Anil', 'Smita',
];
const SURNAMES = [
  'Kulkarni', 'Deshpande', 'Patil', 'Jadhav', 'Bhide', 'Shah', 'Parikh', 'Desai', 'Trivedi', 'Solanki',
  'Sundaram', 'Pandian', 'Murugan', 'Krishnan', 'Baruah', 'Gogoi', 'Das', 'Hazarika', 'Gowda', 'Hegde',
  'Shetty', 'Urs', 'Menon', 'Nair', 'Varghese', 'Thomas', 'Pillai', 'Iyer', 'Naidu', 'Reddy',
  'Chauhan', 'Rathore', 'Agarwal', 'Gupta', 'Mishra', 'Tiwari', 'Saxena', 'Grewal', 'Sandhu', 'Bose',
  'Mohanty', 'Patnaik', 'Khan', 'Qureshi', 'Fernandes', 'D\'Souza', 'Bhat', 'Joshi', 'Wagh', 'Sawant',
];
const EMAIL_DOMAINS = ['example.in', 'example.com', 'mail.example.org'];

/** Skill -> archetype key, so relevance can tell a member's profession from their skills. */
const SKILL_TO_ARCHETYPE = new Map();
for (const arch of ARCHETYPES) {
  for (const skill of arch.skills) {
    if (SKILL_TO_ARCHETYPE.has(skill)) throw new Error(`skill "${skill}" is in two archetypes`);
    SKILL_TO_ARCHETYPE.set(skill, arch.key);
  }
}

/**
 * Builds the community.
 * @param {{size?: number, seed?: number}} [options]
 * @returns {Member[]}
 */
function buildMembers({ size = 800, seed = 2026 } = {}) {
  const rng = makeRng(seed);
  const phones = new Set();
  /** @type {Member[]} */
  const members = [];
  const cityPairs = /** @type {Array<[typeof CITIES[number], number]>} */ (CITIES.map((c) => [c, c.weight]));

  for (let i = 0; i < size; i++) {
    const place = rng.weighted(cityPairs);
    const arch = rng.weighted(
      /** @type {Array<[Archetype, number]>} */ (ARCHETYPES.map((a) => [a, a.weight * (place.hubs.includes(a.key) ? 6 : 1)])),
    );
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(SURNAMES);
    const graduationYear = rng.int(1975, 2024);
    const yearsOut = 2026 - graduationYear;
    const isOwner = arch.ownerTitles.length > 0 && yearsOut >= 3 && rng.chance(arch.ownerRate);

    const [degree, branch] = rng.pick(arch.degrees);
    let designation = isOwner ? rng.pick(arch.ownerTitles) : rng.pick(arch.titles);
    if (!isOwner && yearsOut >= 42 && !designation.startsWith('Retired') && rng.chance(0.5)) designation = `Retired ${designation}`;

    let organization;
    if (isOwner) {
      organization = rng.pick(arch.ownedNames).replace('{S}', last);
    } else {
      organization = rng.weighted(arch.employers);
    }

    const skills = rng.sample(arch.skills, rng.int(2, 4));
    if (rng.chance(0.2)) skills.push(rng.pick(GENERAL_SKILLS));

    let annualTurnoverInr = null;
    if (isOwner) {
      // Log-uniform between 20 lakh and 400 crore, smaller for young businesses.
      const maxExp = yearsOut < 10 ? 8.5 : 9.6;
      annualTurnoverInr = Math.round(10 ** (6.3 + rng.next() * (maxExp - 6.3)) / 10000) * 10000;
    }

    const bioChoices = isOwner ? arch.bios.concat(OWNER_BIOS[arch.key] || []) : arch.bios;
    let bio = rng
      .pick(bioChoices)
      .replace('{n}', String(rng.int(5, 60)))
      .replace('{years}', String(Math.max(2, yearsOut - rng.int(0, 3))))
      .replace('{city}', place.city)
      .replace('{state}', place.state);
    if (rng.chance(0.45)) bio += ` ${rng.pick(BIO_EXTRAS)}`;

    let phone;
    do {
      phone = `+9198${String(rng.int(0, 99999999)).padStart(8, '0')}`;
    } while (phones.has(phone));
    phones.add(phone);

    // Some records keep the city's older name, as members typed it at sign-up.
    const city = place.aliases && rng.chance(0.12) ? place.aliases[0] : place.city;

    members.push({
      name: `${first} ${last}`,
      phone,
      email: `${first}.${last.replace(/[^A-Za-z]/g, '')}${i}@${rng.pick(EMAIL_DOMAINS)}`.toLowerCase(),
      city,
      state: place.state,
      country: place.country,
      organization,
      designation,
      industry: arch.industry,
      skills,
      degree,
      branch,
      graduationYear,
      annualTurnoverInr,
      bio,
      linkedinUrl: null,
      isActive: !rng.chance(0.02),
      directoryVisible: !rng.chance(0.03),
      contactVisibility: rng.chance(0.8) ? 'members' : 'admins',
    });
  }
  return members;
}

module.exports = { buildMembers, makeRng, CITIES, ARCHETYPES, SKILL_TO_ARCHETYPE };
