// @ts-check
'use strict';

/**
 * Deterministic synthetic communities for search evaluation and benchmarks: members with the
 * attributes real alumni and business communities have, drawn from a seeded random generator so
 * every run sees the same people.
 */

/** Mulberry32: small, fast, seedable. */
const createRandom = (seed) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const CITIES = [
  ['Chennai', 'Tamil Nadu', 'India', 14],
  ['Mumbai', 'Maharashtra', 'India', 12],
  ['Bengaluru', 'Karnataka', 'India', 12],
  ['Hyderabad', 'Telangana', 'India', 9],
  ['Delhi', 'Delhi', 'India', 8],
  ['Pune', 'Maharashtra', 'India', 7],
  ['Coimbatore', 'Tamil Nadu', 'India', 5],
  ['Kolkata', 'West Bengal', 'India', 5],
  ['Ahmedabad', 'Gujarat', 'India', 4],
  ['Kochi', 'Kerala', 'India', 4],
  ['Madurai', 'Tamil Nadu', 'India', 3],
  ['Gurugram', 'Haryana', 'India', 3],
  ['Noida', 'Uttar Pradesh', 'India', 2],
  ['Tiruchirappalli', 'Tamil Nadu', 'India', 2],
  ['Singapore', '', 'Singapore', 2],
  ['Dubai', '', 'United Arab Emirates', 2],
  ['London', '', 'United Kingdom', 2],
  ['San Jose', 'California', 'United States', 2],
];

/** Each industry with the roles, skills and bio phrases its people have. */
const INDUSTRIES = [
  {
    industry: 'Information Technology',
    weight: 16,
    designations: ['Software Engineer', 'CTO', 'Founder', 'AI Consultant', 'Product Manager', 'Engineering Manager', 'Data Scientist'],
    skills: ['Python', 'Java', 'React', 'Cloud Computing', 'DevOps', 'Machine Learning', 'Deep Learning', 'Data Science', 'Natural Language Processing', 'Computer Vision', 'Artificial Intelligence', 'Cybersecurity', 'Blockchain', 'SAP', 'Product Management'],
    bios: ['Builds software products for enterprises.', 'Leads an engineering team building SaaS tools.', 'Consults on analytics and automation for mid-size companies.'],
    organizations: ['TCS', 'Infosys', 'Zoho', 'Freshworks', 'Accenture', 'Microsoft', 'Wipro'],
  },
  {
    industry: 'Healthcare',
    weight: 10,
    designations: ['Physician', 'Orthopaedic Surgeon', 'Dermatologist', 'Cardiologist', 'Ophthalmologist', 'Paediatrician', 'Hospital Director', 'Medical Director'],
    skills: ['Dermatology', 'Cardiology', 'Ophthalmology', 'Paediatrics', 'Orthopaedics', 'General Medicine', 'Diagnostics', 'Hospital Administration'],
    bios: ['Runs a multi-speciality clinic.', 'Practises at a city hospital and teaches residents.', 'Runs a diagnostic centre.'],
    organizations: ['Apollo Hospitals', 'Manipal Hospitals', 'Kauvery Hospital', 'Fortis'],
  },
  {
    industry: 'Finance & Accounting',
    weight: 10,
    designations: ['Chartered Accountant', 'Partner', 'Investment Banker', 'Financial Advisor', 'CFO'],
    skills: ['Audit', 'Taxation', 'GST', 'Chartered Accountancy', 'Equity Research', 'Mutual Funds', 'Wealth Management', 'Insurance', 'Corporate Finance'],
    bios: ['Helps small businesses with GST compliance and tax filing.', 'Advises families on wealth management.', 'Audits manufacturing companies.'],
    organizations: ['KPMG', 'Deloitte', 'HDFC Bank', 'ICICI Bank'],
  },
  {
    industry: 'Manufacturing',
    weight: 9,
    designations: ['Founder', 'Owner', 'Managing Director', 'Plant Head', 'Proprietor'],
    skills: ['CNC Machining', 'Sheet Metal Fabrication', 'Injection Moulding', 'Lean Manufacturing', 'Six Sigma', 'Plant Operations', 'Auto Components'],
    bios: ['Runs a factory making precision components.', 'Owns a fabrication unit supplying automakers.', 'Runs a plastics moulding plant.'],
    organizations: ['Sundaram Industries', 'Precision Works', 'Kaveri Engineering'],
  },
  {
    industry: 'Textiles & Apparel',
    weight: 6,
    designations: ['Founder', 'Owner', 'Managing Director', 'Proprietor'],
    skills: ['Textile Dyeing', 'Yarn Trading', 'Apparel Merchandising', 'Garment Export', 'Knitwear'],
    bios: ['Owns a spinning mill.', 'Runs a knitwear export house.', 'Runs a garment factory in Tiruppur.'],
    organizations: ['Lakshmi Mills', 'KPR Mill', 'Tiruppur Knits'],
  },
  {
    industry: 'Legal',
    weight: 5,
    designations: ['Advocate', 'Partner', 'Legal Counsel'],
    skills: ['Litigation', 'Contract Drafting', 'Arbitration', 'Intellectual Property', 'Trademark Registration'],
    bios: ['Practises commercial litigation at the High Court.', 'Advises startups on contracts and IP.'],
    organizations: ['Shardul Amarchand', 'Khaitan & Co', 'Trilegal'],
  },
  {
    industry: 'Real Estate & Construction',
    weight: 6,
    designations: ['Builder', 'Project Director', 'Senior Architect', 'Founder'],
    skills: ['Real Estate Development', 'Civil Construction', 'Architecture', 'Interior Design', 'Structural Engineering', 'Project Management'],
    bios: ['Builds residential apartments.', 'Designs offices and homes.'],
    organizations: ['Prestige Group', 'Casagrand', 'Sobha'],
  },
  {
    industry: 'Energy',
    weight: 4,
    designations: ['Energy Consultant', 'Founder', 'Project Director'],
    skills: ['Solar Energy', 'Renewable Energy', 'Wind Energy', 'Energy Audit', 'Power Systems'],
    bios: ['Installs rooftop solar systems for factories.', 'Develops wind farms.'],
    organizations: ['Tata Power', 'Suzlon', 'ReNew'],
  },
  {
    industry: 'Pharmaceuticals',
    weight: 4,
    designations: ['Founder', 'Research Director', 'Quality Head'],
    skills: ['Drug Formulation', 'Clinical Research', 'Regulatory Affairs', 'Pharmaceutical Manufacturing'],
    bios: ['Runs a formulations plant.', 'Leads clinical trials for generics.'],
    organizations: ['Sun Pharma', 'Cipla', "Dr. Reddy's"],
  },
  {
    industry: 'Logistics & Trade',
    weight: 4,
    designations: ['Founder', 'Logistics Manager', 'Owner'],
    skills: ['Freight Forwarding', 'Supply Chain Management', 'Warehousing', 'Export Import', 'Foreign Trade Policy'],
    bios: ['Runs a freight forwarding business.', 'Exports spices to Europe.'],
    organizations: ['Blue Dart', 'Allcargo', 'Chennai Exports'],
  },
  {
    industry: 'Food & Hospitality',
    weight: 3,
    designations: ['Founder', 'Owner', 'Hotel Manager'],
    skills: ['Restaurant Management', 'Hotel Management', 'Food Processing', 'Bakery'],
    bios: ['Runs a chain of South Indian restaurants.', 'Owns a boutique hotel.'],
    organizations: ['Saravana Bhavan', 'Taj Hotels', 'Adyar Ananda Bhavan'],
  },
  {
    industry: 'Marketing & Media',
    weight: 3,
    designations: ['Creative Director', 'Founder', 'Marketing Head'],
    skills: ['SEO', 'Public Relations', 'Brand Strategy', 'Digital Marketing'],
    bios: ['Runs a digital marketing agency.', 'Handles PR for consumer brands.'],
    organizations: ['Ogilvy', 'Madison', 'WATConsult'],
  },
  {
    industry: 'Education',
    weight: 3,
    designations: ['Professor', 'Dean', 'Teacher', 'Founder'],
    skills: ['Teaching', 'Curriculum Design', 'Career Counselling'],
    bios: ['Teaches engineering students.', 'Runs a coaching institute.'],
    organizations: ['Anna University', 'IIT Madras', 'PSG College'],
  },
];

const DEGREES = [
  ['B.E.', ['Computer Science', 'Mechanical', 'Civil', 'Electronics', 'Chemical', 'Production']],
  ['B.Tech', ['Computer Science', 'Information Technology', 'Biotechnology', 'Textile Technology']],
  ['M.Tech', ['Structural Engineering', 'Power Systems', 'Computer Science']],
  ['MBA', ['Finance', 'Marketing', 'Operations']],
  ['MBBS', ['Medicine']],
  ['B.Com', ['Commerce']],
  ['LLB', ['Law']],
  ['B.Arch', ['Architecture']],
  ['M.Sc', ['Physics', 'Chemistry']],
];

/** The degree that fits an industry best, so a doctor has an MBBS and a lawyer an LLB. */
const DEGREE_BY_INDUSTRY = {
  Healthcare: 'MBBS',
  Legal: 'LLB',
  'Finance & Accounting': 'B.Com',
  'Real Estate & Construction': 'B.Arch',
};

const FIRST_NAMES = ['Aarav', 'Aditi', 'Akash', 'Anand', 'Anjali', 'Arjun', 'Ashok', 'Bala', 'Chitra', 'Deepa', 'Dinesh', 'Divya', 'Farhan', 'Gayathri', 'Harini', 'Imran', 'Jaya', 'Karthik', 'Kavya', 'Lakshmi', 'Manoj', 'Meera', 'Naveen', 'Nisha', 'Padma', 'Pooja', 'Prakash', 'Priya', 'Rahul', 'Ramesh', 'Rekha', 'Sanjay', 'Senthil', 'Sneha', 'Suresh', 'Tara', 'Uma', 'Vijay', 'Vinod', 'Zoya'];
const LAST_NAMES = ['Iyer', 'Menon', 'Nair', 'Reddy', 'Rao', 'Sharma', 'Gupta', 'Krishnan', 'Subramanian', 'Pillai', 'Das', 'Banerjee', 'Mehta', 'Shah', 'Joshi', 'Kulkarni', 'Desai', 'Naidu', 'Thomas', 'Khan', 'Singh', 'Chatterjee', 'Mukherjee', 'Verma', 'Gill'];

const OWNER_ROLES = new Set(['Founder', 'Owner', 'Managing Director', 'Proprietor', 'Builder']);

/**
 * @param {{ size: number, seed?: number }} options
 * @returns {Array<Record<string, any>>} members in the shape of the member content type
 */
const generateMembers = ({ size, seed = 42 }) => {
  const random = createRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const weighted = (list, weightOf) => {
    const total = list.reduce((sum, item) => sum + weightOf(item), 0);
    let roll = random() * total;
    for (const item of list) {
      roll -= weightOf(item);
      if (roll <= 0) return item;
    }
    return list[list.length - 1];
  };
  const sample = (list, count) => {
    const copy = [...list];
    const chosen = [];
    while (chosen.length < count && copy.length > 0) chosen.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
    return chosen;
  };

  const members = [];
  for (let i = 0; i < size; i += 1) {
    const [city, state, country] = weighted(CITIES, (entry) => entry[3]);
    const profile = weighted(INDUSTRIES, (entry) => entry.weight);
    const designation = pick(profile.designations);
    const degreeName = DEGREE_BY_INDUSTRY[profile.industry] && random() < 0.85 ? DEGREE_BY_INDUSTRY[profile.industry] : pick(DEGREES)[0];
    const [, branches] = DEGREES.find(([name]) => name === degreeName) ?? DEGREES[0];
    const name = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
    const isOwner = OWNER_ROLES.has(designation);
    members.push({
      name,
      // +91 7/8/9 followed by 9 digits, unique by construction.
      phone: `+919${String(100000000 + i).slice(-9)}`,
      email: `member${i}@example.org`,
      city,
      state: state || null,
      country,
      organization: isOwner && random() < 0.5 ? `${name.split(' ')[1]} ${pick(['Industries', 'Enterprises', 'Group', 'Exports'])}` : pick(profile.organizations),
      designation,
      industry: profile.industry,
      skills: sample(profile.skills, 2 + Math.floor(random() * 3)),
      degree: degreeName,
      branch: pick(branches),
      graduationYear: 1980 + Math.floor(random() * 43),
      annualTurnoverInr: isOwner ? Math.round(10 ** (6 + random() * 3.5)) : null,
      bio: pick(profile.bios),
      isActive: random() > 0.02,
      directoryVisible: random() > 0.03,
      contactVisibility: random() > 0.2 ? 'members' : 'admins',
    });
  }
  return members;
};

module.exports = { generateMembers, createRandom, INDUSTRIES, CITIES };
