import type { TokenGrant } from './token-request.ts'

/** The deep link kinds Belvo documents for the hosted widget. */
export type DeepLinkKind = 'success' | 'exit' | 'error' | 'warning'

const PARAMS: Record<DeepLinkKind, readonly string[]> = {
  success: ['link', 'institution'],
  exit: [
    'last_encountered_error_code',
    'last_encountered_error_message',
    'meta_data_institution_name',
    'meta_data_step',
  ],
  error: ['error', 'error_message'],
  warning: ['warning', 'warning_message'],
}

// Percent-encoding as in Belvo's examples (%20 for spaces, not '+').
const query = (params: Array<[string, string]>) =>
  params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')

/**
 * The deep link for one hosted-widget outcome, or an explanation of why there is none.
 * `error` and `warning` both go to `callback_urls.event`; for a warning, an event URL whose
 * host is `error` (`myapp://error`) becomes `myapp://warning`, matching Belvo's examples.
 */
export function buildDeepLink(
  kind: DeepLinkKind,
  callbackUrls: TokenGrant['widget']['callback_urls'],
  values: URLSearchParams | Record<string, string | undefined>,
): { ok: true; url: string } | { ok: false; reason: string } {
  const key = kind === 'success' || kind === 'exit' ? kind : 'event'
  let base = callbackUrls[key]
  if (!base) {
    return {
      ok: false,
      reason: `The token has no widget.callback_urls.${key}: add it to the token request to receive ${kind} deep links.`,
    }
  }
  if (kind === 'warning') base = base.replace(/^([a-z][\w+.-]*:\/\/)error(?=[/?#]|$)/i, '$1warning')
  const get = (name: string) =>
    values instanceof URLSearchParams ? (values.get(name) ?? undefined) : values[name]
  const params = PARAMS[kind]
    .map((name) => [name, get(name)] as const)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
  const qs = query(params)
  return { ok: true, url: qs ? `${base}${base.includes('?') ? '&' : '?'}${qs}` : base }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** A small HTML page for hosted-widget failures that have no deep link to go to. */
export function hostedErrorPage(title: string, message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title></head><body style="font:16px system-ui,sans-serif;padding:24px"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></body></html>`
}

/**
 * The hosted widget page (`GET /?access_token=…`): the emulated SDK as a full page, driven by
 * the documented query parameters, sending each outcome to `/hosted/redirect`, which answers
 * with a redirect to the token's deep link.
 */
export function hostedWidgetPage(): string {
  // Runs in the page: query parameters → startup config (arrays are comma-joined). Payloads are
  // read bare or wrapped in { data: [ … ] }, whichever style the emulator delivers.
  const bootstrap = `(function(){
var q=new URLSearchParams(location.search),token=q.get('access_token')||'';
var list=function(k){var v=q.get(k);return v?v.split(',').map(function(s){return s.trim()}).filter(Boolean):undefined};
var flag=function(k){var v=q.get(k);return v==null?undefined:v!=='false'};
var one=function(p){return (p&&Array.isArray(p.data)?p.data[0]:p)||{}};
var go=function(kind,params){var p=new URLSearchParams(params);p.set('kind',kind);p.set('access_token',token);location.assign('/hosted/redirect?'+p.toString())};
var config={locale:q.get('locale')||undefined,access_mode:q.get('access_mode')||undefined,external_id:q.get('external_id')||undefined,
country_codes:list('country_codes'),institutions:list('institutions'),institution:q.get('institution')||undefined,institution_types:list('institution_types'),resources:list('resources'),
company_name:q.get('company_name')||undefined,show_close_dialog:flag('show_close_dialog'),show_abandon_survey:flag('show_abandon_survey'),
callback:function(link,institution){go('success',{link:link,institution:institution})},
onExit:function(d){d=one(d);var e=d.last_encountered_error||{},m=d.meta_data||{},p={};
if(e.code)p.last_encountered_error_code=e.code;if(e.message)p.last_encountered_error_message=e.message;
if(m.institution_name)p.meta_data_institution_name=m.institution_name;if(m.step)p.meta_data_step=m.step;go('exit',p)},
onEvent:function(e){e=one(e);var m=e.meta_data||{};
if(e.eventName==='ERROR'&&m.error_code==='ACCESS_TOKEN_NOT_VALID')go('error',{error:m.error_code,error_message:m.error_message});
if(e.eventName==='WARNING')go('warning',{warning:m.warning_code,warning_message:m.warning_message})}};
window.belvoSDK.createWidget(token,config).build();})();`
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Belvo Connect (emulator)</title><style>html,body{margin:0;height:100%;background:#f4f5f8}</style></head>
<body><div id="belvo"></div>
<script src="/belvo-widget-1-stable.js"></script>
<script>${bootstrap}</script>
</body></html>`
}
