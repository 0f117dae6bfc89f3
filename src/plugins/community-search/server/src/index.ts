import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import destroy from './destroy';
import middlewares from './middlewares';
import policies from './policies';
import register from './register';
import routes from './routes';
import services from './services';

export default {
  register,
  bootstrap,
  destroy,
  config,
  controllers,
  routes,
  services,
  contentTypes,
  policies,
  middlewares,
};

/** The public API other plugins build on (docs/extending.md); everything else is internal. */
export type {
  CommunitySearchExtensions,
  CommunityVocabulary,
  EmbeddingProvider,
  EmbeddingProviderContext,
  EmbeddingProviderRegistration,
  FilterMatch,
  ParsedQuery,
  ParseInput,
  PostProcessContext,
  ProviderSettings,
  QueryParser,
  QueryParserContext,
  QueryParserRegistration,
  RangeFilter,
  ResultHit,
  ResultPostProcessor,
  ResultProfile,
  SearchFilters,
  Synonym,
  SynonymSource,
  SynonymSourceContext,
} from './services/extensions-types';
export type { CommunitySearchEvents, SearchPerformedEvent } from './utils/events';
