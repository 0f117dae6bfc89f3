/** The member import template; public, it holds only the format and an invented example. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/members/import/template',
      handler: 'api::member.member.importTemplate',
      config: { auth: false },
    },
  ],
};
