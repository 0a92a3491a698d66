import type { TechRule } from './tech-rule';

// CRM, marketing automation, analytics, CDPs, tag managers, advertising pixels, A/B testing and
// intent data: what a B2B seller asks "do they use X?" about.

export const MARKETING_RULES: TechRule[] = [
  // CRM and marketing automation
  {
    name: 'HubSpot', category: 'marketing-automation',
    urls: ['js.hs-scripts.com', 'js.hs-analytics.net', 'js.hsforms.net', 'js.hscta.net', 'js.hs-banner.com', 'js.usemessages.com', 'js.hsleadflows.net', 'js.leadin.com', 'js.hubspot.com', 'forms.hsforms.com'],
    markers: ['_hsq.push', 'hbspt.forms.create', 'hbspt.cta.load'],
    links: ['meetings.hubspot.com/', 'cta-redirect.hubspot.com/'],
    globals: ['_hsq', 'HubSpotConversations', 'hbspt'],
  },
  { name: 'HubSpot CMS', category: 'cms', generator: /^HubSpot/i, urls: ['/hs/hsstatic/', '/hubfs/', '/hs-fs/hub/'] },
  { name: 'Salesforce', category: 'crm', urls: ['.force.com/', 'salesforceliveagent.com', 'service.force.com', 'my.salesforce.com'], markers: ['embedded_svc.init', 'webto.salesforce.com'], globals: ['embedded_svc', 'sfdcBase'] },
  { name: 'Pardot', category: 'marketing-automation', urls: ['pi.pardot.com', 'go.pardot.com', 'cdn.pardot.com', 'pardot.com/pd.js'], markers: ['piAId', 'piHostname'], globals: ['piAId'] },
  { name: 'Marketo', category: 'marketing-automation', urls: ['munchkin.marketo.net', 'munchkin.js', '.mktoresp.com', 'marketo.com/js/forms2', '.marketo.com/'], markers: ['Munchkin.init', 'MktoForms2.loadForm'], globals: ['Munchkin', 'MktoForms2'] },
  { name: 'Oracle Eloqua', category: 'marketing-automation', urls: ['.eloqua.com', 'elqcfg.min.js', 'img.en25.com'], markers: ['_elqQ', 'elqCfg'], globals: ['_elqQ'] },
  { name: 'Mailchimp', category: 'marketing-automation', urls: ['chimpstatic.com', 'list-manage.com'], markers: ['mc4wp', 'mc-embedded-subscribe'], links: ['list-manage.com/subscribe'] },
  { name: 'Klaviyo', category: 'marketing-automation', urls: ['static.klaviyo.com', 'klaviyo.com/onsite'], markers: ['_learnq'], globals: ['klaviyo', '_learnq'] },
  { name: 'ActiveCampaign', category: 'marketing-automation', urls: ['trackcmp.net', '.activehosted.com', 'diffuser-cdn.app-us1.com'], markers: ['vgo(\'setAccount\''], globals: ['vgo'] },
  { name: 'Customer.io', category: 'marketing-automation', urls: ['assets.customer.io', 'track.customer.io'], markers: ['_cio.identify'], globals: ['_cio'] },
  { name: 'Braze', category: 'marketing-automation', urls: ['js.appboycdn.com', 'braze.com/web-sdk', 'js.braze.com'], globals: ['braze', 'appboy'] },
  { name: 'Pipedrive', category: 'crm', urls: ['leadbooster-chat.pipedrive.com', 'webforms.pipedrive.com'], globals: ['LeadBooster'] },
  { name: 'Zoho SalesIQ', category: 'chat', urls: ['salesiq.zoho.com', 'salesiq.zohopublic.com'], markers: ['$zoho.salesiq'] },
  // Analytics and customer data
  {
    name: 'Google Analytics', category: 'analytics',
    urls: ['google-analytics.com/analytics.js', 'google-analytics.com/ga.js', 'google-analytics.com/urchin.js', 'googletagmanager.com/gtag/js?id=g-', 'googletagmanager.com/gtag/js?id=ua-'],
    markers: [/\bUA-\d{4,10}-\d{1,4}\b/, /gtag\(\s*['"]config['"]\s*,\s*['"]G-[A-Z0-9]{6,}/],
    globals: ['ga', 'gtag', '_gaq', 'GoogleAnalyticsObject'],
  },
  { name: 'Google Tag Manager', category: 'tag-manager', urls: ['googletagmanager.com/gtm.js', 'googletagmanager.com/ns.html'], markers: [/\bGTM-[A-Z0-9]{4,9}\b/], globals: ['google_tag_manager'] },
  { name: 'Google Ads', category: 'advertising', urls: ['googleadservices.com/pagead/conversion', 'googletagmanager.com/gtag/js?id=aw-'], markers: [/\bAW-\d{6,12}\b/] },
  { name: 'Segment', category: 'cdp', urls: ['cdn.segment.com', 'cdn.segment.io', 'api.segment.io'], markers: ['analytics.load(', 'analytics.load=function'], globals: ['analytics.load'] },
  { name: 'RudderStack', category: 'cdp', urls: ['cdn.rudderlabs.com', 'rudderstack.com'], globals: ['rudderanalytics'] },
  { name: 'Mixpanel', category: 'analytics', urls: ['cdn.mxpnl.com', 'cdn4.mxpnl.com', 'api-js.mixpanel.com'], markers: ['mixpanel.init('], globals: ['mixpanel'] },
  { name: 'Amplitude', category: 'analytics', urls: ['cdn.amplitude.com', 'api2.amplitude.com'], markers: ['amplitude.getInstance()', 'amplitude.init('], globals: ['amplitude'] },
  { name: 'Heap', category: 'analytics', urls: ['cdn.heapanalytics.com', 'heapanalytics.com/js'], markers: ['heap.load('], globals: ['heap'] },
  { name: 'PostHog', category: 'analytics', urls: ['posthog.com/static/array.js', 'i.posthog.com', 'app.posthog.com'], markers: ['posthog.init('], globals: ['posthog'] },
  { name: 'Hotjar', category: 'analytics', urls: ['static.hotjar.com', 'script.hotjar.com'], markers: ['_hjSettings'], globals: ['hj', '_hjSettings'] },
  { name: 'FullStory', category: 'analytics', urls: ['fullstory.com/s/fs.js', 'edge.fullstory.com'], markers: ["window['_fs_org']", '_fs_org'], globals: ['FS', '_fs_org'] },
  { name: 'Microsoft Clarity', category: 'analytics', urls: ['clarity.ms/tag'], globals: ['clarity'] },
  { name: 'Smartlook', category: 'analytics', urls: ['rec.smartlook.com', 'web-sdk.smartlook.com'], markers: ["smartlook('init'"], globals: ['smartlook'] },
  { name: 'Matomo', category: 'analytics', urls: ['matomo.js', 'piwik.js', 'cdn.matomo.cloud'], markers: ['_paq.push'], globals: ['_paq', 'Matomo'] },
  { name: 'Plausible', category: 'analytics', urls: ['plausible.io/js'], globals: ['plausible'] },
  { name: 'Adobe Analytics', category: 'analytics', urls: ['omtrdc.net', '2o7.net', 'appmeasurement.js'], markers: ['s_account', 's.t()'], globals: ['s_c_il'] },
  { name: 'Adobe Experience Platform Tags', category: 'tag-manager', urls: ['assets.adobedtm.com'], globals: ['_satellite'] },
  { name: 'Tealium', category: 'tag-manager', urls: ['tags.tiqcdn.com'], globals: ['utag'] },
  { name: 'Pendo', category: 'analytics', urls: ['cdn.pendo.io', 'pendo-io-static', 'pendo-static'], markers: ['pendo.initialize('], globals: ['pendo'] },
  { name: 'Crazy Egg', category: 'analytics', urls: ['script.crazyegg.com'], globals: ['CE2'] },
  { name: 'ProfitWell', category: 'analytics', urls: ['public.profitwell.com'], globals: ['profitwell'] },
  // Advertising pixels
  { name: 'LinkedIn Insight Tag', category: 'advertising', urls: ['snap.licdn.com/li.lms-analytics', 'px.ads.linkedin.com'], markers: ['_linkedin_partner_id'], globals: ['_linkedin_partner_id', 'lintrk'] },
  { name: 'Meta Pixel', category: 'advertising', urls: ['connect.facebook.net/en_us/fbevents.js', '/fbevents.js'], markers: [/fbq\(\s*['"]init['"]/], globals: ['fbq'] },
  { name: 'Microsoft Advertising', category: 'advertising', urls: ['bat.bing.com'], globals: ['uetq'] },
  { name: 'X Ads', category: 'advertising', urls: ['static.ads-twitter.com'], globals: ['twq'] },
  { name: 'Google Publisher Tag', category: 'advertising', urls: ['securepubads.g.doubleclick.net', 'googletagservices.com/tag/js/gpt.js'], globals: ['googletag'] },
  // A/B testing
  { name: 'Optimizely', category: 'ab-testing', urls: ['cdn.optimizely.com', 'optimizely.com/js/'], globals: ['optimizely'] },
  { name: 'VWO', category: 'ab-testing', urls: ['dev.visualwebsiteoptimizer.com', 'visualwebsiteoptimizer.com'], markers: ['_vwo_code'], globals: ['_vwo_code', 'VWO'] },
  { name: 'AB Tasty', category: 'ab-testing', urls: ['try.abtasty.com'], globals: ['ABTasty'] },
  { name: 'Google Optimize', category: 'ab-testing', urls: ['googleoptimize.com/optimize.js'], markers: [/\bOPT-[A-Z0-9]{6,}\b/] },
  { name: 'LaunchDarkly', category: 'ab-testing', urls: ['app.launchdarkly.com', 'clientsdk.launchdarkly.com'], globals: ['LDClient'] },
  // Intent data and visitor identification
  { name: '6sense', category: 'intent-data', urls: ['j.6sc.co', '6sense.com'], globals: ['_6si'] },
  { name: 'Demandbase', category: 'intent-data', urls: ['tag.demandbase.com', 'scripts.demandbase.com'], globals: ['Demandbase'] },
  { name: 'Clearbit', category: 'intent-data', urls: ['tag.clearbitscripts.com', 'x.clearbitjs.com', 'clearbit.com/v1/'], globals: ['clearbit'] },
  { name: 'ZoomInfo', category: 'intent-data', urls: ['ws.zoominfo.com', 'js.zi-scripts.com', 'schedule.zoominfo.com'], globals: ['_zitok'] },
  { name: 'Leadfeeder', category: 'intent-data', urls: ['sc.lfeeder.com', 'lftracker'], globals: ['ldfdr'] },
];
