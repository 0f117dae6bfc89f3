'use strict';

// Names, the large employers, and the bio sentences that are not about a profession's work.

const FIRST_NAMES = [
  'Aarav', 'Abhijit', 'Aditi', 'Akshata', 'Alok', 'Amrita', 'Anand', 'Anjali', 'Ansh', 'Arpita',
  'Ashwin', 'Bhavana', 'Chaitanya', 'Charu', 'Darshan', 'Deepika', 'Devendra', 'Dhruv', 'Eshwar',
  'Farah', 'Gagan', 'Gayatri', 'Girish', 'Harpreet', 'Hemant', 'Ishita', 'Jagdish', 'Jasleen',
  'Kabir', 'Kalpana', 'Karthik', 'Kavya', 'Lakshmi', 'Madhav', 'Manjunath', 'Meera', 'Mohsin',
  'Nandini', 'Naveen', 'Nikhil', 'Nirmala', 'Omkar', 'Pallavi', 'Pranav', 'Prashant', 'Rachana',
  'Raghav', 'Rajesh', 'Rekha', 'Ritu', 'Rohan', 'Rukmini', 'Sachin', 'Sameer', 'Sangeeta', 'Sanjay',
  'Shabnam', 'Shalini', 'Shreyas', 'Simran', 'Sneha', 'Sudhir', 'Sunita', 'Tanvir', 'Tejas', 'Uma',
  'Usha', 'Varun', 'Vasudha', 'Vikram', 'Vinod', 'Yamini', 'Yusuf', 'Zoya', 'Gurpreet', 'Thomas',
  'Mariam', 'Joseph', 'Arundhati', 'Bipin',
];

const SURNAMES = [
  'Acharya', 'Agarwal', 'Ahluwalia', 'Bhat', 'Bhattacharya', 'Biswas', 'Chandran', 'Chaudhary',
  'D\'Souza', 'Dasgupta', 'Deshpande', 'Dhillon', 'Fernandes', 'Gill', 'Hegde', 'Iyengar', 'Jain',
  'Joshi', 'Kamath', 'Kapoor', 'Khan', 'Kulkarni', 'Kurian', 'Mahapatra', 'Malhotra', 'Menon',
  'Mishra', 'Mohanty', 'Naidu', 'Nair', 'Ojha', 'Pai', 'Pandey', 'Parmar', 'Patnaik', 'Pillai',
  'Prabhu', 'Qureshi', 'Rajput', 'Rao', 'Rathore', 'Saxena', 'Sequeira', 'Shenoy', 'Shetty',
  'Sidhu', 'Srivastava', 'Subramaniam', 'Thakur', 'Tiwari', 'Upadhyay', 'Varghese', 'Verma',
  'Vyas', 'Yadav', 'Zaidi', 'Banerjee', 'Chettiar', 'Gowda', 'Lobo', 'Rizvi', 'Sahu', 'Tandon',
];

// Large invented employers. `names` are the ways members write the employer's name; `professions`
// are the professions it hires; `places` are the cities where it has offices.
const EMPLOYERS = [
  {
    key: 'tungabhadra',
    names: ['Tungabhadra Infotech', 'Tungabhadra Infotech Pvt Ltd', 'Tungabhadra Infotech Private Limited'],
    professions: ['appdev', 'data', 'cyber', 'hr', 'graphic'],
    places: ['hubballi', 'belagavi', 'gurugram', 'sanjose'],
  },
  {
    key: 'zephyr',
    names: ['Zephyr Analytics', 'Zephyr Analytics Ltd'],
    professions: ['data', 'appdev', 'marketing'],
    places: ['melbourne', 'kualalumpur', 'gurugram'],
  },
  {
    key: 'vindhya',
    names: ['Vindhya Multispeciality Hospital', 'Vindhya Hospitals', 'Vindhya Multi-Speciality Hospital'],
    professions: ['paeds', 'cardio', 'derma', 'dentist', 'psych', 'diet'],
    places: ['jabalpur', 'raipur', 'prayagraj'],
  },
  {
    key: 'sahyadri',
    names: ['Sahyadri Freight Lines', 'Sahyadri Freight Lines Pvt. Ltd.'],
    professions: ['logistics', 'hr', 'ca'],
    places: ['bhavnagar', 'solapur', 'tiruppur', 'daressalaam'],
  },
  {
    key: 'meghdoot',
    names: ['Meghdoot General Insurance', 'Meghdoot General Insurance Co.'],
    professions: ['insurance', 'data', 'corplaw', 'hr'],
    places: ['vijayawada', 'raipur', 'bhubaneswar'],
  },
  {
    key: 'narmada',
    names: ['Narmada Valley Co-operative Bank', 'Narmada Valley Bank'],
    professions: ['homeloan', 'wealth', 'ca', 'cyber'],
    places: ['jabalpur', 'solapur', 'vijayawada'],
  },
  {
    key: 'lotuscrest',
    names: ['Lotus Crest Realty', 'Lotus Crest Realty LLP'],
    professions: ['architect', 'structural', 'interior', 'realestate', 'proplaw'],
    places: ['gurugram', 'mangaluru', 'hubballi'],
  },
  {
    key: 'pinnacle',
    names: ['Pinnacle Pixel Studios', 'Pinnacle Pixel'],
    professions: ['graphic', 'photo', 'marketing'],
    places: ['puducherry', 'panaji', 'edison'],
  },
  {
    key: 'gulfhorizon',
    names: ['Gulf Horizon Contracting', 'Gulf Horizon Contracting W.L.L.'],
    professions: ['structural', 'architect', 'solar', 'hr'],
    places: ['doha', 'kuwait', 'riyadh'],
  },
  {
    key: 'shivalik',
    names: ['Shivalik Agro Foods', 'Shivalik Agro Foods Ltd'],
    professions: ['food', 'agri', 'diet', 'logistics'],
    places: ['ludhiana', 'dehradun', 'siliguri'],
  },
];

// Said in a bio by some members who have spoken in public; speaker questions that ask for someone
// who has spoken before need one of these.
const SPEAKER_SENTENCES = [
  'Has spoken at several industry conferences.',
  'Often invited to give talks at colleges and trade bodies.',
  'Gave the keynote at a national convention last year.',
  'Runs workshops for members and students whenever asked.',
  'Happy to be on a panel at the alumni meet.',
];

const HOBBY_SENTENCES = [
  'Plays cricket on Sunday mornings.',
  'Loves trekking in the Western Ghats.',
  'Grows vegetables on the terrace.',
  'Reads a lot of history.',
  'Cycles forty kilometres every weekend.',
  'Sings Carnatic music with friends.',
  'Plays badminton with the old college gang.',
  'Goes birdwatching whenever there is a free morning.',
  'Runs half marathons.',
  'Volunteers at a night school for adults.',
  'Cooks for the whole family on Sundays.',
  'Plays chess online late at night.',
];

module.exports = { FIRST_NAMES, SURNAMES, EMPLOYERS, SPEAKER_SENTENCES, HOBBY_SENTENCES };
