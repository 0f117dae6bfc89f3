// @ts-check
'use strict';

/**
 * Held-out test set for people search: a synthetic community plus questions whose
 * relevance is decided only from the attributes this generator wrote.
 * Frozen: do not tune the search system against it (see README.md).
 *
 *   const { generateMembers, queries } = require('./scripts/bench/eval/heldout');
 *   const members = generateMembers({ size: 800, seed: 2026 });
 *   for (const { q, kind, relevant } of queries) members.filter(relevant) ...
 */

const { buildMembers, CITIES, SKILL_TO_ARCHETYPE } = require('./community');

/** @typedef {import('./community').Member} Member */
/** @typedef {(m: Member) => boolean} Predicate */
/** @typedef {{ q: string, kind: string, relevant: Predicate }} Query */

/**
 * @param {{size?: number, seed?: number}} [options]
 * @returns {Member[]}
 */
function generateMembers({ size = 800, seed = 2026 } = {}) {
  return buildMembers({ size, seed });
}

// ---- relevance helpers: all read generated attributes only ----

/** The profession a member was generated with, recovered from their skills. */
function professionOf(/** @type {Member} */ m) {
  for (const skill of m.skills) {
    const key = SKILL_TO_ARCHETYPE.get(skill);
    if (key) return key;
  }
  return null;
}
/** @param {...string} keys @returns {Predicate} */
const is = (...keys) => (m) => keys.includes(/** @type {string} */ (professionOf(m)));
/** @param {...string} names canonical city names; a member's record may hold an alias @returns {Predicate} */
const inCity = (...names) => {
  const accepted = new Set();
  for (const name of names) {
    const entry = CITIES.find((c) => c.city === name);
    if (!entry) throw new Error(`unknown city ${name}`);
    accepted.add(entry.city);
    for (const alias of entry.aliases || []) accepted.add(alias);
  }
  return (m) => accepted.has(m.city);
};
/** @param {string} state @returns {Predicate} */
const inState = (state) => (m) => m.state === state;
/** @param {number} from @param {number} to inclusive @returns {Predicate} */
const gradYears = (from, to) => (m) => m.graduationYear >= from && m.graduationYear <= to;
/** @param {number} year @returns {Predicate} */
const gradYear = (year) => gradYears(year, year);
/** @param {RegExp} re @returns {Predicate} */
const skill = (re) => (m) => m.skills.some((s) => re.test(s));
/** @param {RegExp} re @returns {Predicate} */
const degree = (re) => (m) => re.test(m.degree);
/** @param {RegExp} re @returns {Predicate} */
const branch = (re) => (m) => re.test(m.branch);
/** @param {string} name @returns {Predicate} */
const worksAt = (name) => (m) => m.organization === name;
/** Business owners are exactly the members with a turnover. @param {number} min @param {number} [max] @returns {Predicate} */
const turnover = (min, max = Infinity) => (m) => m.annualTurnoverInr !== null && m.annualTurnoverInr > min && m.annualTurnoverInr < max;
/** @param {Member} m */
const fullText = (m) => [m.designation, m.organization, m.industry, m.skills.join(' '), m.degree, m.branch, m.bio].join(' | ');
/** For unanswerable questions: true only if the generator ever produced the thing. @param {RegExp} re @returns {Predicate} */
const mentions = (re) => (m) => re.test(fullText(m));
/** @param {...Predicate} ps @returns {Predicate} */
const all = (...ps) => (m) => ps.every((p) => p(m));
/** @param {...Predicate} ps @returns {Predicate} */
const any = (...ps) => (m) => ps.some((p) => p(m));

const CRORE = 1e7;
const LAKH = 1e5;

const engineeringDegree = degree(/^(B\.E\.|B\.Tech|M\.Tech|Diploma)$/);
const mechanical = all(engineeringDegree, branch(/mechanical|production/i));
const medicalDoctor = degree(/^(MBBS|MD|DM|MS|DGO)$/);
const doctor = is('physician', 'cardio', 'gynaec');
const childDentist = all(
  is('dentist'),
  any(skill(/paediatric/i), branch(/pedodontics/i), (m) => /paediatric/i.test(m.designation), (m) => /child|kids/i.test(m.bio)),
);
const techPeople = is('software', 'ai', 'ux', 'security');
const pharmaRegulatory = all(is('pharma'), any(skill(/regulatory|GMP/i), (m) => /regulatory|QA Head/i.test(m.designation), (m) => /approved|inspection/i.test(m.bio)));
const structural = any(skill(/structural/i), branch(/structural/i), (m) => /structural/i.test(m.designation), (m) => /structural/i.test(m.bio));
const MAKING_INDUSTRIES = ['Manufacturing', 'Chemicals', 'Textiles & Garments', 'Food Processing', 'Electronics'];
/** @type {Predicate} */
const manufacturer = (m) => MAKING_INDUSTRIES.includes(m.industry) || /manufactur/i.test(m.designation);

/** @type {Query[]} */
const queries = [
  // ---- service-need: everyday words, the member does not name the profession ----
  { kind: 'service-need', q: 'someone to sort out my payroll', relevant: is('bookkeeping') },
  { kind: 'service-need', q: 'need help shipping goods to dubai', relevant: is('export') },
  { kind: 'service-need', q: 'someone who can audit my accounts', relevant: is('ca') },
  { kind: 'service-need', q: 'got an income tax notice for my firm, who can help me reply to it?', relevant: is('ca') },
  { kind: 'service-need', q: 'want to put solar panels on my factory roof, whom to contact', relevant: is('solar') },
  { kind: 'service-need', q: 'my 6 yr old has a cavity, any child friendly tooth doctor?', relevant: childDentist },
  { kind: 'service-need', q: 'i have invented a new pump seal and want to protect the idea', relevant: is('patent') },
  { kind: 'service-need', q: 'looking for someone to plan my daughters wedding in december', relevant: is('events') },
  { kind: 'service-need', q: 'who can build an app for my shop so customers can order online', relevant: is('software') },
  { kind: 'service-need', q: 'need a lawyer, property dispute with my cousin over ancestral land', relevant: is('lawyer') },
  { kind: 'service-need', q: 'back is killing me after long drives. any physio in the group?', relevant: is('physio') },
  { kind: 'service-need', q: 'we need to hire 50 workers for our new plant, who can help with recruitment', relevant: is('hr') },
  { kind: 'service-need', q: 'starting a pickle business, need help getting the food licence', relevant: is('food') },
  { kind: 'service-need', q: 'my son is confused about what to study after 12th, can someone guide him', relevant: is('education') },
  { kind: 'service-need', q: 'need someone to draw up plans for my new house', relevant: is('architect', 'civil') },
  { kind: 'service-need', q: 'who can file my gst every month? small trading business', relevant: is('bookkeeping', 'ca') },
  { kind: 'service-need', q: 'my mother is diabetic and bp patient, looking for a good doctor', relevant: is('physician') },
  { kind: 'service-need', q: 'our office computers got hacked, need help urgently!!', relevant: is('security') },
  { kind: 'service-need', q: 'how should i invest for retirement? anyone who advises on this', relevant: is('finance') },

  // ---- skill ----
  { kind: 'skill', q: 'precision casting', relevant: is('foundry') },
  { kind: 'skill', q: 'export documentation experts', relevant: is('export') },
  { kind: 'skill', q: 'ux research', relevant: is('ux') },
  { kind: 'skill', q: 'anyone good at supply chain planning?', relevant: is('supplychain') },
  { kind: 'skill', q: 'people into organic farming', relevant: is('organic') },
  { kind: 'skill', q: 'event management', relevant: is('events') },
  { kind: 'skill', q: 'patent filing', relevant: is('patent') },
  { kind: 'skill', q: 'machine learning engineers', relevant: is('ai') },
  { kind: 'skill', q: 'who knows structural design', relevant: structural },
  { kind: 'skill', q: 'tally and gst', relevant: is('bookkeeping', 'ca') },
  { kind: 'skill', q: 'penetration testing', relevant: is('security') },
  { kind: 'skill', q: 'iot and embedded firmware developers', relevant: is('electronics') },
  { kind: 'skill', q: 'cbt therapist', relevant: is('psych') },
  { kind: 'skill', q: 'digital marketing and instagram ads', relevant: is('marketing') },

  // ---- place: role + city, several with the old or short city name ----
  { kind: 'place', q: 'solar epc companies in baroda', relevant: all(is('solar'), inCity('Vadodara')) },
  { kind: 'place', q: 'organic farmers around mysore', relevant: all(is('organic'), inCity('Mysuru')) },
  { kind: 'place', q: 'chartered accountants in nashik', relevant: all(is('ca'), inCity('Nashik')) },
  { kind: 'place', q: 'dentists in madurai', relevant: all(is('dentist'), inCity('Madurai')) },
  { kind: 'place', q: 'lawyers in guwahati', relevant: all(is('lawyer'), inCity('Guwahati')) },
  { kind: 'place', q: 'jewellers in thrissur', relevant: all(is('jewellery'), inCity('Thrissur')) },
  { kind: 'place', q: 'foundries in kolhapur', relevant: all(is('foundry'), inCity('Kolhapur')) },
  { kind: 'place', q: 'export agents in cochin', relevant: all(is('export'), inCity('Kochi')) },
  { kind: 'place', q: 'software people in trivandrum', relevant: all(techPeople, inCity('Thiruvananthapuram')) },
  { kind: 'place', q: 'doctors in mangalore', relevant: all(doctor, inCity('Mangaluru')) },
  { kind: 'place', q: 'anyone in dubai who does freight forwarding?', relevant: all(is('export'), inCity('Dubai')) },
  { kind: 'place', q: 'data science / ml folks in singapore', relevant: all(is('ai'), inCity('Singapore')) },
  { kind: 'place', q: 'textile units in kovai', relevant: all(is('textiles'), inCity('Coimbatore')) },
  { kind: 'place', q: 'pharma regulatory people in vadodara', relevant: all(pharmaRegulatory, inCity('Vadodara')) },

  // ---- batchmates ----
  { kind: 'batchmates', q: 'who graduated in 2003', relevant: gradYear(2003) },
  { kind: 'batchmates', q: 'batch of 98 in nashik', relevant: all(gradYear(1998), inCity('Nashik')) },
  { kind: 'batchmates', q: 'anyone from the 1985 batch?', relevant: gradYear(1985) },
  { kind: 'batchmates', q: "looking for my batchmates, passed out in '79", relevant: gradYear(1979) },
  { kind: 'batchmates', q: '2015 passouts', relevant: gradYear(2015) },
  { kind: 'batchmates', q: 'who from the batch of 95 runs a factory?', relevant: all(gradYear(1995), manufacturer, turnover(0)) },
  { kind: 'batchmates', q: 'class of 2010 members in madurai', relevant: all(gradYear(2010), inCity('Madurai')) },
  { kind: 'batchmates', q: 'people who finished college in 2022 or 2023', relevant: gradYears(2022, 2023) },
  { kind: 'batchmates', q: 'hi all, any 1991 batch people settled in gujarat?', relevant: all(gradYear(1991), inState('Gujarat')) },
  { kind: 'batchmates', q: 'my batch is 2007, who else is from that year', relevant: gradYear(2007) },

  // ---- degree-branch ----
  { kind: 'degree-branch', q: 'mechanical engineers from 2005', relevant: all(mechanical, gradYears(2005, 2005)) },
  { kind: 'degree-branch', q: 'mba finance folks', relevant: all(degree(/^MBA$/), branch(/finance/i)) },
  { kind: 'degree-branch', q: 'bds doctors', relevant: degree(/^(BDS|MDS)$/) },
  { kind: 'degree-branch', q: 'b.arch grads', relevant: degree(/^(B\.Arch|M\.Arch)$/) },
  { kind: 'degree-branch', q: 'pharmacy graduates', relevant: degree(/Pharm/) },
  { kind: 'degree-branch', q: 'anyone with a law degree', relevant: degree(/LLB|LLM/) },
  { kind: 'degree-branch', q: 'chemical engineers', relevant: all(engineeringDegree, branch(/chemical/i)) },
  { kind: 'degree-branch', q: 'computer science grads who passed out in the 2010s', relevant: all(branch(/computer/i), gradYears(2010, 2019)) },
  { kind: 'degree-branch', q: 'agriculture graduates', relevant: branch(/agri|agronomy/i) },
  { kind: 'degree-branch', q: 'electrical engineers', relevant: all(engineeringDegree, branch(/electrical/i)) },
  { kind: 'degree-branch', q: 'mbbs doctors who graduated before 1990', relevant: all(medicalDoctor, gradYears(1900, 1989)) },

  // ---- company ----
  { kind: 'company', q: 'anyone working at kaveri datalabs', relevant: worksAt('Kaveri Datalabs') },
  { kind: 'company', q: 'who is from sahyadri castings?', relevant: worksAt('Sahyadri Precision Castings') },
  { kind: 'company', q: 'need a contact at meghdoot pharma', relevant: worksAt('Meghdoot Pharma') },
  { kind: 'company', q: 'brahmaputra freightways', relevant: worksAt('Brahmaputra Freightways') },
  { kind: 'company', q: 'people at narmada agro foods', relevant: worksAt('Narmada Agro Foods') },
  { kind: 'company', q: 'anyone in neelgiri softworks? need a referral for my nephew', relevant: worksAt('Neelgiri Softworks') },

  // ---- speakers (a community admin planning an event) ----
  { kind: 'speakers', q: 'need a speaker on AI for our annual alumni meet', relevant: is('ai') },
  { kind: 'speakers', q: 'looking for someone to give a talk on export opportunities for msmes', relevant: is('export') },
  { kind: 'speakers', q: 'speaker for a session on mental health at the workplace', relevant: is('psych') },
  { kind: 'speakers', q: 'who can talk to our members about mutual funds and planning for retirement', relevant: is('finance') },
  { kind: 'speakers', q: 'want a speaker on rooftop solar for the housing society meet', relevant: is('solar') },
  { kind: 'speakers', q: 'panel on cyber fraud awareness - suggest speakers please', relevant: is('security') },
  { kind: 'speakers', q: 'anyone who can speak on natural farming at our agri conclave', relevant: is('organic') },

  // ---- hinglish ----
  { kind: 'hinglish', q: 'nashik mein koi CA hai kya', relevant: all(is('ca'), inCity('Nashik')) },
  { kind: 'hinglish', q: 'mujhe ek dentist chahiye madurai mein', relevant: all(is('dentist'), inCity('Madurai')) },
  { kind: 'hinglish', q: 'baroda me solar lagwana hai, koi contact hai?', relevant: all(is('solar'), inCity('Vadodara')) },
  { kind: 'hinglish', q: 'export ka kaam kaun karta hai apne group me', relevant: is('export') },
  { kind: 'hinglish', q: 'bachche ke daant dikhane hai, koi bachon ka dentist batao', relevant: childDentist },
  { kind: 'hinglish', q: 'payroll aur tally sambhalne wala koi milega?', relevant: is('bookkeeping') },
  { kind: 'hinglish', q: '98 batch wale log kaun kaun hai', relevant: gradYear(1998) },
  { kind: 'hinglish', q: 'guwahati mein koi vakil hai?', relevant: all(is('lawyer'), inCity('Guwahati')) },
  { kind: 'hinglish', q: 'shaadi ke liye event planner chahiye jaipur mein', relevant: all(is('events'), inCity('Jaipur')) },
  { kind: 'hinglish', q: 'koi AI wala banda hai kya group me', relevant: is('ai') },
  { kind: 'hinglish', q: 'factory ke liye casting supplier chahiye', relevant: is('foundry') },
  { kind: 'hinglish', q: 'indore mein ghar ka naksha banwana hai, kisko bolu', relevant: all(is('architect', 'civil'), inCity('Indore')) },

  // ---- typos ----
  { kind: 'typos', q: 'precison castng suppliers', relevant: is('foundry') },
  { kind: 'typos', q: 'suply chain planing expert', relevant: is('supplychain') },
  { kind: 'typos', q: 'export documantation help', relevant: is('export') },
  { kind: 'typos', q: 'patant filing', relevant: is('patent') },
  { kind: 'typos', q: 'organic farmng in mysor', relevant: all(is('organic'), inCity('Mysuru')) },
  { kind: 'typos', q: 'ux reserch', relevant: is('ux') },
  { kind: 'typos', q: 'vadodra solar epc', relevant: all(is('solar'), inCity('Vadodara')) },
  { kind: 'typos', q: 'charterd acountant in guwahti', relevant: all(is('ca'), inCity('Guwahati')) },
  { kind: 'typos', q: 'event managment thrisur', relevant: all(is('events'), inCity('Thrissur')) },
  { kind: 'typos', q: 'machine lerning enginer', relevant: is('ai') },
  { kind: 'typos', q: 'foundry in coimbatur', relevant: all(is('foundry'), inCity('Coimbatore')) },
  { kind: 'typos', q: 'paediatric dentsit', relevant: childDentist },

  // ---- numbers ----
  { kind: 'numbers', q: 'businesses with turnover above 100 crore', relevant: turnover(100 * CRORE) },
  { kind: 'numbers', q: 'companies doing more than 50 cr a year', relevant: turnover(50 * CRORE) },
  { kind: 'numbers', q: 'business owners with turnover under 1 crore', relevant: turnover(0, 1 * CRORE) },
  { kind: 'numbers', q: 'firms with turnover between 5 and 25 crore', relevant: turnover(5 * CRORE, 25 * CRORE) },
  { kind: 'numbers', q: 'members who graduated before 1980', relevant: gradYears(1900, 1979) },
  { kind: 'numbers', q: 'anyone who passed out after 2020', relevant: gradYears(2021, 2100) },
  { kind: 'numbers', q: 'manufacturers with turnover over 10 crore', relevant: all(manufacturer, turnover(10 * CRORE)) },
  { kind: 'numbers', q: 'small businesses, turnover less than 50 lakh', relevant: turnover(0, 50 * LAKH) },
  { kind: 'numbers', q: 'senior members who graduated before 1978', relevant: gradYears(1900, 1977) },

  // ---- unanswerable: nobody in the community does this; the generator never writes these words ----
  { kind: 'unanswerable', q: 'marine biologist', relevant: mentions(/marine|biolog/i) },
  { kind: 'unanswerable', q: 'a violin teacher for my daughter', relevant: mentions(/violin/i) },
  { kind: 'unanswerable', q: 'any tattoo artist in the group?', relevant: mentions(/tattoo/i) },
  { kind: 'unanswerable', q: 'need a helicopter pilot for a joyride', relevant: mentions(/helicopter|pilot|aviation/i) },
  { kind: 'unanswerable', q: 'sommelier for a wine tasting evening', relevant: mentions(/sommelier|wine/i) },
  { kind: 'unanswerable', q: 'anyone who teaches skiing', relevant: mentions(/\bski(ing|er)?\b/i) },
  { kind: 'unanswerable', q: 'astronomer who can talk about black holes', relevant: mentions(/astronom|black hole|astrophysic/i) },
  { kind: 'unanswerable', q: 'vet for my dog in nashik', relevant: mentions(/veterinar|\bvet\b|BVSc|\bdog|\bpet\b/i) },
  { kind: 'unanswerable', q: 'someone who tunes and repairs pianos', relevant: mentions(/piano/i) },

  // ---- mixed: several constraints ----
  { kind: 'mixed', q: 'ca in nashik who graduated after 2000', relevant: all(is('ca'), inCity('Nashik'), gradYears(2001, 2100)) },
  { kind: 'mixed', q: 'foundry owners in kolhapur with turnover above 5 crore', relevant: all(is('foundry'), inCity('Kolhapur'), turnover(5 * CRORE)) },
  { kind: 'mixed', q: 'doctors in thrissur from the 90s batch', relevant: all(doctor, inCity('Thrissur'), gradYears(1990, 1999)) },
  { kind: 'mixed', q: 'software or ai people based in dubai or singapore', relevant: all(techPeople, inCity('Dubai', 'Singapore')) },
  { kind: 'mixed', q: 'b.pharm / m.pharm grads working in regulatory affairs', relevant: all(degree(/Pharm/), pharmaRegulatory) },
  { kind: 'mixed', q: 'textile business owners in surat or coimbatore doing more than 10 crore', relevant: all(is('textiles'), inCity('Surat', 'Coimbatore'), turnover(10 * CRORE)) },
  { kind: 'mixed', q: 'civil engineers in gujarat who passed out after 2000', relevant: all(branch(/civil/i), inState('Gujarat'), gradYears(2001, 2100)) },
  { kind: 'mixed', q: 'organic farmers who actually studied agriculture', relevant: all(is('organic'), branch(/agri|agronomy/i)) },
  { kind: 'mixed', q: 'hello, we are looking for a paediatric dentist in tamil nadu who has been practising for 10+ years', relevant: all(childDentist, inState('Tamil Nadu'), gradYears(1900, 2016)) },
];

module.exports = { generateMembers, queries, professionOf };
