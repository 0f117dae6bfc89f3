/**
 * What community-search answers, as far as the packages that show an answer (the WhatsApp bot and
 * its result formatters) rely on it: one declaration, which community-search's own response
 * extends (with the score, the contact details a viewer may see, timings and the parse).
 */

export type SearchHit = {
  documentId: string;
  name: string;
  city: string | null;
  designation: string | null;
  organization: string | null;
  industry: string | null;
  skills: string[];
  graduationYear: number | null;
  /** Why the member matched, in short phrases. */
  why: string[];
};

export type SearchAnswerMeta = {
  total: number;
  /** Present (true) only when `total` is a lower bound: a very large set ranked by its nearest vectors. */
  totalIsEstimate?: true;
  page: number;
  pageSize: number;
  noCloseMatch: boolean;
  relaxed: string[];
  /** Present when filters were relaxed: what was dropped and where the results come from, in a sentence. */
  relaxedExplanation?: string;
  followUp: boolean;
};

export type SearchAnswer = { data: SearchHit[]; meta: SearchAnswerMeta };
