import type { IndexRow } from '../repositories/search-index';

/** The member fields the index reads, as Strapi's query engine returns them. */
export type MemberRecord = {
  id: number;
  documentId: string;
  name: string;
  city?: string | null;
  state?: string | null;
  country?: string | null;
  organization?: string | null;
  designation?: string | null;
  industry?: string | null;
  skills?: unknown;
  degree?: string | null;
  branch?: string | null;
  graduationYear?: number | null;
  annualTurnoverInr?: number | string | null;
  bio?: string | null;
  isActive?: boolean | null;
  directoryVisible?: boolean | null;
  community?: { id: number } | null;
};

export const MEMBER_INDEX_FIELDS = [
  'id',
  'documentId',
  'name',
  'city',
  'state',
  'country',
  'organization',
  'designation',
  'industry',
  'skills',
  'degree',
  'branch',
  'graduationYear',
  'annualTurnoverInr',
  'bio',
  'isActive',
  'directoryVisible',
];

const asSkills = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((skill): skill is string => typeof skill === 'string' && skill.trim() !== '') : [];

/**
 * The text a member's vector is made from: what they do and know. Names and contact fields are
 * left out, so the vector says nothing about who they are or how to reach them.
 */
export const embeddingText = (member: MemberRecord) =>
  [
    member.designation,
    member.organization,
    member.industry,
    asSkills(member.skills).join(', '),
    [member.degree, member.branch].filter(Boolean).join(' '),
    member.bio,
    member.city,
  ]
    .filter((part) => typeof part === 'string' && part.trim() !== '')
    .join('. ');

export const toIndexRow = (member: MemberRecord, embedding: number[] | null, embeddingModel: string | null): IndexRow | null => {
  if (!member.community) return null;
  const turnover = member.annualTurnoverInr === null || member.annualTurnoverInr === undefined ? null : Number(member.annualTurnoverInr);
  return {
    documentId: member.documentId,
    memberId: member.id,
    communityId: member.community.id,
    name: member.name,
    city: member.city ?? null,
    state: member.state ?? null,
    country: member.country ?? null,
    organization: member.organization ?? null,
    designation: member.designation ?? null,
    industry: member.industry ?? null,
    skills: asSkills(member.skills),
    degree: member.degree ?? null,
    branch: member.branch ?? null,
    graduationYear: member.graduationYear ?? null,
    annualTurnoverInr: Number.isFinite(turnover) ? turnover : null,
    bio: member.bio ?? null,
    isActive: member.isActive !== false,
    directoryVisible: member.directoryVisible !== false,
    embedding,
    embeddingModel,
  };
};
