type Ability = { can(action: string, subject?: string): boolean };

/**
 * Lets an admin through who holds at least one of the listed actions (`admin::hasPermissions`
 * requires all of them): the communities picker serves every page of the plugin.
 */
const hasAnyPermission = (ctx: { state: { userAbility?: Ability } }, config: { actions?: string[] }) => {
  const ability = ctx.state.userAbility;
  return Boolean(ability) && (config.actions ?? []).some((action) => ability!.can(action));
};

export default hasAnyPermission;
