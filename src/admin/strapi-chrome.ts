import { ADMIN_SCOPE_ATTRIBUTE } from './admin-scope';

/**
 * Strapi's own sales and product-news screens, which Strapi 5.54 offers no setting for: the
 * Settings overview's "Current plan: Community – See all pricing plans" and "Upgrade your admin
 * panel" links, Strapi Cloud links, the paid features' purchase pages in the settings menu and the
 * banner above every page ("Introducing the new Media Library … Read blog post", or its docs link).
 * Hidden by what their links point at (stable across Strapi's markup changes), for everyone.
 */
const UPSELL_LINKS = ['a[href^="https://strapi.io/pricing"]', 'a[href*="cloud.strapi.io"]', 'a[href^="https://github.com/strapi/strapi/releases"]', 'a[href*="/settings/purchase-"]'];
/** Strapi's dismissible banners: background > row > message and action > action box > link. */
const BANNER_LINKS = ['a[href^="https://strapi.io/blog/"]', 'a[href^="https://docs.strapi.io/cms/features/media-library"]', 'a[href^="https://strapi.io/pricing"]'];
const BANNERS = BANNER_LINKS.map((link) => `div:has(> div > div > div > ${link})`);

/** The homepage's "Add Widget" button and each widget's delete and drag controls. */
const HOMEPAGE = 'main:has([data-strapi-grid-container])';
const HOMEPAGE_CUSTOMISING = [
  `${HOMEPAGE} :is([data-strapi-header], [data-strapi-header-sticky]) button`,
  '[data-strapi-widget-id] > header button',
];

export const STRAPI_CHROME_STYLE_ID = 'cc-strapi-chrome';

export const strapiChromeCss = () => {
  const notPlatform = `html:not([${ADMIN_SCOPE_ATTRIBUTE}="platform"])`;
  return [
    // The whole "current plan" entry of the overview (its label and its link), not only the link.
    `dl > div:has(a[href^="https://strapi.io/pricing"]), ${[...UPSELL_LINKS, ...BANNERS].join(', ')} { display: none !important; }`,
    // The homepage is laid out for a community's admins; only the platform's admins rearrange it.
    `${HOMEPAGE_CUSTOMISING.map((selector) => `${notPlatform} ${selector}`).join(', ')} { display: none !important; }`,
  ].join('\n');
};

export const hideStrapiChrome = (target: Document) => {
  if (target.getElementById(STRAPI_CHROME_STYLE_ID)) return;
  const style = target.createElement('style');
  style.id = STRAPI_CHROME_STYLE_ID;
  style.textContent = strapiChromeCss();
  target.head.appendChild(style);
};
