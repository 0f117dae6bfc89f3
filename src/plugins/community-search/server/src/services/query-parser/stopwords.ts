import { wordSet } from './word-lists';

/** Filler that never narrows a search: English function words and polite or search verbs. */
const ENGLISH_FILLER = `
a about above across after again against all also am among an and another any anybody anyone anything
are around as at be been before being below between both but by can could currently did do does doing done
during each either else etc even ever every everyone few for from further get gets give had has have having
he her here hers him his how i if in into is it its just kind let lets me might mine more most much must my
myself near nearby neither no nor not now of off on once one ones only onto or other others our ours out over
own per presently really same shall she should so some somebody someone something such than that the their
theirs them then there these they this those through to too under until up upon us very via was we were what
when where which while who whom whose why will with within without would yet you your yours
find finding search searching show list lookup get tell need needs needed want wants wanted looking look seek
seeking require requires required requirement help please pls plz kindly thanks thank know knows like
recommend recommended suggest suggestion suggestions recommendation reference referral refer contact contacts
connect connection reach talk speak meet details info hi hello hey dear ok okay
people person persons folks guys guy member members fellow fellows friend friends batchmates batchmate
alumni alumnus alumna alum alums community
based located living lives live staying stays stay settled residing
working works worked employed employee employees ex graduates graduate grads grad
good best top great nice reliable trusted trustworthy genuine
`;

/** Common Hinglish filler ("Pune mein koi CA chahiye", "Chennai ya Coimbatore se koi batao"). */
const HINGLISH_FILLER = `
mein mai main me koi koyi chahiye chahie chaiye chahiya chaahiye hai hain hey ho hona ka ki ke ko kaa
wala wale wali waale waali vala vale vaale waala log logon logo logg batao bataiye bataao bata batado bolo kaun kon koun
kaunsa konsa se aur ya yaa bhai bhaiya bhaiyya didi yaar yar ji sir madam kya kahan kaha jo jisko jinko jinka jiska
jinke jiske jiski unka unke mujhe muje mujhko mereko humein hamein hume humko hamko apne mere meri mera hamare chahta
chahti chahte dhundh dhoondh dhundo dhoondho dhundna milega milegi milenge mil sakta sakti sakte kar karo karte karta
karti karna karne hota hoti hote liye lie kuch kuchh bhi toh to na nahi nahin sab saare sare wo woh vo ye yeh iss uss
par pe tak hum ham aap tum kisi kis kaise kab abhi bas zara jaldi achha accha acha badhiya wahan yahan iska uska inka
kare karein karen karey karega karegi karenge karwana karwani karwane karvana karvane karana karaye karwaye karni
kaam kaamkaaj banane banwana banwane banata banate banati dijiye bataye batayein bataein bataiyega pata maloom malum
jaanta jaante janta jante jaye jaaye jayega jaayega raha rahe rahi tha thi ek kahin kahi idhar udhar saath sath
`;

export const STOPWORDS: ReadonlySet<string> = wordSet(`${ENGLISH_FILLER} ${HINGLISH_FILLER}`);

/** Words (and symbols) that join alternatives: "Chennai or Coimbatore", "Chennai/Coimbatore", "Pune ya Mumbai". */
export const CONNECTORS: ReadonlySet<string> = wordSet('or ya yaa and aur either nor / , + & |');

/**
 * Everyday words that must never be read as a typo of a name or skill ("near" is not "Nehru",
 * "experts" is not "exports", "best" is not a city). Exact matches are still allowed.
 */
export const COMMON_WORDS: ReadonlySet<string> = wordSet(
  `${ENGLISH_FILLER} ${HINGLISH_FILLER}
able about account accounts across action actually add added address advice advise after again against agency
ages agree ahead allow almost alone along already although always amazing among amount anchor angel animal
annual answer anyway apart apply area areas arrange around arrive article ask asked asking assist away back
background bank base basic batch beach bear beat became become becomes bed been before began begin behind
being believe belong below beside best better beyond bill bird birth black block blue board boat body book
books born boss both bottom bought box boys brand bread break bring broad brother brought build building
built bunch burn busy business buy buying call called calling came campus can't cant care career careful
carry case cash catch cause centre center certain chair chance change charge cheap check child children
choice choose chosen church city claim class clean clear client clients close club coach coast code cold
college colour come comes coming common company companies complete contract cook cool copy corner cost could
count country couple course cover crazy create credit cross current customer customers daily dance dark data
date daughter days dead deal dealer dealers dear decide deep degree deliver demand depth design desk detail
develop didn't died different dinner direct doctor does doing done door double down draw dream dress drink
drive drop during early earn east easy edge effect either else email emergency employee employees empty enjoy
enough enter entire equal even evening event ever every everything exact example except excited exist expect
expensive experience experienced expert experts expertise explain extra face fact fail fair fall family famous
fancy farm fast father fear feel feeling field fight figure file fill final finally fine finish fire firm
first fish five flat floor fly follow food foot force form former forward four free fresh fresher freshers
friday front full fund funny future game garden gave general girl girls give given glad goal goes going gold
gone good govt great green ground group grow grown guess guide half hall hand handle happen happy hard head
health hear heard heart heavy held hello helpful here high hire hiring history hold hole holiday home honest
hope horse hospital host hour hours house however huge human hundred idea image important include income
india indian inside instead interest interested into issue item items itself join joined joining journey
junior just keen keep kept kids kind king knew know known lady land large last late later latest lead leader
leaders leading learn least leave left legal less letter level life light like likely line link little live
local long look looks lose lost loud love lovely lower lucky made main major make makes making male manage
many mark market married master match matter maybe mean meaning meet meeting mentor mentors mentorship message
middle might mind minute miss model modern moment money month months more morning most mother move movie much
music name named names nation nature near nearly neat need never news next nice night none normal north note
nothing notice number office often older once online only open order other otherwise outside over owner page
paid pain paper parent parents park part partner party pass passed past path patient peace pick picture piece
place plan plane play player please plus point police poor popular position possible post power practice
prefer present pretty price private problem process produce program proper proud provide public pull pure
push quality question quick quickly quiet quite race rain raise range rate rather reach read ready real
really reason recent record refer region regular related relative remember rent reply report request rest
result return rich ride right ring rise river road rock role room round rule runs safe said sale same save
saying school score search season seat second secret section seem seen self sell send senior sense serious
serve service services session settle seven several shall shape share sharp shop short should show shown side
sign simple since single sister site size skill skills sleep slow small smart social soft sold some someone
sometimes song soon sort sound source south space speak special specialist specialists speed spend sport
spot spring staff stage stand standard star start state states station stay step still stock stop store
story straight street strong student students study stuff style subject success such sudden summer sunday
super supply support sure surface system table take taken talk tall task taste team tell tend term terms test
than thank that their them then there these thing things think third those though thought three through time
times today together told took total touch tough toward town track trade train travel treat tree trip trouble
true trust truth turn type under understand unit until upon used useful usual value various very view visit
voice wait walk wall want warm wash watch water ways wear week weekend weight well went were west what wheel
when where whether which while white whole whom whose wide wife will wind window wish with woman women wonder
word words work worked worker workers working works world worry worth would write wrong yard year years yellow
young your yours youth zone
  `
);

/**
 * Vocabulary keys that are also everyday words or titles, so they count only when typed as an
 * abbreviation (IT, US, BE, MS); every filler word above behaves the same way.
 */
export const CAPS_ONLY_KEYS: ReadonlySet<string> = wordSet(
  `${ENGLISH_FILLER} ${HINGLISH_FILLER} mp ap hp ms ma pm go ok la march`
);

/** After a capitals-only key, these words show the abbreviation is meant even in lower case ("it companies"). */
export const ABBREVIATION_CONTEXT: ReadonlySet<string> = wordSet(`
industry industries sector company companies firm firms professional professionals people guys folks background
field domain services service jobs job person persons consultant consultants graduate graduates grads based side
crowd engineer engineers employee employees expert experts guy startup startups hub park crowd
`);
