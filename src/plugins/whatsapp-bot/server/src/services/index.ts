import pluginInfo from './plugin-info';

export default {
  'plugin-info': pluginInfo,
};
