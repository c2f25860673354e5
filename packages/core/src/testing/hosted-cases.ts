// What `@belvo-widget/core/hosted` must answer in every runtime: Node, Node without `URL` and
// `URLSearchParams`, and React Native's own `URL` class (run by @belvo-widget/react-native's
// Jest suite). Data only, so each test runner iterates it with its own `it.each`.
import { DEEP_LINKS } from '../../../../fixtures/belvo-docs.ts'
import type { HostedCallbackUrls, HostedNavigationDecision } from '../hosted/index.ts'

export const SCHEME_URLS = {
  success: 'myapp://success',
  exit: 'myapp://exit',
  event: 'myapp://error',
} satisfies HostedCallbackUrls

/** Three URLs that share scheme, host and path and differ only in the query. */
export const QUERY_URLS = {
  success: 'https://app.example/connect?state=success',
  exit: 'https://app.example/connect?state=exit',
  event: 'https://app.example/connect?state=error',
} satisfies HostedCallbackUrls

const LINK = 'cb65f82c-dc93-4d3e-8270-9a27528397f5'

export const PARSE_CASES: Array<
  [name: string, url: string, callbackUrls: HostedCallbackUrls | undefined, means: unknown]
> = [
  ...DEEP_LINKS.map((e): [string, string, HostedCallbackUrls, unknown] => [
    `Belvo's ${e.name}`,
    e.example.url,
    e.example.callbackUrls,
    e.example.means,
  ]),
  [
    'success to a custom scheme',
    `myapp://success?link=${LINK}&institution=erebor_br_retail`,
    SCHEME_URLS,
    { type: 'success', link: LINK, institution: 'erebor_br_retail' },
  ],
  [
    'exit to a custom scheme',
    'myapp://exit?meta_data_step=abandon-survey',
    SCHEME_URLS,
    { type: 'exit', metaData: { step: 'abandon-survey' } },
  ],
  [
    'success told apart by its query',
    `https://app.example/connect?state=success&link=${LINK}&institution=erebor_br_retail`,
    QUERY_URLS,
    { type: 'success', link: LINK, institution: 'erebor_br_retail' },
  ],
  [
    'exit told apart by its query',
    'https://app.example/connect?state=exit&last_encountered_error_code=login_error&last_encountered_error_message=Invalid%20credentials',
    QUERY_URLS,
    { type: 'exit', error: { code: 'login_error', message: 'Invalid credentials' } },
  ],
  [
    'an exit with no parameters, told apart by its query',
    'https://app.example/connect?state=exit',
    QUERY_URLS,
    { type: 'exit' },
  ],
  [
    'a warning on the query-only event URL',
    'https://app.example/connect?state=error&warning=institution_disabled&warning_message=Down',
    QUERY_URLS,
    { type: 'warning', code: 'institution_disabled', message: 'Down' },
  ],
  [
    'a link on the exit URL is not a success',
    `https://app.example/connect?state=exit&link=${LINK}`,
    QUERY_URLS,
    { type: 'exit' },
  ],
  [
    'the right path with another state is refused',
    `https://app.example/connect?state=other&link=${LINK}`,
    QUERY_URLS,
    { type: 'unknown' },
  ],
  [
    'the right path with no state is refused',
    `https://app.example/connect?link=${LINK}`,
    QUERY_URLS,
    { type: 'unknown' },
  ],
  [
    'another host with the right query is refused',
    `https://evil.example/connect?state=success&link=${LINK}`,
    QUERY_URLS,
    { type: 'unknown' },
  ],
  [
    'scheme and host compared without case, a trailing slash ignored',
    `HTTPS://App.Example/connect/?state=success&link=${LINK}&institution=i`,
    QUERY_URLS,
    { type: 'success', link: LINK, institution: 'i' },
  ],
  [
    'form-encoded spaces',
    'myapp://error?error=X&error_message=a+b',
    SCHEME_URLS,
    {
      type: 'error',
      code: 'X',
      message: 'a b',
    },
  ],
  [
    'bad percent-encoding is kept as written',
    'myapp://error?error=X&error_message=100%',
    SCHEME_URLS,
    {
      type: 'error',
      code: 'X',
      message: '100%',
    },
  ],
  ['garbage', 'not a url', SCHEME_URLS, { type: 'unknown' }],
  ['another app', `other://success?link=${LINK}`, SCHEME_URLS, { type: 'unknown' }],
  // A path spelt differently on the redirect and in the callback URL: webviews and browsers send
  // it percent-encoded (`/caf%C3%A9`), the token's callback URL may hold it as written (`/café`).
  [
    'a non-ASCII path the webview percent-encoded',
    `https://app.example/caf%C3%A9/success?link=${LINK}&institution=i`,
    { success: 'https://app.example/café/success' },
    { type: 'success', link: LINK, institution: 'i' },
  ],
  [
    'a non-ASCII path written out, the callback URL encoded in lower-case hex',
    'https://app.example/café/exit?meta_data_step=abandon-survey',
    { exit: 'https://app.example/caf%c3%a9/exit' },
    { type: 'exit', metaData: { step: 'abandon-survey' } },
  ],
  [
    '%7E for ~',
    'https://app.example/%7Euser/error?error=ACCESS_TOKEN_NOT_VALID&error_message=Expired',
    { event: 'https://app.example/~user/error' },
    { type: 'error', code: 'ACCESS_TOKEN_NOT_VALID', message: 'Expired' },
  ],
  [
    'a space, encoded or not, in a deep link',
    `myapp://belvo/my%20app/success?link=${LINK}&institution=i`,
    { success: 'myapp://belvo/my app/success' },
    { type: 'success', link: LINK, institution: 'i' },
  ],
  [
    'another accented letter is another path',
    `https://app.example/caf%C3%A8/success?link=${LINK}&institution=i`,
    { success: 'https://app.example/café/success' },
    { type: 'unknown' },
  ],
  [
    'an encoded / is not a path separator',
    `https://app.example/belvo/cb/success?link=${LINK}&institution=i`,
    { success: 'https://app.example/belvo%2Fcb/success' },
    { type: 'unknown' },
  ],
  [
    'a non-ASCII path in a custom scheme deep link the webview percent-encoded',
    `myapp://belvo/caf%C3%A9/success?link=${LINK}&institution=i`,
    { success: 'myapp://belvo/café/success' },
    { type: 'success', link: LINK, institution: 'i' },
  ],
]

export const BUILD_CASES: Array<
  [name: string, params: Record<string, unknown>, baseUrl: string | undefined, url: string]
> = [
  [
    "Belvo's OFDA parameters",
    {
      access_token: 'a&b=c',
      locale: 'pt',
      mode: 'webapp',
      integration_type: 'openfinance',
      institution_types: ['retail'],
      country_codes: ['BR'],
      resources: ['OWNERS', 'ACCOUNTS'],
      company_name: 'ACME Corp & Co',
      show_close_dialog: false,
      external_id: undefined,
    },
    undefined,
    'https://widget.belvo.io/?access_token=a%26b%3Dc&locale=pt&mode=webapp&integration_type=openfinance&institution_types=retail&country_codes=BR&resources=OWNERS%2CACCOUNTS&company_name=ACME%20Corp%20%26%20Co&show_close_dialog=false',
  ],
  [
    'a base URL without a path (the emulator)',
    { access_token: 't' },
    'http://127.0.0.1:5100',
    'http://127.0.0.1:5100/?access_token=t',
  ],
  [
    'a base URL with a query of its own',
    { access_token: 't', locale: 'en' },
    'https://widget.example/start?v=2&locale=es',
    'https://widget.example/start?v=2&access_token=t&locale=en',
  ],
]

const WIDGET = 'https://widget.belvo.io/?access_token=t&locale=pt'
export const DECIDE_CASES: Array<
  [
    name: string,
    request: { url: string; isTopFrame?: boolean },
    callbackUrls: HostedCallbackUrls,
    decision: HostedNavigationDecision,
  ]
> = [
  ['the widget page loads', { url: WIDGET }, SCHEME_URLS, { action: 'load' }],
  ['about:blank loads', { url: 'about:blank' }, SCHEME_URLS, { action: 'load' }],
  [
    'an https frame inside the widget loads',
    { url: 'https://www.google.com/recaptcha/api2/anchor', isTopFrame: false },
    SCHEME_URLS,
    { action: 'load' },
  ],
  [
    'a success deep link is a redirect',
    { url: `myapp://success?link=${LINK}&institution=erebor_br_retail` },
    SCHEME_URLS,
    {
      action: 'redirect',
      outcome: { type: 'success', link: LINK, institution: 'erebor_br_retail' },
    },
  ],
  [
    'a query-only https callback is a redirect, not a page',
    { url: 'https://app.example/connect?state=exit' },
    QUERY_URLS,
    { action: 'redirect', outcome: { type: 'exit' } },
  ],
  [
    "a bank's consent page opens outside",
    { url: 'https://auth.bank.example/authorize?client_id=x' },
    SCHEME_URLS,
    { action: 'open-outside', url: 'https://auth.bank.example/authorize?client_id=x' },
  ],
  [
    "another app's scheme opens outside",
    { url: 'bankapp://consent?id=1' },
    SCHEME_URLS,
    { action: 'open-outside', url: 'bankapp://consent?id=1' },
  ],
  [
    'another scheme in a frame is ignored',
    { url: 'bankapp://consent', isTopFrame: false },
    SCHEME_URLS,
    { action: 'ignore' },
  ],
  ['not an address is ignored', { url: 'not a url' }, SCHEME_URLS, { action: 'ignore' }],
]

export const WHITELIST_CASES: Array<
  [
    name: string,
    callbackUrls: HostedCallbackUrls,
    widgetUrl: string | undefined,
    whitelist: string[],
  ]
> = [
  ['custom scheme', SCHEME_URLS, undefined, ['https://*', 'myapp://*']],
  ['https callback URLs', QUERY_URLS, undefined, ['https://*']],
  [
    'the emulator on http',
    SCHEME_URLS,
    'http://127.0.0.1:5100/',
    ['https://*', 'http://127.0.0.1:5100', 'myapp://*'],
  ],
]

export const CHECK_CASES: Array<
  [name: string, callbackUrls: HostedCallbackUrls, problem: RegExp | undefined]
> = [
  ['a custom scheme', SCHEME_URLS, undefined],
  ['https URLs that differ in the query', QUERY_URLS, undefined],
  [
    "Belvo's OFDA example with _ in the scheme",
    {
      success: 'your_deeplink_here://success',
      exit: 'your_deeplink_here://exit',
      event: 'your_deeplink_here://error',
    },
    /^callbackUrls\.success "your_deeplink_here:\/\/success" has "_" in its scheme.*"your-deeplink-here:\/\/success"/,
  ],
  [
    'a relative address',
    { success: '/success' },
    /^callbackUrls\.success "\/success" is not an absolute address/,
  ],
  [
    'https with no host',
    { exit: 'https:///exit' },
    /^callbackUrls\.exit "https:\/\/\/exit" is not an absolute address/,
  ],
  [
    'a fragment',
    { event: 'myapp://error#x' },
    /^callbackUrls\.event "myapp:\/\/error#x" has a #fragment/,
  ],
  [
    'an unknown key',
    { succes: 'myapp://success' } as HostedCallbackUrls,
    /^callbackUrls\.succes is not one of Belvo's callback URLs/,
  ],
]
