/**
 * How people know the member fields: the one place their labels and short descriptions live.
 * The admin panel's edit view, list columns and filters show them (src/lib/admin-layouts.ts,
 * src/admin/member-list.ts), and every error message a person reads names fields with them
 * (packages/kit/src/messages). Plain data, no imports: the admin bundle imports it too.
 */
export type MemberFieldText = { label: string; description: string };

export const MEMBER_FIELD_TEXT = {
  name: { label: 'Name', description: 'Full name, as members will search for it.' },
  phone: { label: 'Phone', description: 'Mobile number with the country code, e.g. +919876543210. It is the member’s login.' },
  email: { label: 'Email', description: 'Optional. Shown only to those allowed to see contact details.' },
  city: { label: 'City', description: 'Where the member lives or works.' },
  state: { label: 'State', description: 'State or region.' },
  country: { label: 'Country', description: 'Country, e.g. India.' },
  organization: { label: 'Organization', description: 'Company or institution the member works at.' },
  designation: { label: 'Designation', description: 'Job title, e.g. Founder or Senior Engineer.' },
  industry: { label: 'Industry', description: 'Sector, e.g. Textiles or Healthcare.' },
  skills: { label: 'Skills', description: 'Type a skill and press Enter to add it; × removes it.' },
  degree: { label: 'Degree', description: 'e.g. B.Tech, MBA.' },
  branch: { label: 'Branch', description: 'Branch or specialisation, e.g. Mechanical.' },
  graduationYear: { label: 'Graduation year', description: 'Year of graduation, e.g. 2020.' },
  annualTurnoverInr: { label: 'Annual turnover (₹)', description: 'Yearly turnover of the member’s business in rupees, digits only.' },
  bio: { label: 'Bio', description: 'A few lines about the member, shown in their profile.' },
  linkedinUrl: { label: 'LinkedIn', description: 'Full profile address, e.g. https://www.linkedin.com/in/name.' },
  isActive: { label: 'Active', description: 'Inactive members keep their data but are not in the directory and do not count towards the member limit.' },
  directoryVisible: { label: 'In directory', description: 'Off hides the member from search and the directory.' },
  contactVisibility: { label: 'Who sees contact details', description: '“members”: every member; “admins”: only the community’s admins.' },
  community: { label: 'Community', description: 'The community this member belongs to.' },
  lastLoginAt: { label: 'Last login', description: 'Set by the app when the member logs in.' },
  erasureRequestedAt: { label: 'Erasure requested', description: 'Set by the app when the member asks for their data to be erased.' },
  user: { label: 'Login account', description: 'Linked by the app at the member’s first phone login.' },
  canReceiveCodes: { label: 'Can receive login codes', description: 'Set by the app from the phone: off for landlines and unallocated numbers, which can never get a login code.' },
  createdAt: { label: 'Created', description: '' },
  updatedAt: { label: 'Last changed', description: '' },
} as const satisfies Record<string, MemberFieldText>;

export type MemberField = keyof typeof MEMBER_FIELD_TEXT;

/** Labels alone, by field name (what error messages and filters need). */
export const MEMBER_FIELD_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries(MEMBER_FIELD_TEXT).map(([field, text]) => [field, text.label])
);

/** Fields the app writes itself: kept in the data, not shown in the edit form. */
export const MEMBER_INTERNAL_FIELDS = ['lastLoginAt', 'erasureRequestedAt', 'user', 'canReceiveCodes'] as const;
