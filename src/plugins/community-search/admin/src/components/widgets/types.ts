/** The dashboard routes' answers (see the server's dashboard service). */
export type LimitFigures = { used: number; limit: number | null; ratio: number | null; warning: boolean };

export type MembersDashboard = {
  communities: Array<{ id: number; name: string; slug: string; plan: string; active: number; hidden: number } & LimitFigures>;
  totalCommunities: number;
  totals: { active: number; hidden: number };
  warningThreshold: number;
};

/** A member's searches this month against their share of the community's (null: unlimited). */
export type MemberShareFigures = { documentId: string; name: string; used: number; share: number | null };

export type SearchesDashboard = {
  communities: Array<
    { id: number; name: string; slug: string; plan: string; today: number; topMembers: MemberShareFigures[] } & LimitFigures
  >;
  totalCommunities: number;
  totals: { today: number; month: number };
  period: { start: string; end: string } | null;
  warningThreshold: number;
};

export type ZeroResultsDashboard = {
  days: number;
  searches: number;
  zeroResults: number;
  rate: number | null;
  previousRate: number | null;
  topZeroQueries: Array<{ query: string; searches: number }>;
};
