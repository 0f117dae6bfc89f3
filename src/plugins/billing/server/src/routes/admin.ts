export default {
  type: 'admin' as const,
  routes: [] as const,
};
