/**
 * Place names people type, for a community that is mostly in India with members abroad.
 *
 * Every list below is plain data: add a city, an old name or a region without touching code.
 * In "A|B|C" the first name is today's official one and the rest are older or everyday names
 * people still type (Bombay, Madras, Trichy). A name only becomes a filter when members actually
 * have it, and an alias matches whichever spelling the community uses (Bangalore or Bengaluru).
 */

/** Indian cities by state or union territory. */
export const INDIAN_CITIES: Record<string, string[]> = {
  'Tamil Nadu': [
    'Chennai|Madras', 'Coimbatore|Kovai', 'Madurai', 'Tiruchirappalli|Trichy|Tiruchi|Tiruchirapalli|Tiruchchirappalli',
    'Salem', 'Tiruppur|Tirupur', 'Erode', 'Vellore', 'Tirunelveli|Nellai', 'Thoothukudi|Tuticorin', 'Thanjavur|Tanjore',
    'Dindigul', 'Karur', 'Namakkal', 'Hosur', 'Kanchipuram|Kanchi|Conjeevaram', 'Kumbakonam', 'Nagercoil', 'Sivakasi',
    'Cuddalore', 'Krishnagiri', 'Dharmapuri', 'Pollachi', 'Karaikudi', 'Udhagamandalam|Ooty|Ootacamund',
    'Chengalpattu|Chingleput', 'Tiruvannamalai', 'Viluppuram|Villupuram', 'Nagapattinam', 'Pudukkottai',
    'Rajapalayam', 'Virudhunagar', 'Ramanathapuram',
  ],
  Kerala: [
    'Kochi|Cochin|Ernakulam', 'Thiruvananthapuram|Trivandrum', 'Kozhikode|Calicut', 'Thrissur|Trichur', 'Kollam|Quilon',
    'Kannur|Cannanore', 'Kottayam', 'Palakkad|Palghat', 'Alappuzha|Alleppey', 'Malappuram', 'Kasaragod', 'Pathanamthitta',
  ],
  Karnataka: [
    'Bengaluru|Bangalore|Bangaluru|Blr', 'Mysuru|Mysore', 'Mangaluru|Mangalore', 'Hubballi|Hubli', 'Dharwad',
    'Belagavi|Belgaum', 'Kalaburagi|Gulbarga', 'Davanagere|Davangere', 'Ballari|Bellary', 'Shivamogga|Shimoga',
    'Tumakuru|Tumkur', 'Udupi', 'Manipal', 'Vijayapura|Bijapur', 'Hassan', 'Mandya', 'Chikkamagaluru|Chikmagalur',
    'Hosapete|Hospet', 'Bidar', 'Raichur',
  ],
  Telangana: ['Hyderabad|Hyd', 'Secunderabad', 'Warangal', 'Karimnagar', 'Nizamabad', 'Khammam'],
  'Andhra Pradesh': [
    'Visakhapatnam|Vizag|Vishakhapatnam|Vishakapatnam|Visakha', 'Vijayawada|Bezawada', 'Guntur', 'Tirupati', 'Nellore',
    'Kakinada', 'Rajamahendravaram|Rajahmundry', 'Amaravati', 'Kurnool', 'Anantapur|Anantapuramu', 'Kadapa|Cuddapah',
    'Eluru', 'Ongole',
  ],
  Puducherry: ['Puducherry|Pondicherry|Pondy'],
  Maharashtra: [
    'Mumbai|Bombay', 'Pune|Poona', 'Nagpur', 'Nashik|Nasik', 'Thane', 'Navi Mumbai|New Bombay',
    'Chhatrapati Sambhajinagar|Aurangabad|Sambhajinagar', 'Solapur|Sholapur', 'Kolhapur', 'Amravati', 'Sangli', 'Satara',
    'Jalgaon', 'Akola', 'Latur', 'Nanded', 'Ahilyanagar|Ahmednagar', 'Pimpri-Chinchwad|Pimpri Chinchwad|PCMC', 'Kalyan',
    'Panvel', 'Vasai', 'Bhiwandi', 'Lonavala', 'Baramati', 'Wardha', 'Chandrapur', 'Ratnagiri',
  ],
  Gujarat: [
    'Ahmedabad|Amdavad|Ahmadabad', 'Surat', 'Vadodara|Baroda', 'Rajkot', 'Gandhinagar', 'Bhavnagar', 'Jamnagar',
    'Junagadh', 'Anand', 'Bharuch', 'Vapi', 'Navsari', 'Morbi', 'Mehsana', 'Gandhidham', 'Porbandar', 'Valsad',
  ],
  Goa: ['Panaji|Panjim', 'Margao|Madgaon', 'Vasco da Gama|Vasco', 'Mapusa', 'Ponda'],
  Rajasthan: ['Jaipur', 'Jodhpur', 'Udaipur', 'Kota', 'Ajmer', 'Bikaner', 'Bhilwara', 'Alwar', 'Sikar'],
  Delhi: ['Delhi|New Delhi|Dilli'],
  Haryana: ['Gurugram|Gurgaon', 'Faridabad', 'Panipat', 'Ambala', 'Karnal', 'Sonipat', 'Hisar', 'Rohtak', 'Panchkula'],
  'Uttar Pradesh': [
    'Lucknow', 'Kanpur|Cawnpore', 'Noida', 'Greater Noida', 'Ghaziabad', 'Agra', 'Varanasi|Benares|Banaras|Kashi',
    'Prayagraj|Allahabad', 'Meerut', 'Aligarh', 'Bareilly', 'Gorakhpur', 'Moradabad', 'Mathura', 'Jhansi', 'Ayodhya',
    'Saharanpur',
  ],
  Punjab: ['Ludhiana', 'Amritsar', 'Jalandhar|Jullundur', 'Patiala', 'Mohali|SAS Nagar', 'Bathinda|Bhatinda'],
  Chandigarh: ['Chandigarh'],
  'Himachal Pradesh': ['Shimla|Simla', 'Dharamshala|Dharamsala', 'Manali', 'Solan'],
  Uttarakhand: ['Dehradun|Dehra Dun', 'Haridwar|Hardwar', 'Rishikesh', 'Roorkee', 'Haldwani', 'Nainital'],
  'Jammu and Kashmir': ['Srinagar', 'Jammu'],
  Ladakh: ['Leh'],
  'Madhya Pradesh': ['Indore', 'Bhopal', 'Gwalior', 'Jabalpur|Jubbulpore', 'Ujjain', 'Sagar'],
  Chhattisgarh: ['Raipur', 'Bhilai', 'Bilaspur'],
  'West Bengal': ['Kolkata|Calcutta', 'Howrah', 'Durgapur', 'Siliguri', 'Asansol', 'Kharagpur'],
  Odisha: ['Bhubaneswar|Bhubaneshwar', 'Cuttack', 'Rourkela', 'Puri', 'Sambalpur', 'Brahmapur|Berhampur'],
  Bihar: ['Patna', 'Gaya', 'Bhagalpur', 'Muzaffarpur'],
  Jharkhand: ['Ranchi', 'Jamshedpur', 'Dhanbad', 'Bokaro'],
  Assam: ['Guwahati|Gauhati', 'Dibrugarh', 'Silchar', 'Jorhat'],
  Meghalaya: ['Shillong'],
  Manipur: ['Imphal'],
  Tripura: ['Agartala'],
  Sikkim: ['Gangtok'],
  Mizoram: ['Aizawl'],
  Nagaland: ['Kohima', 'Dimapur'],
  'Arunachal Pradesh': ['Itanagar'],
};

/** Cities abroad where members commonly live, by country and, where people name one, state. */
export const FOREIGN_CITIES: { country: string; state?: string; cities: string[] }[] = [
  {
    country: 'United States',
    state: 'California',
    cities: [
      'San Jose', 'San Francisco|SF', 'Palo Alto', 'Mountain View', 'Sunnyvale', 'Santa Clara', 'Cupertino', 'Fremont',
      'Oakland', 'Berkeley', 'Menlo Park', 'Redwood City', 'San Mateo', 'Milpitas', 'Los Gatos', 'Pleasanton',
      'Los Angeles|LA', 'San Diego', 'Irvine',
    ],
  },
  { country: 'United States', state: 'Washington', cities: ['Seattle', 'Redmond', 'Bellevue'] },
  { country: 'United States', state: 'New York', cities: ['New York|New York City|NYC|Manhattan'] },
  { country: 'United States', state: 'New Jersey', cities: ['Jersey City', 'Edison', 'Princeton'] },
  { country: 'United States', state: 'Massachusetts', cities: ['Boston'] },
  { country: 'United States', state: 'Texas', cities: ['Austin', 'Dallas', 'Houston', 'Plano', 'Irving'] },
  { country: 'United States', state: 'Illinois', cities: ['Chicago'] },
  { country: 'United States', state: 'Georgia', cities: ['Atlanta'] },
  { country: 'United States', state: 'Pennsylvania', cities: ['Philadelphia', 'Pittsburgh'] },
  { country: 'United States', state: 'North Carolina', cities: ['Charlotte', 'Raleigh'] },
  { country: 'United States', state: 'Michigan', cities: ['Detroit'] },
  { country: 'United States', state: 'Florida', cities: ['Miami'] },
  { country: 'United States', state: 'Arizona', cities: ['Phoenix'] },
  { country: 'Canada', cities: ['Toronto', 'Vancouver', 'Montreal', 'Calgary', 'Ottawa', 'Mississauga', 'Brampton'] },
  {
    country: 'United Kingdom',
    cities: ['London', 'Manchester', 'Birmingham', 'Leicester', 'Edinburgh', 'Glasgow', 'Cambridge', 'Oxford', 'Leeds', 'Bristol'],
  },
  { country: 'United Arab Emirates', cities: ['Dubai', 'Abu Dhabi', 'Sharjah', 'Ajman'] },
  { country: 'Qatar', cities: ['Doha'] },
  { country: 'Oman', cities: ['Muscat'] },
  { country: 'Kuwait', cities: ['Kuwait City'] },
  { country: 'Bahrain', cities: ['Manama'] },
  { country: 'Saudi Arabia', cities: ['Riyadh', 'Jeddah', 'Dammam'] },
  { country: 'Singapore', cities: ['Singapore'] },
  { country: 'Malaysia', cities: ['Kuala Lumpur'] },
  { country: 'Hong Kong', cities: ['Hong Kong'] },
  { country: 'Japan', cities: ['Tokyo'] },
  { country: 'Australia', cities: ['Sydney', 'Melbourne', 'Brisbane', 'Perth'] },
  { country: 'New Zealand', cities: ['Auckland'] },
  { country: 'Germany', cities: ['Berlin', 'Munich|München', 'Frankfurt'] },
  { country: 'France', cities: ['Paris'] },
  { country: 'Netherlands', cities: ['Amsterdam'] },
  { country: 'Switzerland', cities: ['Zurich', 'Geneva'] },
  { country: 'Ireland', cities: ['Dublin'] },
  { country: 'Sri Lanka', cities: ['Colombo'] },
  { country: 'Nepal', cities: ['Kathmandu'] },
  { country: 'Bangladesh', cities: ['Dhaka'] },
];

/** States and provinces with the short forms people use. Capital-letter codes like "AP" and "UP" count only in capitals. */
export const STATES: { names: string; country: string }[] = [
  { names: 'Tamil Nadu|TN|Tamilnadu', country: 'India' },
  { names: 'Kerala|KL|Keralam', country: 'India' },
  { names: 'Karnataka|KA', country: 'India' },
  { names: 'Telangana|TS', country: 'India' },
  { names: 'Andhra Pradesh|AP|Andhra', country: 'India' },
  { names: 'Puducherry|Pondicherry', country: 'India' },
  { names: 'Maharashtra|MH|Maharastra', country: 'India' },
  { names: 'Gujarat|Gujrat', country: 'India' },
  { names: 'Goa', country: 'India' },
  { names: 'Rajasthan', country: 'India' },
  { names: 'Delhi|NCT of Delhi|National Capital Territory of Delhi', country: 'India' },
  { names: 'Haryana', country: 'India' },
  { names: 'Uttar Pradesh|UP', country: 'India' },
  { names: 'Punjab', country: 'India' },
  { names: 'Chandigarh', country: 'India' },
  { names: 'Himachal Pradesh|HP|Himachal', country: 'India' },
  { names: 'Uttarakhand|Uttaranchal', country: 'India' },
  { names: 'Jammu and Kashmir|J&K|Kashmir', country: 'India' },
  { names: 'Ladakh', country: 'India' },
  { names: 'Madhya Pradesh|MP', country: 'India' },
  { names: 'Chhattisgarh|Chattisgarh', country: 'India' },
  { names: 'West Bengal|WB|Bengal', country: 'India' },
  { names: 'Odisha|Orissa', country: 'India' },
  { names: 'Bihar', country: 'India' },
  { names: 'Jharkhand', country: 'India' },
  { names: 'Assam', country: 'India' },
  { names: 'Meghalaya', country: 'India' },
  { names: 'Manipur', country: 'India' },
  { names: 'Tripura', country: 'India' },
  { names: 'Sikkim', country: 'India' },
  { names: 'Mizoram', country: 'India' },
  { names: 'Nagaland', country: 'India' },
  { names: 'Arunachal Pradesh|Arunachal', country: 'India' },
  { names: 'Andaman and Nicobar Islands|Andaman', country: 'India' },
  { names: 'California', country: 'United States' },
  { names: 'Washington', country: 'United States' },
  { names: 'New York', country: 'United States' },
  { names: 'New Jersey', country: 'United States' },
  { names: 'Massachusetts', country: 'United States' },
  { names: 'Texas', country: 'United States' },
  { names: 'Illinois', country: 'United States' },
  { names: 'Georgia', country: 'United States' },
  { names: 'Pennsylvania', country: 'United States' },
  { names: 'North Carolina', country: 'United States' },
  { names: 'Michigan', country: 'United States' },
  { names: 'Florida', country: 'United States' },
  { names: 'Arizona', country: 'United States' },
  { names: 'Ontario', country: 'Canada' },
  { names: 'British Columbia', country: 'Canada' },
  { names: 'England', country: 'United Kingdom' },
  { names: 'Scotland', country: 'United Kingdom' },
];

export const COUNTRIES: string[] = [
  'India|Bharat|Hindustan',
  'United States|USA|US|U.S.|U.S.A.|United States of America|America|the States',
  'United Kingdom|UK|U.K.|Britain|Great Britain|England',
  'United Arab Emirates|UAE|U.A.E.|Emirates',
  'Singapore', 'Canada', 'Australia', 'New Zealand|NZ', 'Germany|Deutschland', 'France',
  'Netherlands|Holland|The Netherlands', 'Ireland', 'Switzerland', 'Sweden', 'Norway', 'Denmark', 'Finland', 'Belgium',
  'Italy', 'Spain', 'Portugal', 'Poland', 'Austria', 'Luxembourg', 'Saudi Arabia|KSA|Saudi', 'Qatar', 'Oman', 'Kuwait',
  'Bahrain', 'Malaysia', 'Indonesia', 'Thailand', 'Vietnam', 'Philippines', 'Japan', 'China', 'Hong Kong|HK',
  'South Korea|Korea', 'Sri Lanka|Ceylon', 'Nepal', 'Bangladesh', 'South Africa', 'Kenya', 'Nigeria', 'Israel', 'Mauritius',
];

/**
 * Names that stand for several places. A region lists cities, states (meaning the known cities of
 * those states that members live in), or countries; `allCountriesBut` covers "abroad" and "NRIs".
 */
export type Region = {
  names: string;
  cities?: string[];
  states?: string[];
  countries?: string[];
  allCountriesBut?: string[];
};

const SOUTH_INDIAN_STATES = ['Tamil Nadu', 'Karnataka', 'Kerala', 'Telangana', 'Andhra Pradesh', 'Puducherry'];

export const REGIONS: Region[] = [
  {
    names: 'NCR|Delhi NCR|Delhi-NCR|National Capital Region|Dilli NCR',
    cities: ['Delhi', 'Gurugram', 'Noida', 'Greater Noida', 'Ghaziabad', 'Faridabad'],
  },
  {
    names: 'MMR|Mumbai Metropolitan Region|Greater Mumbai|Mumbai region',
    cities: ['Mumbai', 'Navi Mumbai', 'Thane', 'Kalyan', 'Vasai', 'Panvel', 'Bhiwandi'],
  },
  {
    names: 'Bay Area|SF Bay Area|San Francisco Bay Area|Silicon Valley',
    cities: [
      'San Jose', 'San Francisco', 'Palo Alto', 'Mountain View', 'Sunnyvale', 'Santa Clara', 'Cupertino', 'Fremont',
      'Oakland', 'Berkeley', 'Menlo Park', 'Redwood City', 'San Mateo', 'Milpitas', 'Los Gatos', 'Pleasanton',
    ],
  },
  { names: 'Tricity|Tri City|Chandigarh Tricity', cities: ['Chandigarh', 'Mohali', 'Panchkula'] },
  { names: 'Twin Cities|Hyderabad Secunderabad', cities: ['Hyderabad', 'Secunderabad'] },
  {
    names: 'Kongu|Kongu Nadu|Kongu region|Western Tamil Nadu',
    cities: ['Coimbatore', 'Tiruppur', 'Erode', 'Salem', 'Namakkal', 'Karur', 'Pollachi', 'Udhagamandalam'],
  },
  { names: 'Malabar', cities: ['Kozhikode', 'Kannur', 'Malappuram', 'Palakkad', 'Kasaragod'] },
  { names: 'Saurashtra|Kathiawar', cities: ['Rajkot', 'Bhavnagar', 'Jamnagar', 'Junagadh', 'Porbandar', 'Morbi'] },
  { names: 'Vidarbha', cities: ['Nagpur', 'Amravati', 'Akola', 'Chandrapur', 'Wardha'] },
  { names: 'South India|Southern India|South Indian states', states: SOUTH_INDIAN_STATES },
  {
    names: 'North India|Northern India|North Indian states',
    states: [
      'Delhi', 'Uttar Pradesh', 'Punjab', 'Haryana', 'Himachal Pradesh', 'Jammu and Kashmir', 'Uttarakhand', 'Rajasthan',
      'Chandigarh', 'Ladakh',
    ],
  },
  { names: 'West India|Western India', states: ['Maharashtra', 'Gujarat', 'Goa'] },
  { names: 'East India|Eastern India', states: ['West Bengal', 'Odisha', 'Bihar', 'Jharkhand'] },
  {
    names: 'Northeast|North East|Northeast India|North East India|North Eastern states|Seven Sisters',
    states: ['Assam', 'Arunachal Pradesh', 'Manipur', 'Meghalaya', 'Mizoram', 'Nagaland', 'Tripura', 'Sikkim'],
  },
  { names: 'Central India', states: ['Madhya Pradesh', 'Chhattisgarh'] },
  {
    names: 'Gulf|Gulf countries|Middle East|GCC',
    countries: ['United Arab Emirates', 'Saudi Arabia', 'Qatar', 'Oman', 'Kuwait', 'Bahrain'],
  },
  {
    names: 'Europe|EU',
    countries: [
      'United Kingdom', 'Germany', 'France', 'Netherlands', 'Ireland', 'Switzerland', 'Sweden', 'Norway', 'Denmark',
      'Finland', 'Belgium', 'Italy', 'Spain', 'Portugal', 'Poland', 'Austria', 'Luxembourg',
    ],
  },
  { names: 'North America', countries: ['United States', 'Canada'] },
  {
    names: 'Southeast Asia|South East Asia|ASEAN',
    countries: ['Singapore', 'Malaysia', 'Indonesia', 'Thailand', 'Vietnam', 'Philippines'],
  },
  { names: 'ANZ|Australia and New Zealand', countries: ['Australia', 'New Zealand'] },
  { names: 'abroad|overseas|outside India|NRI|NRIs|non resident Indians', allCountriesBut: ['India'] },
];

/** Splits "Mumbai|Bombay" into its names. */
export function placeNames(names: string): string[] {
  return names.split('|');
}
