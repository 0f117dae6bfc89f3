'use strict';

/** Whether what the index holds about a member says they mentor (bio, skills or role). */
const MENTORING = /\bmentor(s|ed|ing|ship)?\b/i;

const isMentor = (profile) =>
  Boolean(profile) &&
  [profile.bio, profile.designation, ...(profile.skills || [])].some((text) => typeof text === 'string' && MENTORING.test(text));

/** The reason shown with a hit (API `why`) that the WhatsApp command also reads. */
const MENTOR_REASON = 'Mentors other members';

module.exports = { isMentor, MENTOR_REASON };
