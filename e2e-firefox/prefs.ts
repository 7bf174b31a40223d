// Firefox preferences for the smoke: no background network (telemetry, updates, captive portal, remote settings,
// safe browsing, DoH …), on top of the ones puppeteer already writes; this machine has no outside network and
// such connections can stall. Any connection that still happens goes to a local proxy that records and refuses it.

export function firefoxPrefs(options: { proxyPort: number; extensionId: string; extensionUuid: string }) {
  return {
    // A fixed moz-extension:// host, so the test knows the extension's page URLs before installing it.
    'extensions.webextensions.uuids': JSON.stringify({ [options.extensionId]: options.extensionUuid }),

    // Every connection Firefox opens goes to the recorder (requests the test serves never open one).
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': options.proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': options.proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,

    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': '',
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'datareporting.usage.uploadEnabled': false,
    'app.update.auto': false,
    'app.update.enabled': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.systemAddon.update.url': '',
    'extensions.getAddons.showPane': false,
    'browser.safebrowsing.update.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.search.geoip.url': '',
    'browser.topsites.contile.enabled': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.ping-centre.telemetry': false,
    'browser.translations.enable': false,
    'browser.urlbar.quicksuggest.enabled': false,
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'geo.provider.network.url': '',
    'identity.fxaccounts.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    // Firefox asks every page's host for /favicon.ico: a request neither the site nor the extension made.
    'browser.chrome.site_icons': false,
  };
}
