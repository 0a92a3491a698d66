import { AB, ADS, ANALYTICS, CDP, CHAT, CMS, CRM, INTENT, MA, TAGS, rule, type TechRule } from './tech-rule';

// CRM, marketing automation, analytics, CDPs, tag managers, advertising pixels, A/B testing and
// intent data: what a B2B seller asks "do they use X?" about.

export const MARKETING_RULES: TechRule[] = [
  // CRM and marketing automation
  rule('HubSpot', MA, {
    urls: ['js.hs-scripts.com', 'js.hs-analytics.net', 'js.hsforms.net', 'js.hscta.net', 'js.hs-banner.com', 'js.usemessages.com', 'js.hsleadflows.net', 'js.leadin.com'],
    markers: ['_hsq.push', 'hbspt.forms.create'],
    links: ['meetings.hubspot.com/', 'cta-redirect.hubspot.com/'],
    globals: ['_hsq', 'HubSpotConversations', 'hbspt'],
  }),
  rule('HubSpot CMS', CMS, { generator: /^HubSpot/i, urls: ['/hs/hsstatic/', '/hubfs/', '/hs-fs/hub/'] }),
  rule('Salesforce', CRM, { urls: ['.force.com/', 'salesforceliveagent.com', 'service.force.com', 'my.salesforce.com'], markers: ['embedded_svc.init', 'webto.salesforce.com'], globals: ['embedded_svc', 'sfdcBase'] }),
  rule('Pardot', MA, { urls: ['pi.pardot.com', 'go.pardot.com', 'cdn.pardot.com', 'pardot.com/pd.js'], markers: ['piAId', 'piHostname'], globals: ['piAId'] }),
  rule('Marketo', MA, { urls: ['munchkin.marketo.net', 'munchkin.js', '.mktoresp.com', 'marketo.com/js/forms2', '.marketo.com/'], markers: ['Munchkin.init', 'MktoForms2.loadForm'], globals: ['Munchkin', 'MktoForms2'] }),
  rule('Oracle Eloqua', MA, { urls: ['.eloqua.com', 'elqcfg.min.js', 'img.en25.com'], markers: ['_elqQ', 'elqCfg'], globals: ['_elqQ'] }),
  rule('Mailchimp', MA, { urls: ['chimpstatic.com', 'list-manage.com'], markers: ['mc4wp', 'mc-embedded-subscribe'], links: ['list-manage.com/subscribe'] }),
  rule('Klaviyo', MA, { urls: ['static.klaviyo.com', 'klaviyo.com/onsite'], markers: ['_learnq'], globals: ['klaviyo', '_learnq'] }),
  rule('ActiveCampaign', MA, { urls: ['trackcmp.net', '.activehosted.com', 'diffuser-cdn.app-us1.com'], markers: ['vgo(\'setAccount\''], globals: ['vgo'] }),
  rule('Pipedrive', CRM, { urls: ['leadbooster-chat.pipedrive.com', 'webforms.pipedrive.com'], globals: ['LeadBooster'] }),
  rule('Zoho SalesIQ', CHAT, { urls: ['salesiq.zoho.com', 'salesiq.zohopublic.com'], markers: ['$zoho.salesiq'] }),
  // Analytics and customer data
  rule('Google Analytics', ANALYTICS, {
    urls: ['google-analytics.com/analytics.js', 'google-analytics.com/ga.js', 'googletagmanager.com/gtag/js?id=g-', 'googletagmanager.com/gtag/js?id=ua-'],
    markers: [/\bUA-\d{4,10}-\d{1,4}\b/, /gtag\(\s*['"]config['"]\s*,\s*['"]G-[A-Z0-9]{6,}/],
    globals: ['ga', 'gtag', '_gaq', 'GoogleAnalyticsObject'],
  }),
  rule('Google Tag Manager', TAGS, { urls: ['googletagmanager.com/gtm.js', 'googletagmanager.com/ns.html'], markers: [/\bGTM-[A-Z0-9]{4,9}\b/], globals: ['google_tag_manager'] }),
  rule('Google Ads', ADS, { urls: ['googleadservices.com/pagead/conversion', 'googletagmanager.com/gtag/js?id=aw-'], markers: [/\bAW-\d{6,12}\b/] }),
  rule('Segment', CDP, { urls: ['cdn.segment.com', 'cdn.segment.io', 'api.segment.io'], markers: ['analytics.load(', 'analytics.load=function'], globals: ['analytics.load'] }),
  rule('Mixpanel', ANALYTICS, { urls: ['cdn.mxpnl.com', 'cdn4.mxpnl.com', 'api-js.mixpanel.com'], markers: ['mixpanel.init('], globals: ['mixpanel'] }),
  rule('Amplitude', ANALYTICS, { urls: ['cdn.amplitude.com', 'api2.amplitude.com'], markers: ['amplitude.getInstance()', 'amplitude.init('], globals: ['amplitude'] }),
  rule('Heap', ANALYTICS, { urls: ['cdn.heapanalytics.com', 'heapanalytics.com/js'], markers: ['heap.load('], globals: ['heap'] }),
  rule('PostHog', ANALYTICS, { urls: ['posthog.com/static/array.js', 'i.posthog.com', 'app.posthog.com'], markers: ['posthog.init('], globals: ['posthog'] }),
  rule('Hotjar', ANALYTICS, { urls: ['static.hotjar.com', 'script.hotjar.com'], markers: ['_hjSettings'], globals: ['hj', '_hjSettings'] }),
  rule('FullStory', ANALYTICS, { urls: ['fullstory.com/s/fs.js', 'edge.fullstory.com'], markers: ["window['_fs_org']", '_fs_org'], globals: ['FS', '_fs_org'] }),
  rule('Microsoft Clarity', ANALYTICS, { urls: ['clarity.ms/tag'], globals: ['clarity'] }),
  rule('Smartlook', ANALYTICS, { urls: ['rec.smartlook.com', 'web-sdk.smartlook.com'], markers: ["smartlook('init'"], globals: ['smartlook'] }),
  rule('Matomo', ANALYTICS, { urls: ['matomo.js', 'piwik.js', 'cdn.matomo.cloud'], markers: ['_paq.push'], globals: ['_paq', 'Matomo'] }),
  rule('Plausible', ANALYTICS, { urls: ['plausible.io/js'], globals: ['plausible'] }),
  rule('Adobe Analytics', ANALYTICS, { urls: ['omtrdc.net', '2o7.net', 'appmeasurement.js'], markers: ['s_account', 's.t()'], globals: ['s_c_il'] }),
  rule('Tealium', TAGS, { urls: ['tags.tiqcdn.com'], globals: ['utag'] }),
  rule('Pendo', ANALYTICS, { urls: ['cdn.pendo.io', 'pendo-io-static', 'pendo-static'], markers: ['pendo.initialize('], globals: ['pendo'] }),
  rule('ProfitWell', ANALYTICS, { urls: ['public.profitwell.com'], globals: ['profitwell'] }),
  // Advertising pixels
  rule('LinkedIn Insight Tag', ADS, { urls: ['snap.licdn.com/li.lms-analytics', 'px.ads.linkedin.com'], markers: ['_linkedin_partner_id'], globals: ['_linkedin_partner_id', 'lintrk'] }),
  rule('Meta Pixel', ADS, { urls: ['connect.facebook.net/en_us/fbevents.js', '/fbevents.js'], markers: [/fbq\(\s*['"]init['"]/], globals: ['fbq'] }),
  rule('Microsoft Advertising', ADS, { urls: ['bat.bing.com'], globals: ['uetq'] }),
  // A/B testing
  rule('Optimizely', AB, { urls: ['cdn.optimizely.com', 'optimizely.com/js/'], globals: ['optimizely'] }),
  rule('VWO', AB, { urls: ['dev.visualwebsiteoptimizer.com', 'visualwebsiteoptimizer.com'], markers: ['_vwo_code'], globals: ['_vwo_code', 'VWO'] }),
  rule('AB Tasty', AB, { urls: ['try.abtasty.com'], globals: ['ABTasty'] }),
  rule('LaunchDarkly', AB, { urls: ['app.launchdarkly.com', 'clientsdk.launchdarkly.com'], globals: ['LDClient'] }),
  // Intent data and visitor identification
  rule('6sense', INTENT, { urls: ['j.6sc.co', '6sense.com'], globals: ['_6si'] }),
  rule('Demandbase', INTENT, { urls: ['tag.demandbase.com', 'scripts.demandbase.com'], globals: ['Demandbase'] }),
  rule('Clearbit', INTENT, { urls: ['tag.clearbitscripts.com', 'x.clearbitjs.com', 'clearbit.com/v1/'], globals: ['clearbit'] }),
  rule('ZoomInfo', INTENT, { urls: ['ws.zoominfo.com', 'js.zi-scripts.com', 'schedule.zoominfo.com'], globals: ['_zitok'] }),
  rule('Leadfeeder', INTENT, { urls: ['sc.lfeeder.com', 'lftracker'], globals: ['ldfdr'] }),
];
