'use strict';

// Where members live. `names[0]` is the name the city goes by today; the other names are the older
// or everyday names people still type at sign-up (Belgaum, Gurgaon, Calicut, ...). `weight` is how
// many members live there relative to the others; the professions' hub cities add to that.
const PLACES = [
  { key: 'belagavi', names: ['Belagavi', 'Belgaum'], state: 'Karnataka', country: 'India', weight: 3 },
  { key: 'hubballi', names: ['Hubballi', 'Hubli'], state: 'Karnataka', country: 'India', weight: 3 },
  { key: 'mangaluru', names: ['Mangaluru', 'Mangalore'], state: 'Karnataka', country: 'India', weight: 4 },
  { key: 'puducherry', names: ['Puducherry', 'Pondicherry', 'Pondy'], state: 'Puducherry', country: 'India', weight: 3 },
  { key: 'varanasi', names: ['Varanasi', 'Banaras', 'Benares'], state: 'Uttar Pradesh', country: 'India', weight: 3 },
  { key: 'prayagraj', names: ['Prayagraj', 'Allahabad'], state: 'Uttar Pradesh', country: 'India', weight: 3 },
  { key: 'gurugram', names: ['Gurugram', 'Gurgaon'], state: 'Haryana', country: 'India', weight: 5 },
  { key: 'kozhikode', names: ['Kozhikode', 'Calicut'], state: 'Kerala', country: 'India', weight: 3 },
  { key: 'trichy', names: ['Tiruchirappalli', 'Trichy'], state: 'Tamil Nadu', country: 'India', weight: 3 },
  { key: 'panaji', names: ['Panaji', 'Panjim'], state: 'Goa', country: 'India', weight: 2 },
  { key: 'vijayawada', names: ['Vijayawada', 'Bezawada'], state: 'Andhra Pradesh', country: 'India', weight: 3 },
  { key: 'bhubaneswar', names: ['Bhubaneswar', 'Bhubaneshwar'], state: 'Odisha', country: 'India', weight: 3 },
  { key: 'tiruppur', names: ['Tiruppur', 'Tirupur'], state: 'Tamil Nadu', country: 'India', weight: 2 },
  { key: 'jabalpur', names: ['Jabalpur'], state: 'Madhya Pradesh', country: 'India', weight: 3 },
  { key: 'raipur', names: ['Raipur'], state: 'Chhattisgarh', country: 'India', weight: 3 },
  { key: 'dehradun', names: ['Dehradun'], state: 'Uttarakhand', country: 'India', weight: 3 },
  { key: 'udaipur', names: ['Udaipur'], state: 'Rajasthan', country: 'India', weight: 3 },
  { key: 'jodhpur', names: ['Jodhpur'], state: 'Rajasthan', country: 'India', weight: 3 },
  { key: 'ludhiana', names: ['Ludhiana'], state: 'Punjab', country: 'India', weight: 3 },
  { key: 'siliguri', names: ['Siliguri'], state: 'West Bengal', country: 'India', weight: 2 },
  { key: 'ranchi', names: ['Ranchi'], state: 'Jharkhand', country: 'India', weight: 2 },
  { key: 'jamshedpur', names: ['Jamshedpur'], state: 'Jharkhand', country: 'India', weight: 2 },
  { key: 'solapur', names: ['Solapur'], state: 'Maharashtra', country: 'India', weight: 2 },
  { key: 'hosur', names: ['Hosur'], state: 'Tamil Nadu', country: 'India', weight: 2 },
  { key: 'bhavnagar', names: ['Bhavnagar'], state: 'Gujarat', country: 'India', weight: 2 },
  { key: 'doha', names: ['Doha'], state: null, country: 'Qatar', weight: 2 },
  { key: 'kuwait', names: ['Kuwait City', 'Kuwait'], state: null, country: 'Kuwait', weight: 1 },
  { key: 'riyadh', names: ['Riyadh'], state: 'Riyadh Province', country: 'Saudi Arabia', weight: 1 },
  { key: 'auckland', names: ['Auckland'], state: 'Auckland', country: 'New Zealand', weight: 1 },
  { key: 'melbourne', names: ['Melbourne'], state: 'Victoria', country: 'Australia', weight: 2 },
  { key: 'johannesburg', names: ['Johannesburg', 'Joburg'], state: 'Gauteng', country: 'South Africa', weight: 1 },
  { key: 'kualalumpur', names: ['Kuala Lumpur', 'KL'], state: null, country: 'Malaysia', weight: 1 },
  { key: 'frankfurt', names: ['Frankfurt', 'Frankfurt am Main'], state: 'Hesse', country: 'Germany', weight: 1 },
  { key: 'sanjose', names: ['San Jose'], state: 'California', country: 'USA', weight: 2 },
  { key: 'edison', names: ['Edison'], state: 'New Jersey', country: 'USA', weight: 1 },
  { key: 'manchester', names: ['Manchester'], state: 'England', country: 'United Kingdom', weight: 1 },
  { key: 'daressalaam', names: ['Dar es Salaam'], state: null, country: 'Tanzania', weight: 1 },
];

const GULF_COUNTRIES = ['Qatar', 'Kuwait', 'Saudi Arabia'];

const PLACE_BY_KEY = new Map(PLACES.map((place) => [place.key, place]));

module.exports = { PLACES, PLACE_BY_KEY, GULF_COUNTRIES };
