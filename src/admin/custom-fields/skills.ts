/** Skills as the tag input works with them: a list of distinct, trimmed strings. */

/** The stored value as a list; anything that is not a list of text (an old or hand-made value) shows as no tags. */
export const toSkillList = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  if (typeof value === 'string' && value.trim().startsWith('[')) {
    try {
      return toSkillList(JSON.parse(value));
    } catch {
      return [];
    }
  }
  return [];
};

/** The list with the typed skill added (the same list when it is blank or already there, ignoring case). */
export const addSkill = (skills: string[], typed: string): string[] => {
  const skill = typed.trim().replace(/,+$/, '').trim();
  if (skill === '' || skills.some((existing) => existing.toLowerCase() === skill.toLowerCase())) return skills;
  return [...skills, skill];
};

export const removeSkill = (skills: string[], skill: string): string[] => skills.filter((existing) => existing !== skill);
