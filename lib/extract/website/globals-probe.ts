/**
 * Which known technology globals exist on the page. Runs in the page's MAIN world via
 * `chrome.scripting.executeScript({world: 'MAIN', func: probePageGlobals})`, so it must be
 * self-contained: no imports, no closures, nothing from this module's scope. It never calls page
 * code on purpose: properties are inspected through their descriptors (a getter is not invoked),
 * and it returns only names from its own fixed list — never page data.
 *
 * The list must contain every `globals` name of the technology rules (a unit test checks it).
 */
export function probePageGlobals(): string[] {
  const NAMES = [
    '$crisp', 'ABTasty', 'BCData', 'Beacon', 'Calendly', 'Chargebee', 'ChiliPiper', 'Cookiebot', 'DD_RUM',
    'Demandbase', 'Drupal', 'FS', 'FreshworksWidget', 'GoogleAnalyticsObject', 'HubSpotConversations', 'Intercom',
    'LC_API', 'LDClient', 'LeadBooster', 'LiveChatWidget', 'Matomo', 'MktoForms2', 'Munchkin', 'NREUM', 'OneTrust',
    'Optanon', 'Paddle', 'Sentry', 'Shopify', 'Squarespace', 'Stripe', 'Tawk_API', 'UC_UI', 'VWO', 'Webflow',
    'Wistia', '_6si', '__NEXT_DATA__', '__SENTRY__', '_elqQ', '_fs_org', '_gaq', '_hjSettings', '_hsq', '_iub',
    '_learnq', '_linkedin_partner_id', '_paq', '_vwo_code', '_wq', '_zitok', 'amplitude', 'analytics.load',
    'clarity', 'clearbit', 'drift', 'driftt', 'embedded_svc', 'fbq', 'fcWidget', 'ga', 'google_tag_manager', 'gtag',
    'hbspt', 'heap', 'hj', 'intercomSettings', 'jQuery', 'klaviyo', 'ldfdr', 'lintrk', 'mixpanel', 'newrelic',
    'optimizely', 'paypal', 'pendo', 'piAId', 'plausible', 'posthog', 'profitwell', 'qualified', 's_c_il',
    'sfdcBase', 'smartlook', 'uetq', 'utag', 'vgo', 'wc_add_to_cart_params', 'wixBiSession', 'wp', 'zE',
    'zESettings',
  ];
  const found: string[] = [];
  for (let i = 0; i < NAMES.length; i++) {
    const path = NAMES[i]!.split('.');
    let holder: unknown = typeof window === 'undefined' ? undefined : window;
    let ok = true;
    for (let j = 0; j < path.length && ok; j++) {
      try {
        const d = holder !== null && (typeof holder === 'object' || typeof holder === 'function')
          ? Object.getOwnPropertyDescriptor(holder, path[j]!)
          : undefined;
        if (!d) ok = false;
        else if ('value' in d) {
          holder = d.value;
          ok = holder !== undefined && holder !== null;
        } else holder = undefined; // an accessor: present, but not read (reading would run page code)
        if (holder === undefined && j < path.length - 1) ok = false;
      } catch {
        ok = false;
      }
    }
    if (ok) found.push(NAMES[i]!);
  }
  return found;
}
