import { ATS, CHAT, CLOUD, CMS, CONSENT, FORMS, FRAMEWORK, MONITOR, PAY, SCHED, SEO, SHOP, SUPPORT, VIDEO, rule, type TechRule } from './tech-rule';

// Chat, support desks, scheduling, CMS, e-commerce, payments, cloud/CDN, monitoring, frameworks,
// consent managers, applicant tracking, video and forms.

export const PLATFORM_RULES: TechRule[] = [
  // Chat and support
  rule('Intercom', CHAT, { urls: ['widget.intercom.io', 'js.intercomcdn.com', 'api-iam.intercom.io'], markers: ["Intercom('boot'", 'Intercom("boot"', 'intercomSettings'], globals: ['Intercom', 'intercomSettings'] }),
  rule('Drift', CHAT, { urls: ['js.driftt.com', 'drift.com/include'], markers: ['drift.load('], globals: ['drift', 'driftt'] }),
  rule('Qualified', CHAT, { urls: ['js.qualified.com'], globals: ['qualified'] }),
  rule('LiveChat', CHAT, { urls: ['cdn.livechatinc.com'], markers: ['__lc.license'], globals: ['LiveChatWidget', 'LC_API'] }),
  rule('Crisp', CHAT, { urls: ['client.crisp.chat'], markers: ['CRISP_WEBSITE_ID'], globals: ['$crisp'] }),
  rule('Tawk.to', CHAT, { urls: ['embed.tawk.to'], globals: ['Tawk_API'] }),
  rule('Zendesk', SUPPORT, { urls: ['static.zdassets.com', 'zopim.com', '.zendesk.com/embeddable'], markers: ['zESettings'], globals: ['zE', 'zESettings'] }),
  rule('Freshdesk', SUPPORT, { urls: ['widget.freshworks.com', 'wchat.freshchat.com', '.freshdesk.com/widget'], globals: ['FreshworksWidget', 'fcWidget'] }),
  rule('Help Scout', SUPPORT, { urls: ['beacon-v2.helpscout.net'], markers: ["Beacon('init'"], globals: ['Beacon'] }),
  // Scheduling
  rule('Calendly', SCHED, { urls: ['assets.calendly.com'], links: ['calendly.com/'], selectors: ['.calendly-inline-widget'], globals: ['Calendly'] }),
  rule('Chili Piper', SCHED, { urls: ['js.chilipiper.com'], markers: ['ChiliPiper.scheduling', 'ChiliPiper.submit'], globals: ['ChiliPiper'] }),
  rule('Acuity Scheduling', SCHED, { urls: ['embed.acuityscheduling.com'], links: ['.as.me/', 'acuityscheduling.com/schedule'] }),
  // CMS and site builders
  rule('WordPress', CMS, { generator: /^WordPress/i, urls: ['/wp-content/', '/wp-includes/'], selectors: ['link[rel="https://api.w.org/"]'], globals: ['wp'] }),
  rule('Yoast SEO', SEO, { markers: ['optimized with the Yoast SEO', 'Yoast SEO plugin'], selectors: ['script.yoast-schema-graph'] }),
  rule('Webflow', CMS, { generator: /^Webflow/i, urls: ['assets.website-files.com', 'assets-global.website-files.com', 'webflow.com/js'], selectors: ['html[data-wf-site]'], globals: ['Webflow'] }),
  rule('Wix', CMS, { generator: /^Wix\.com/i, urls: ['static.wixstatic.com', 'static.parastorage.com'], globals: ['wixBiSession'] }),
  rule('Squarespace', CMS, { generator: /squarespace/i, urls: ['static1.squarespace.com', 'assets.squarespace.com'], globals: ['Squarespace'] }),
  rule('Drupal', CMS, { generator: /^Drupal/i, urls: ['/sites/default/files/', '/core/misc/drupal.js'], markers: ['Drupal.settings', 'drupalSettings'], globals: ['Drupal'] }),
  rule('Contentful', CMS, { urls: ['images.ctfassets.net', 'cdn.contentful.com'] }),
  // E-commerce and payments
  rule('Shopify', SHOP, { urls: ['cdn.shopify.com', 'shopifycdn.com'], markers: ['Shopify.theme', 'Shopify.shop'], selectors: ['meta[name="shopify-checkout-api-token"]'], globals: ['Shopify'] }),
  rule('WooCommerce', SHOP, { urls: ['/plugins/woocommerce/'], markers: ['wc_add_to_cart_params', 'woocommerce_params'], globals: ['wc_add_to_cart_params'] }),
  rule('Magento', SHOP, { urls: ['mage/requirejs/'], markers: ['Magento_Ui', 'mage/cookies'] }),
  rule('BigCommerce', SHOP, { urls: ['cdn11.bigcommerce.com', 'bigcommerce.com/s-'], globals: ['BCData'] }),
  rule('Stripe', PAY, { urls: ['js.stripe.com'], globals: ['Stripe'] }),
  rule('PayPal', PAY, { urls: ['paypal.com/sdk/js', 'paypalobjects.com'], globals: ['paypal'] }),
  rule('Paddle', PAY, { urls: ['cdn.paddle.com'], globals: ['Paddle'] }),
  rule('Chargebee', PAY, { urls: ['js.chargebee.com'], globals: ['Chargebee'] }),
  // Cloud, CDN and monitoring
  rule('Cloudflare', CLOUD, { urls: ['cdnjs.cloudflare.com', '/cdn-cgi/', 'challenges.cloudflare.com', 'static.cloudflareinsights.com'] }),
  rule('Amazon CloudFront', CLOUD, { urls: ['.cloudfront.net'] }),
  rule('Amazon S3', CLOUD, { urls: ['.s3.amazonaws.com', 's3.amazonaws.com/'] }),
  rule('Akamai', CLOUD, { urls: ['akamaihd.net', 'akamaized.net', 'akstat.io'] }),
  rule('Vercel', CLOUD, { urls: ['/_vercel/insights', 'vercel-insights.com', 'vercel.live'] }),
  rule('New Relic', MONITOR, { urls: ['js-agent.newrelic.com', 'bam.nr-data.net'], markers: ['NREUM', 'newrelic'], globals: ['NREUM', 'newrelic'] }),
  rule('Datadog RUM', MONITOR, { urls: ['datadoghq-browser-agent.com'], markers: ['DD_RUM.init'], globals: ['DD_RUM'] }),
  rule('Sentry', MONITOR, { urls: ['browser.sentry-cdn.com', 'js.sentry-cdn.com', 'ingest.sentry.io'], markers: ['Sentry.init('], globals: ['Sentry', '__SENTRY__'] }),
  // Frameworks and libraries
  rule('Next.js', FRAMEWORK, { urls: ['/_next/static/'], selectors: ['script#__NEXT_DATA__'], globals: ['__NEXT_DATA__'] }),
  rule('jQuery', FRAMEWORK, { urls: ['code.jquery.com/jquery', '/jquery.min.js', '/jquery.js', 'ajax.googleapis.com/ajax/libs/jquery', '/jquery-1.', '/jquery-2.', '/jquery-3.', 'jquery-3.', 'jquery-1.'], globals: ['jQuery'] }),
  // Consent management
  rule('OneTrust', CONSENT, { urls: ['cdn.cookielaw.org', 'optanon.blob.core.windows.net'], globals: ['OneTrust', 'Optanon'] }),
  rule('Cookiebot', CONSENT, { urls: ['consent.cookiebot.com'], globals: ['Cookiebot'] }),
  rule('Usercentrics', CONSENT, { urls: ['app.usercentrics.eu', 'privacy-proxy.usercentrics.eu'], globals: ['UC_UI'] }),
  rule('iubenda', CONSENT, { urls: ['cdn.iubenda.com', 'iubenda.com/cookie-solution'], globals: ['_iub'] }),
  // Applicant tracking (job boards the careers page links to)
  rule('Greenhouse', ATS, { urls: ['boards.greenhouse.io/embed', 'job-boards.greenhouse.io'], links: ['boards.greenhouse.io/', 'job-boards.greenhouse.io/'] }),
  rule('Lever', ATS, { links: ['jobs.lever.co/'] }),
  rule('Workable', ATS, { urls: ['apply.workable.com/static'], links: ['apply.workable.com/'] }),
  rule('Ashby', ATS, { urls: ['jobs.ashbyhq.com'], links: ['jobs.ashbyhq.com/'] }),
  rule('Workday', ATS, { links: ['.myworkdayjobs.com/'] }),
  // Video, forms, bot protection
  rule('Wistia', VIDEO, { urls: ['fast.wistia.com', 'fast.wistia.net'], globals: ['Wistia', '_wq'] }),
  rule('Typeform', FORMS, { urls: ['embed.typeform.com'], links: ['.typeform.com/to/'] }),
];
