import { Readable } from 'node:stream';

import type { Core } from '@strapi/strapi';

import { eachDay, type DateRange } from '../admin/dates';
import { createSearchAnalyticsRepository, type LogWindow, type QueryStats } from '../repositories/search-analytics';
import { createSearchIndexRepository } from '../repositories/search-index';
import { readCommunitySynonyms } from '../utils/community-synonyms';
import { getService } from '../utils';
import { hostOf } from '../utils/host';
import { csvLine } from '../utils/csv';
import { suggestSynonym, type SynonymSuggestion } from './query-parser/synonym-suggestions';

const TOP_QUERIES = 20;
const EXPORT_PAGE = 1000;
export const CHANNELS = ['api', 'whatsapp'] as const;
export const EXPORT_COLUMNS = ['time', 'community', 'channel', 'query', 'parser', 'results', 'zero_result', 'latency_ms'];

export type AnalyticsRequest = { communityIds: number[] | null; range: DateRange & { start: Date; end: Date; days: number } };

/**
 * Search analytics for the admin panel: volume per day, the queries members type most and those
 * that find nobody (what admins fix with data and synonyms), parsers, latency and channels. Reads
 * only the plugin's search log, which holds no phone numbers or emails (masked when logged).
 */
const analyticsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repository = () => createSearchAnalyticsRepository(strapi.db.connection);
  const windowOf = ({ communityIds, range }: AnalyticsRequest): LogWindow => ({ communityIds, from: range.start, to: range.end });

  /**
   * For one community's view: each query that found nobody with the synonym that would make its
   * unread words name the community's own values (see suggestSynonym). Across several
   * communities there is no one vocabulary to suggest from.
   */
  const withSuggestions = async (
    communityIds: number[] | null,
    rows: QueryStats[]
  ): Promise<Array<QueryStats & { suggestedSynonym: SynonymSuggestion | null }>> => {
    const communityId = communityIds?.length === 1 && communityIds[0] > 0 ? communityIds[0] : null;
    if (communityId === null || rows.length === 0) return rows.map((row) => ({ ...row, suggestedSynonym: null }));
    const [vocabulary, community] = await Promise.all([
      createSearchIndexRepository(strapi.db.connection, hostOf(strapi).tables()).vocabulary(communityId),
      strapi.db.query('api::community.community').findOne({ select: ['settings'], where: { id: communityId } }) as Promise<{ settings?: unknown } | null>,
    ]);
    const synonyms = readCommunitySynonyms(community?.settings);
    return rows.map((row) => ({ ...row, suggestedSynonym: suggestSynonym(row.query, vocabulary, synonyms) }));
  };

  return {
    async overview(request: AnalyticsRequest) {
      await getService('search-log').flush();
      const window = windowOf(request);
      const [totals, perDay, parsers, channels, topQueries, zeroResultQueries] = await Promise.all([
        repository().totals(window),
        repository().perDay(window, request.range.offsetMinutes),
        repository().byParser(window),
        repository().byChannel(window),
        repository().topQueries(window, { limit: TOP_QUERIES, zeroOnly: false }),
        repository().topQueries(window, { limit: TOP_QUERIES, zeroOnly: true }),
      ]);
      const byDay = new Map(perDay.map((day) => [day.day, day]));
      const channelCounts = new Map(channels.map((channel) => [channel.channel, channel.searches]));
      return {
        range: { from: request.range.from, to: request.range.to, days: request.range.days, tz: request.range.offsetMinutes },
        totals: {
          ...totals,
          zeroResultRate: totals.searches === 0 ? null : totals.zeroResults / totals.searches,
        },
        // Every day of the range, so the chart shows quiet days as zero rather than skipping them.
        volume: eachDay(request.range.from, request.range.to).map((day) => byDay.get(day) ?? { day, searches: 0, zeroResults: 0 }),
        parsers,
        // Both channels always listed: "no WhatsApp searches" is an answer too.
        channels: [
          ...CHANNELS.map((channel) => ({ channel, searches: channelCounts.get(channel) ?? 0 })),
          ...channels.filter((channel) => !(CHANNELS as readonly string[]).includes(channel.channel)),
        ],
        topQueries,
        zeroResultQueries: await withSuggestions(request.communityIds, zeroResultQueries),
      };
    },

    /** The log as CSV, oldest first, read a page at a time so a year of searches never sits in memory. */
    exportCsv(request: AnalyticsRequest, slugs: Map<number, string>): Readable {
      const window = windowOf(request);
      const repo = repository();
      async function* lines() {
        yield csvLine(EXPORT_COLUMNS);
        await getService('search-log').flush();
        let afterId = 0;
        for (;;) {
          const rows = await repo.page(window, afterId, EXPORT_PAGE);
          if (rows.length === 0) return;
          yield rows
            .map((row) =>
              csvLine([
                new Date(row.created_at).toISOString(),
                slugs.get(row.community_id) ?? String(row.community_id),
                row.channel,
                row.query,
                row.parser,
                row.result_count,
                row.zero_result,
                row.latency_ms,
              ])
            )
            .join('');
          afterId = Number(rows[rows.length - 1].id);
        }
      }
      return Readable.from(lines());
    },
  };
};

export type AnalyticsService = ReturnType<typeof analyticsService>;

export default analyticsService;
