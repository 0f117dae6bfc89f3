'use strict';

// The questions, written from the persona briefs in README.md, as members type them.
// Each `relevant(member)` reads only what the generator wrote (see judges.js).

const J = require('./judges');

const UNANSWERABLE = 'unanswerable';

const serviceNeed = [
  ['my kid has had fever for 3 days, need a good children\'s doctor', (m) => J.is(m, 'paeds')],
  ['who can straighten my daughter\'s teeth? she is 14', (m) => J.does(m, 'braces', 'aligners') || J.branchIs(m, /orthodont/i) || /orthodont/i.test(m.designation || '')],
  ['got a letter from the income tax department, need someone to reply to it', (m) => J.is(m, 'ca')],
  ['need somebody to put solar panels on my roof', (m) => J.does(m, 'rooftop', 'netmeter') || /solar/i.test(m.designation || '')],
  ['looking for someone to design our new house, we have a 30x40 plot', (m) => J.is(m, 'architect')],
  ['our building is 40 years old and the walls have cracks. is it safe? who can check', (m) => J.is(m, 'structural')],
  ['who can check the papers of a plot before I buy it', (m) => J.is(m, 'proplaw')],
  ['need a good photographer for my sister\'s wedding in february', (m) => J.does(m, 'weddingphoto') || /wedding photographer/i.test(m.designation || '')],
  ['my mother has sugar, want someone to plan what she should eat', (m) => J.is(m, 'diet')],
  ['we want to take my parents on a pilgrimage, who arranges such trips', (m) => J.does(m, 'pilgrimage')],
  ['want to put some money aside every month for my son\'s college', (m) => J.is(m, 'wealth')],
  ['my shop needs a website where people can order online', (m) => J.is(m, 'appdev')],
  ['our factory needs 50 workers for the season, who can supply', (m) => J.does(m, 'staffing', 'recruit')],
  ['someone to take care of salary, PF and ESI for my 30 staff', (m) => J.does(m, 'payroll', 'pfesi')],
  ['my son just finished 12th and has no idea what to study', (m) => J.is(m, 'career')],
  ['hospital is refusing my insurance claim, need help urgently', (m) => J.is(m, 'insurance')],
  ['need to ship two containers of handicrafts to europe', (m) => J.is(m, 'logistics')],
  ['my dog keeps scratching and is not eating. animal doctor?', (m) => J.is(m, 'vet')],
  ['my son is very stressed about exams and not sleeping, someone he can talk to', (m) => J.is(m, 'psych')],
  ['my hair is falling out a lot, whom should i see', (m) => J.is(m, 'derma')],
  ['want to start selling home-made pickles, need help with the food licence', (m) => J.does(m, 'fssai')],
  ['we want someone to test whether our company systems can be hacked', (m) => J.is(m, 'cyber')],
  ['buying my first flat and the bank keeps saying no to the loan', (m) => J.is(m, 'homeloan')],
  ['someone who can make a nice logo for my bakery', (m) => J.is(m, 'graphic')],
  ['need a proper kitchen done up in our flat', (m) => J.is(m, 'interior')],
  ['our brand\'s instagram is dead, who can help us get customers online', (m) => J.is(m, 'marketing')],
  ['hello, we are looking for someone who can write our father\'s will properly', (m) => J.is(m, 'proplaw')],
  ['a buyer sent us a 40 page supply agreement, need someone to read it before we sign', (m) => J.is(m, 'corplaw')],
].map(([q, relevant]) => ({ q, kind: 'service-need', relevant }));

const batchmates = [
  ['batchmates from 1996', (m) => m.graduationYear === 1996],
  ['anyone who passed out in \'88?', (m) => m.graduationYear === 1988],
  ['civil engineers of the 1999 batch', (m) => J.branchIs(m, /civil|structural/i) && m.graduationYear === 1999],
  ['mechanical batch of 2006', (m) => J.branchIs(m, /mech/i) && m.graduationYear === 2006],
  ['who else graduated in the 1980s', (m) => J.graduatedBetween(m, 1980, 1989)],
  ['MBBS batch of the early 90s', (m) => J.degreeIs(m, /^mbbs$/i) && J.graduatedBetween(m, 1990, 1994)],
  ['computer science people who graduated after 2015', (m) => J.branchIs(m, /computer|cse/i) && m.graduationYear > 2015],
  ['mba finance 2005 to 2008 batch', (m) => J.degreeIs(m, /^mba$/i) && J.branchIs(m, /finance/i) && J.graduatedBetween(m, 2005, 2008)],
  ['old timers who finished before 1980', (m) => m.graduationYear < 1980],
  ['looking for my b.arch classmates, we finished around 1992', (m) => J.degreeIs(m, /^b\.?arch$/i) && J.graduatedBetween(m, 1991, 1993)],
  ['law grads from the 2000s', (m) => J.degreeIs(m, /ll\.?[bm]/i) && J.graduatedBetween(m, 2000, 2009)],
  ['pharmacy grads of the late 90s', (m) => J.degreeIs(m, /pharm/i) && J.graduatedBetween(m, 1995, 1999)],
  ['textile tech 90s batch', (m) => J.branchIs(m, /textile/i) && J.graduatedBetween(m, 1990, 1999)],
  ['agriculture graduates of 1985-1990', (m) => J.branchIs(m, /agri|agronomy/i) && J.graduatedBetween(m, 1985, 1990)],
  ['2019 pass outs, anyone?', (m) => m.graduationYear === 2019],
  ['electrical engineering 1970s', (m) => J.branchIs(m, /electrical/i) && J.graduatedBetween(m, 1970, 1979)],
].map(([q, relevant]) => ({ q, kind: 'batchmates', relevant }));

const speakerSearch = [
  ['speaker on cyber fraud awareness for our members\' meet', (m) => J.is(m, 'cyber')],
  ['need someone to give a talk on mental health at the workplace', (m) => J.is(m, 'psych')],
  ['looking for a speaker on investing for retirement', (m) => J.is(m, 'wealth')],
  ['panel on how small manufacturers can start exporting', (m) => J.is(m, 'logistics') || J.does(m, 'textexport', 'exportentry')],
  ['someone to talk to parents about what kids should study after school', (m) => J.is(m, 'career')],
  ['speaker on heart health for our senior members', (m) => J.is(m, 'cardio')],
  ['who can speak at the annual meet about using AI in business', (m) => J.is(m, 'data')],
  ['need an alumnus who has spoken at events before, on startups and raising money', (m) => J.hasSpoken(m) && J.does(m, 'startup')],
  ['speaker on healthy eating for diabetics at our health camp', (m) => J.is(m, 'diet')],
  ['experienced speaker on climate change and what it means for farmers', (m) => J.hasSpoken(m) && (J.does(m, 'climate') || J.is(m, 'agri'))],
  ['talk on GST for our traders\' association', (m) => J.does(m, 'gst')],
  ['session for members on wills and avoiding property fights in the family', (m) => J.does(m, 'will', 'landdispute', 'familybiz')],
  ['someone to run a workshop on social media for small businesses', (m) => J.is(m, 'marketing')],
  ['speaker for engineering students on robotics', (m) => J.does(m, 'robotics')],
].map(([q, relevant]) => ({ q, kind: 'speaker-search', relevant }));

const hinglish = [
  ['belgaum mein koi bacchon ka doctor hai kya', (m) => J.is(m, 'paeds') && J.inPlace(m, 'belagavi')],
  ['ghar ka naksha banwana hai, koi architect batao', (m) => J.is(m, 'architect')],
  ['income tax ka notice aaya hai, koi CA help karega?', (m) => J.is(m, 'ca')],
  ['shaadi ke liye accha photographer chahiye', (m) => J.does(m, 'weddingphoto') || /wedding photographer/i.test(m.designation || '')],
  ['papa ke liye dil ka doctor chahiye', (m) => J.is(m, 'cardio')],
  ['zameen ke kagaz check karwane hai, vakil chahiye', (m) => J.is(m, 'proplaw')],
  ['chhat pe solar lagwana hai, kaun karega', (m) => J.does(m, 'rooftop', 'netmeter') || /solar/i.test(m.designation || '')],
  ['factory ke liye mazdoor chahiye, koi contractor?', (m) => J.does(m, 'staffing', 'recruit')],
  ['bete ko IIT ki coaching chahiye', (m) => J.does(m, 'jee')],
  ['kutte ki tabiyat kharab hai, janwaron ka doctor?', (m) => J.is(m, 'vet')],
  ['dukaan ke liye website banwani hai', (m) => J.is(m, 'appdev')],
  ['baal bahut jhad rahe hai, skin doctor batao', (m) => J.is(m, 'derma')],
  ['tirupur mein hosiery wala koi hai?', (m) => J.does(m, 'knit') && J.inPlace(m, 'tiruppur')],
  ['mummy ko sugar hai, diet plan kaun banayega', (m) => J.is(m, 'diet')],
  ['visa ka kaam karwana hai, koi agent?', (m) => J.does(m, 'visa')],
  ['har mahine thoda paisa invest karna hai, SIP ke baare mein koi samjhaye', (m) => J.is(m, 'wealth')],
  ['doha mein koi apna CA hai kya?', (m) => J.is(m, 'ca') && J.inPlace(m, 'doha')],
  ['masale ka business shuru karna hai, FSSAI license kaise milega', (m) => J.does(m, 'fssai')],
].map(([q, relevant]) => ({ q, kind: 'hinglish', relevant }));

const typos = [
  ['chartred acountant in mangalore', (m) => J.is(m, 'ca') && J.inPlace(m, 'mangaluru')],
  ['interier desiner hubli', (m) => J.is(m, 'interior') && J.inPlace(m, 'hubballi')],
  ['pediatrition in pondicheri', (m) => J.is(m, 'paeds') && J.inPlace(m, 'puducherry')],
  ['wedding fotographer udaipur', (m) => (J.does(m, 'weddingphoto') || /wedding photographer/i.test(m.designation || '')) && J.inPlace(m, 'udaipur')],
  ['mutual fnd advisr', (m) => J.is(m, 'wealth')],
  ['cyber securty audit', (m) => J.is(m, 'cyber')],
  ['orthodentist for braces', (m) => J.does(m, 'braces', 'aligners') || J.branchIs(m, /orthodont/i) || /orthodont/i.test(m.designation || '')],
  ['frieght forwader in dar es salam', (m) => J.is(m, 'logistics') && J.inPlace(m, 'daressalaam')],
  ['rooftp solar instalation gurgoan', (m) => (J.does(m, 'rooftop', 'netmeter') || /solar/i.test(m.designation || '')) && J.inPlace(m, 'gurugram')],
  ['dermotologist in bhubneshwar', (m) => J.is(m, 'derma') && J.inPlace(m, 'bhubaneswar')],
  ['structral enginer jabalpur', (m) => J.is(m, 'structural') && J.inPlace(m, 'jabalpur')],
  ['machine lerning engineer in hubbli', (m) => J.is(m, 'data') && J.inPlace(m, 'hubballi')],
  ['home lone agent vijaywada', (m) => J.is(m, 'homeloan') && J.inPlace(m, 'vijayawada')],
  ['cnc machinng hosur', (m) => J.does(m, 'cnc') && J.inPlace(m, 'hosur')],
  ['drip irigation consultant', (m) => J.does(m, 'drip')],
  ['dieticien for diabetis', (m) => J.is(m, 'diet')],
  ['propety lawyer varansi', (m) => J.is(m, 'proplaw') && J.inPlace(m, 'varanasi')],
  ['phsycologist for teenager', (m) => J.is(m, 'psych')],
].map(([q, relevant]) => ({ q, kind: 'typos', relevant }));

const numbers = [
  ['businesses with turnover above 100 crore', (m) => J.turnoverBetween(m, 100 * J.CRORE + 1, Infinity)],
  ['owners doing between 1 and 5 cr a year', (m) => J.turnoverBetween(m, 1 * J.CRORE, 5 * J.CRORE)],
  ['textile units with more than 50 crore turnover', (m) => J.is(m, 'textile') && J.turnoverBetween(m, 50 * J.CRORE + 1, Infinity)],
  ['small businesses under 50 lakh turnover', (m) => J.turnoverBetween(m, 0, 50 * J.LAKH - 1)],
  ['food companies with turnover of 10 crore or more', (m) => J.is(m, 'food') && J.turnoverBetween(m, 10 * J.CRORE, Infinity)],
  ['CA with more than 25 years experience', (m) => J.is(m, 'ca') && J.experienceOf(m) > 25],
  ['doctors with 30+ years of practice', (m) => J.is(m, ...J.DOCTORS) && J.experienceOf(m) >= 30],
  ['software people with less than 5 yrs experience', (m) => J.is(m, 'appdev', 'data', 'cyber') && J.experienceOf(m) < 5],
  ['anyone who graduated between 1992 and 1997', (m) => J.graduatedBetween(m, 1992, 1997)],
  ['members who graduated before 1978', (m) => m.graduationYear < 1978],
  ['auto component makers crossing 50 crore', (m) => J.is(m, 'autoparts') && J.turnoverBetween(m, 50 * J.CRORE + 1, Infinity)],
  ['real estate firms with turnover 20-100 crore', (m) => J.is(m, 'realestate') && J.turnoverBetween(m, 20 * J.CRORE, 100 * J.CRORE)],
  ['owners under 1 cr turnover who graduated after 2010', (m) => J.turnoverBetween(m, 0, J.CRORE - 1) && m.graduationYear > 2010],
  ['architects with 15+ years experience', (m) => J.is(m, 'architect') && J.experienceOf(m) >= 15],
  ['turnover 2.5 crore to 10 crore', (m) => J.turnoverBetween(m, 2.5 * J.CRORE, 10 * J.CRORE)],
].map(([q, relevant]) => ({ q, kind: 'numbers', relevant }));

const locationSkill = [
  ['architect in Mangaluru', (m) => J.is(m, 'architect') && J.inPlace(m, 'mangaluru')],
  ['app developer in gurgaon', (m) => J.is(m, 'appdev') && J.inPlace(m, 'gurugram')],
  ['CA in Belagavi', (m) => J.is(m, 'ca') && J.inPlace(m, 'belagavi')],
  ['dermatologist in Doha', (m) => J.is(m, 'derma') && J.inPlace(m, 'doha')],
  ['tax consultant in kuwait', (m) => J.is(m, 'ca') && J.inCountry(m, 'Kuwait')],
  ['knitwear manufacturer tiruppur', (m) => J.is(m, 'textile') && J.inPlace(m, 'tiruppur')],
  ['handloom sarees from banaras', (m) => J.does(m, 'handloom') && J.inPlace(m, 'varanasi')],
  ['dairy vet near ludhiana', (m) => J.is(m, 'vet') && J.inPlace(m, 'ludhiana')],
  ['data scientist in Melbourne', (m) => J.is(m, 'data') && J.inPlace(m, 'melbourne')],
  ['heart specialist in calicut', (m) => J.is(m, 'cardio') && J.inPlace(m, 'kozhikode')],
  ['interior designer in Gurugram', (m) => J.is(m, 'interior') && J.inPlace(m, 'gurugram')],
  ['event planner in udaipur for a destination wedding', (m) => J.is(m, 'events') && J.inPlace(m, 'udaipur')],
  ['customs clearing agent in bhavnagar', (m) => J.is(m, 'logistics') && J.inPlace(m, 'bhavnagar')],
  ['psychologist in dehradun', (m) => J.is(m, 'psych') && J.inPlace(m, 'dehradun')],
  ['anyone doing organic farming around raipur', (m) => J.is(m, 'agri') && J.inPlace(m, 'raipur')],
  ['IT security people in the gulf', (m) => J.is(m, 'cyber') && J.inGulf(m)],
  ['doctors in karnataka who treat children', (m) => J.is(m, 'paeds') && J.inState(m, 'Karnataka')],
  ['hr consultant in jamshedpur', (m) => J.is(m, 'hr') && J.inPlace(m, 'jamshedpur')],
  ['coaching for neet in allahabad', (m) => J.is(m, 'tutor') && J.inPlace(m, 'prayagraj')],
  ['solar installer in jodhpur', (m) => J.is(m, 'solar') && J.inPlace(m, 'jodhpur')],
].map(([q, relevant]) => ({ q, kind: 'location+skill', relevant }));

const company = [
  ['anyone working at Tungabhadra Infotech?', (m) => J.worksAt(m, 'tungabhadra')],
  ['need a referral for a job at zephyr analytics', (m) => J.worksAt(m, 'zephyr')],
  ['contact in vindhya hospital please', (m) => J.worksAt(m, 'vindhya')],
  ['someone at sahyadri freight', (m) => J.worksAt(m, 'sahyadri')],
  ['who is from Meghdoot insurance', (m) => J.worksAt(m, 'meghdoot')],
  ['people at narmada valley bank', (m) => J.worksAt(m, 'narmada')],
  ['lotus crest realty - any of us there?', (m) => J.worksAt(m, 'lotuscrest')],
  ['pinnacle pixel studios team', (m) => J.worksAt(m, 'pinnacle')],
  ['anyone from gulf horizon contracting', (m) => J.worksAt(m, 'gulfhorizon')],
  ['shivalik agro foods contact', (m) => J.worksAt(m, 'shivalik')],
  ['data people at tungabhadra', (m) => J.worksAt(m, 'tungabhadra') && J.is(m, 'data')],
  ['doctors at vindhya multispeciality', (m) => J.worksAt(m, 'vindhya') && J.is(m, ...J.DOCTORS, 'dentist')],
].map(([q, relevant]) => ({ q, kind: 'company', relevant }));

// Nobody in the community does these; the patterns are what a reader would look for in any field.
const unanswerable = [
  ['need a beekeeper to set up honey boxes on my farm', /\bbees?\b|beekeep|honey|apiar/i],
  ['glass blowing artisan for a custom lamp', /\bglass/i],
  ['taxidermist in the community?', /taxiderm/i],
  ['harp teacher for my daughter', /\bharp/i],
  ['looking for a blacksmith or farrier', /blacksmith|farrier|horseshoe/i],
  ['scuba diving instructor in goa', /scuba|\bdiv(e|ing)\b/i],
  ['perfumer who can make a signature fragrance', /perfum|fragrance|\battar\b/i],
  ['locksmith urgently, locked out of the house', /locksmith|\block(ed|s)?\b/i],
  ['sign language interpreter for a deaf employee', /sign language|\bdeaf\b/i],
  ['astrologer for kundli matching', /astrolog|kundli|horoscope/i],
  ['ice hockey coach', /hockey|\bice\b/i],
  ['puppeteer for a kids birthday party', /puppet/i],
  ['antique clock repair, anyone?', /\bclocks?\b|horolog/i],
].map(([q, pattern]) => ({ q, kind: UNANSWERABLE, relevant: (m) => J.mentions(m, pattern) }));

const queries = [
  ...serviceNeed,
  ...batchmates,
  ...speakerSearch,
  ...hinglish,
  ...typos,
  ...numbers,
  ...locationSkill,
  ...company,
  ...unanswerable,
];

module.exports = { queries, UNANSWERABLE };
