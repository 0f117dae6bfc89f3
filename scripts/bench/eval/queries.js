// @ts-check
'use strict';

/**
 * The search evaluation set: natural-language queries with their ground truth, written as rules
 * over member attributes (never taken from the system's own output). A member is relevant when
 * the rule holds.
 */

const AI = ['Artificial Intelligence', 'Machine Learning', 'Deep Learning', 'Data Science', 'Natural Language Processing', 'Computer Vision'];
const DOCTOR_ROLES = ['Physician', 'Orthopaedic Surgeon', 'Dermatologist', 'Cardiologist', 'Ophthalmologist', 'Paediatrician', 'Medical Director'];
const OWNER_ROLES = ['Founder', 'Owner', 'Managing Director', 'Proprietor', 'Founder & CEO'];
const SOUTH_INDIA_STATES = ['Tamil Nadu', 'Karnataka', 'Kerala', 'Telangana', 'Andhra Pradesh'];

const has = (member, skills) => member.skills.some((skill) => skills.includes(skill));
const inCity = (member, ...cities) => cities.includes(member.city);
const role = (member, roles) => roles.includes(member.designation);
const CR = 10_000_000;
const LAKH = 100_000;

/** @type {Array<{ q: string, kind: string, relevant: (member: any) => boolean }>} */
module.exports = [
  { q: 'AI experts in Chennai', kind: 'mixed', relevant: (m) => inCity(m, 'Chennai') && has(m, AI) },
  { q: 'machine learning people in Bangalore', kind: 'mixed', relevant: (m) => inCity(m, 'Bengaluru') && has(m, AI) },
  { q: 'data scientists in Hyderabad', kind: 'mixed', relevant: (m) => inCity(m, 'Hyderabad') && (has(m, AI) || m.designation === 'Data Scientist') },
  { q: 'python developers', kind: 'skill', relevant: (m) => has(m, ['Python']) },
  { q: 'pyhton developers in pune', kind: 'typos', relevant: (m) => inCity(m, 'Pune') && has(m, ['Python']) },
  { q: 'react developer', kind: 'skill', relevant: (m) => has(m, ['React']) },
  { q: 'cybersecurity experts', kind: 'skill', relevant: (m) => has(m, ['Cybersecurity']) },
  { q: 'blockchain', kind: 'skill', relevant: (m) => has(m, ['Blockchain']) },
  { q: 'cloud and devops engineers in Mumbai', kind: 'mixed', relevant: (m) => inCity(m, 'Mumbai') && has(m, ['Cloud Computing', 'DevOps']) },
  { q: 'skin doctor in Chennai', kind: 'service-need', relevant: (m) => inCity(m, 'Chennai') && (has(m, ['Dermatology']) || m.designation === 'Dermatologist') },
  { q: 'eye doctor', kind: 'service-need', relevant: (m) => has(m, ['Ophthalmology']) || m.designation === 'Ophthalmologist' },
  { q: 'heart specialist in Bombay', kind: 'service-need', relevant: (m) => inCity(m, 'Mumbai') && (has(m, ['Cardiology']) || m.designation === 'Cardiologist') },
  { q: 'child doctor', kind: 'service-need', relevant: (m) => has(m, ['Paediatrics']) || m.designation === 'Paediatrician' },
  { q: 'doctors in Madras', kind: 'place', relevant: (m) => inCity(m, 'Chennai') && (role(m, DOCTOR_ROLES) || (m.industry === 'Healthcare' && m.degree === 'MBBS')) },
  { q: 'orthopaedic surgeon', kind: 'skill', relevant: (m) => has(m, ['Orthopaedics']) || m.designation === 'Orthopaedic Surgeon' },
  { q: 'someone who can audit my accounts', kind: 'service-need', relevant: (m) => has(m, ['Audit', 'Chartered Accountancy']) || m.designation === 'Chartered Accountant' },
  { q: 'chartered accountant in Coimbatore', kind: 'mixed', relevant: (m) => inCity(m, 'Coimbatore') && (has(m, ['Chartered Accountancy', 'Audit']) || m.designation === 'Chartered Accountant') },
  { q: 'GST consultant', kind: 'skill', relevant: (m) => has(m, ['GST', 'Taxation']) },
  { q: 'tax consultant in Delhi', kind: 'mixed', relevant: (m) => inCity(m, 'Delhi') && (has(m, ['Taxation', 'GST', 'Chartered Accountancy']) || m.designation === 'Chartered Accountant') },
  { q: 'Pune mein koi CA chahiye', kind: 'hinglish', relevant: (m) => inCity(m, 'Pune') && (has(m, ['Chartered Accountancy', 'Audit', 'Taxation']) || m.designation === 'Chartered Accountant') },
  { q: 'wealth management advisors', kind: 'skill', relevant: (m) => has(m, ['Wealth Management', 'Mutual Funds']) || m.designation === 'Financial Advisor' },
  { q: 'investment bankers in Mumbai', kind: 'mixed', relevant: (m) => inCity(m, 'Mumbai') && m.designation === 'Investment Banker' },
  { q: 'lawyers in Calcutta', kind: 'place', relevant: (m) => inCity(m, 'Kolkata') && (m.industry === 'Legal' || has(m, ['Litigation', 'Contract Drafting', 'Arbitration'])) },
  { q: 'trademark registration help', kind: 'service-need', relevant: (m) => has(m, ['Trademark Registration', 'Intellectual Property']) },
  { q: 'arbitration lawyer', kind: 'skill', relevant: (m) => has(m, ['Arbitration']) },
  { q: 'who runs a factory in Coimbatore', kind: 'mixed', relevant: (m) => inCity(m, 'Coimbatore') && m.industry === 'Manufacturing' && role(m, OWNER_ROLES) },
  { q: 'CNC machining', kind: 'skill', relevant: (m) => has(m, ['CNC Machining']) },
  { q: 'founders with turnover over 2 crore', kind: 'numbers', relevant: (m) => role(m, ['Founder', 'Founder & CEO']) && (m.annualTurnoverInr ?? 0) > 2 * CR },
  { q: 'business owners with 50 lakh+ turnover in Chennai', kind: 'numbers', relevant: (m) => inCity(m, 'Chennai') && role(m, OWNER_ROLES) && (m.annualTurnoverInr ?? 0) >= 50 * LAKH },
  { q: 'companies with 1-5 Cr turnover', kind: 'numbers', relevant: (m) => (m.annualTurnoverInr ?? 0) >= 1 * CR && (m.annualTurnoverInr ?? 0) <= 5 * CR },
  { q: 'textile exporters', kind: 'skill', relevant: (m) => m.industry === 'Textiles & Apparel' || has(m, ['Garment Export']) },
  { q: 'garment export in Tiruppur or Coimbatore', kind: 'place', relevant: (m) => inCity(m, 'Coimbatore') && (m.industry === 'Textiles & Apparel') },
  { q: 'solar energy consultants', kind: 'skill', relevant: (m) => has(m, ['Solar Energy', 'Renewable Energy']) },
  { q: 'renewable energy in Chennai or Coimbatore', kind: 'place', relevant: (m) => inCity(m, 'Chennai', 'Coimbatore') && (has(m, ['Solar Energy', 'Renewable Energy', 'Wind Energy']) || m.industry === 'Energy') },
  { q: 'architects in Kochi', kind: 'mixed', relevant: (m) => inCity(m, 'Kochi') && (has(m, ['Architecture']) || m.designation === 'Senior Architect') },
  { q: 'interior designer', kind: 'skill', relevant: (m) => has(m, ['Interior Design']) },
  { q: 'builders in Hyderabad', kind: 'mixed', relevant: (m) => inCity(m, 'Hyderabad') && (m.designation === 'Builder' || has(m, ['Real Estate Development'])) },
  { q: 'pharma people', kind: 'skill', relevant: (m) => m.industry === 'Pharmaceuticals' },
  { q: 'clinical research', kind: 'skill', relevant: (m) => has(m, ['Clinical Research']) },
  { q: 'freight forwarding', kind: 'skill', relevant: (m) => has(m, ['Freight Forwarding']) },
  { q: 'restaurant owners', kind: 'mixed', relevant: (m) => has(m, ['Restaurant Management']) && role(m, OWNER_ROLES) },
  { q: 'SEO and digital marketing', kind: 'skill', relevant: (m) => has(m, ['SEO', 'Digital Marketing']) },
  { q: 'professors', kind: 'speakers', relevant: (m) => role(m, ['Professor', 'Dean']) },
  { q: 'batch of 98', kind: 'batchmates', relevant: (m) => m.graduationYear === 1998 },
  { q: 'passed out in 2012 in Chennai', kind: 'batchmates', relevant: (m) => m.graduationYear === 2012 && inCity(m, 'Chennai') },
  { q: 'MBAs who graduated between 2000 and 2005', kind: 'batchmates', relevant: (m) => m.degree === 'MBA' && m.graduationYear >= 2000 && m.graduationYear <= 2005 },
  { q: 'IT people who graduated after 2015', kind: 'batchmates', relevant: (m) => m.industry === 'Information Technology' && m.graduationYear > 2015 },
  { q: 'mechanical engineers', kind: 'degree-branch', relevant: (m) => m.branch === 'Mechanical' },
  { q: 'people at Zoho', kind: 'company', relevant: (m) => m.organization === 'Zoho' },
  { q: 'anyone from KPMG', kind: 'company', relevant: (m) => m.organization === 'KPMG' },
  { q: 'alumni in Singapore', kind: 'place', relevant: (m) => inCity(m, 'Singapore') },
  { q: 'members in the UK', kind: 'place', relevant: (m) => m.country === 'United Kingdom' },
  { q: 'CTOs in Bengaluru', kind: 'mixed', relevant: (m) => inCity(m, 'Bengaluru') && m.designation === 'CTO' },
  { q: 'hospital directors in South India', kind: 'place', relevant: (m) => SOUTH_INDIA_STATES.includes(m.state) && role(m, ['Hospital Director', 'Medical Director']) },
  // Kinds of failure from issue 19, written from member attributes before any fix.
  // Typos inside multi-word skills together with a misspelt city.
  { q: 'machine lerning engneers in hydrabad', kind: 'typos', relevant: (m) => inCity(m, 'Hyderabad') && has(m, AI) },
  { q: 'cloud computng experts in chenai', kind: 'typos', relevant: (m) => inCity(m, 'Chennai') && has(m, ['Cloud Computing']) },
  { q: 'suply chain managment people in mumbai', kind: 'typos', relevant: (m) => inCity(m, 'Mumbai') && has(m, ['Supply Chain Management']) },
  { q: 'interior desiner in banglore', kind: 'typos', relevant: (m) => inCity(m, 'Bengaluru') && has(m, ['Interior Design']) },
  { q: 'digtal marketting agency in mumbay', kind: 'typos', relevant: (m) => inCity(m, 'Mumbai') && has(m, ['Digital Marketing']) },
  // Needs in everyday words that reach a skill only through meaning.
  { q: 'a person to fix our books', kind: 'service-need', relevant: (m) => has(m, ['Chartered Accountancy', 'Audit', 'Taxation']) || m.designation === 'Chartered Accountant' },
  { q: 'someone to take our products to buyers overseas', kind: 'service-need', relevant: (m) => has(m, ['Export Import', 'Garment Export', 'Foreign Trade Policy']) },
  { q: 'who can make our office run greener', kind: 'service-need', relevant: (m) => has(m, ['Energy Audit', 'Solar Energy', 'Renewable Energy']) },
  { q: 'someone to stop hackers getting into our systems', kind: 'service-need', relevant: (m) => has(m, ['Cybersecurity']) },
  { q: 'help to get more customers from the internet', kind: 'service-need', relevant: (m) => has(m, ['Digital Marketing', 'SEO']) },
  { q: 'someone to protect our brand name', kind: 'service-need', relevant: (m) => has(m, ['Trademark Registration', 'Intellectual Property']) },
  // Degree and branch phrasings.
  { q: 'mechanical engineers from the 2013 batch', kind: 'degree-branch', relevant: (m) => m.branch === 'Mechanical' && m.graduationYear === 2013 },
  { q: 'civil engineers of the 98 batch', kind: 'degree-branch', relevant: (m) => m.branch === 'Civil' && m.graduationYear === 1998 },
  { q: 'MBA finance grads', kind: 'degree-branch', relevant: (m) => m.degree === 'MBA' && m.branch === 'Finance' },
  { q: 'a civil engineering alum', kind: 'degree-branch', relevant: (m) => m.branch === 'Civil' },
  { q: 'computer science graduates in Chennai', kind: 'degree-branch', relevant: (m) => m.branch === 'Computer Science' && inCity(m, 'Chennai') },
  { q: 'chemical engineering batchmates', kind: 'degree-branch', relevant: (m) => m.branch === 'Chemical' },
  { q: 'MBA marketing', kind: 'degree-branch', relevant: (m) => m.degree === 'MBA' && m.branch === 'Marketing' },
  // Questions no member can answer: a profession nobody has, nonsense.
  { q: 'zookeepers', kind: 'unanswerable', relevant: () => false },
  { q: 'astronaut in Chennai', kind: 'unanswerable', relevant: () => false },
  { q: 'professional ballet dancers', kind: 'unanswerable', relevant: () => false },
  { q: 'qwxz blorf', kind: 'unanswerable', relevant: () => false },
  { q: 'deep sea divers', kind: 'unanswerable', relevant: () => false },
  { q: 'veterinary surgeon for my dog', kind: 'unanswerable', relevant: () => false },
  // Issue 19 §3, second round: more of the kinds the held-out measure found weakest (Hinglish,
  // needs in everyday words), written from member attributes before any change to the parser.
  // Hinglish.
  { q: 'koi CA chahiye jo GST file kare', kind: 'hinglish', relevant: (m) => has(m, ['GST', 'Taxation', 'Chartered Accountancy']) || m.designation === 'Chartered Accountant' },
  { q: 'Pune mein doctor hai kya', kind: 'hinglish', relevant: (m) => inCity(m, 'Pune') && (role(m, DOCTOR_ROLES) || (m.industry === 'Healthcare' && m.degree === 'MBBS')) },
  { q: 'Bangalore mein koi vakil hai?', kind: 'hinglish', relevant: (m) => inCity(m, 'Bengaluru') && m.industry === 'Legal' },
  { q: 'Chennai mein dil ka doctor chahiye', kind: 'hinglish', relevant: (m) => inCity(m, 'Chennai') && (has(m, ['Cardiology']) || m.designation === 'Cardiologist') },
  { q: 'bacchon ka doctor batao', kind: 'hinglish', relevant: (m) => has(m, ['Paediatrics']) || m.designation === 'Paediatrician' },
  { q: 'Mumbai mein export ka kaam karne wale log', kind: 'hinglish', relevant: (m) => inCity(m, 'Mumbai') && has(m, ['Export Import', 'Garment Export', 'Foreign Trade Policy']) },
  { q: 'Hyderabad se koi software wala', kind: 'hinglish', relevant: (m) => inCity(m, 'Hyderabad') && m.industry === 'Information Technology' },
  { q: 'paisa invest karne ke liye koi advisor', kind: 'hinglish', relevant: (m) => has(m, ['Wealth Management', 'Mutual Funds']) || m.designation === 'Financial Advisor' },
  { q: 'ghar ka interior karwana hai', kind: 'hinglish', relevant: (m) => has(m, ['Interior Design']) },
  { q: 'kapde ka business karne wale', kind: 'hinglish', relevant: (m) => m.industry === 'Textiles & Apparel' },
  // Needs in everyday words.
  { q: 'someone to sort out our tax filings', kind: 'service-need', relevant: (m) => has(m, ['Taxation', 'GST', 'Chartered Accountancy']) || m.designation === 'Chartered Accountant' },
  { q: 'who can help us sell to customers abroad', kind: 'service-need', relevant: (m) => has(m, ['Export Import', 'Garment Export', 'Foreign Trade Policy']) },
  { q: 'someone to make our home look beautiful inside', kind: 'service-need', relevant: (m) => has(m, ['Interior Design']) },
  { q: 'cut the power costs of our factory', kind: 'service-need', relevant: (m) => has(m, ['Energy Audit', 'Solar Energy', 'Renewable Energy']) },
  { q: 'help with a legal dispute with a supplier', kind: 'service-need', relevant: (m) => has(m, ['Litigation', 'Arbitration']) },
  { q: 'someone to move our goods to the port', kind: 'service-need', relevant: (m) => has(m, ['Freight Forwarding', 'Export Import', 'Warehousing', 'Supply Chain Management']) },
  { q: 'my knee hurts, I need a bone specialist', kind: 'service-need', relevant: (m) => has(m, ['Orthopaedics']) || m.designation === 'Orthopaedic Surgeon' },
  { q: 'who can get our brand covered in the press', kind: 'service-need', relevant: (m) => has(m, ['Public Relations']) },
  { q: 'someone to cut waste on our shop floor', kind: 'service-need', relevant: (m) => has(m, ['Lean Manufacturing', 'Six Sigma']) },
  // Typos inside multi-word skills with a misspelt city.
  { q: 'welth managment advisers in dilli', kind: 'typos', relevant: (m) => inCity(m, 'Delhi') && (has(m, ['Wealth Management', 'Mutual Funds']) || m.designation === 'Financial Advisor') },
  { q: 'renewabel enrgy in coimbatur', kind: 'typos', relevant: (m) => inCity(m, 'Coimbatore') && has(m, ['Solar Energy', 'Renewable Energy', 'Wind Energy']) },
  { q: 'contract drafing lawyer in kolkatta', kind: 'typos', relevant: (m) => inCity(m, 'Kolkata') && has(m, ['Contract Drafting']) },
  { q: 'hotel managment in gurgoan', kind: 'typos', relevant: (m) => inCity(m, 'Gurugram') && has(m, ['Hotel Management']) },
  { q: 'injection molding in chenai', kind: 'typos', relevant: (m) => inCity(m, 'Chennai') && has(m, ['Injection Moulding']) },
  // Degree and branch phrasings.
  { q: 'B.Tech IT grads', kind: 'degree-branch', relevant: (m) => m.degree === 'B.Tech' && m.branch === 'Information Technology' },
  { q: 'electronics engineers who passed out in 2005', kind: 'degree-branch', relevant: (m) => m.branch === 'Electronics' && m.graduationYear === 2005 },
  { q: 'people who studied law', kind: 'degree-branch', relevant: (m) => m.degree === 'LLB' || m.branch === 'Law' },
  { q: 'MBBS grads in Mumbai', kind: 'degree-branch', relevant: (m) => m.degree === 'MBBS' && inCity(m, 'Mumbai') },
  { q: 'M.Tech in structural engineering', kind: 'degree-branch', relevant: (m) => m.degree === 'M.Tech' && m.branch === 'Structural Engineering' },
  // Professions nobody here has.
  { q: 'a plumber in Pune', kind: 'unanswerable', relevant: () => false },
  { q: 'tattoo artist', kind: 'unanswerable', relevant: () => false },
  { q: 'airline pilots', kind: 'unanswerable', relevant: () => false },
  { q: 'koi electrician hai kya', kind: 'unanswerable', relevant: () => false },
];
