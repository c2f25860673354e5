import { describe, expect, it } from 'vitest'
import { buildHostedWidgetUrl, parseHostedWidgetRedirect } from './index.ts'

describe('buildHostedWidgetUrl', () => {
  it('builds the OFDA example URL from Belvo’s hosted widget page', () => {
    const url = buildHostedWidgetUrl({
      access_token: 'tok',
      locale: 'pt',
      mode: 'webapp',
      integration_type: 'openfinance',
      institution_types: ['retail'],
      institutions: ['ofbradesco_br_retail'],
      country_codes: ['BR'],
      access_mode: 'recurrent',
      external_id: 'HJLSI-897809',
      resources: ['OWNERS', 'ACCOUNTS'],
    })
    expect(url).toBe(
      'https://widget.belvo.io/?access_token=tok&locale=pt&mode=webapp&integration_type=openfinance' +
        '&institution_types=retail&institutions=ofbradesco_br_retail&country_codes=BR' +
        '&access_mode=recurrent&external_id=HJLSI-897809&resources=OWNERS%2CACCOUNTS',
    )
    const back = new URL(url).searchParams
    expect(back.get('resources')).toBe('OWNERS,ACCOUNTS')
  })

  it('encodes every value, leaves out undefined, and takes a base URL (e.g. the emulator)', () => {
    const url = buildHostedWidgetUrl(
      {
        access_token: 'a&b=c',
        company_name: 'ACME Corp & Co',
        locale: undefined,
        show_close_dialog: false,
      },
      { baseUrl: 'http://127.0.0.1:5100/' },
    )
    expect(url).toBe(
      'http://127.0.0.1:5100/?access_token=a%26b%3Dc&company_name=ACME%20Corp%20%26%20Co&show_close_dialog=false',
    )
  })
})

describe('parseHostedWidgetRedirect', () => {
  it('reads the documented success deep link', () => {
    expect(
      parseHostedWidgetRedirect(
        'your-url-here://success?link=cb65f82c-dc93-4d3e-8270-9a27528397f5&institution=erebor_br_retail',
      ),
    ).toEqual({
      type: 'success',
      link: 'cb65f82c-dc93-4d3e-8270-9a27528397f5',
      institution: 'erebor_br_retail',
    })
  })

  it('reads the documented exit deep link, decoding the message', () => {
    expect(
      parseHostedWidgetRedirect(
        'your-url-here://exit?last_encountered_error_code=login_error' +
          '&last_encountered_error_message=Invalid%20credentials%20provided%20to%20login%20to%20the%20institution' +
          '&meta_data_institution_name=amex_mx_retail&meta_data_step=abandon-survey',
      ),
    ).toEqual({
      type: 'exit',
      error: {
        code: 'login_error',
        message: 'Invalid credentials provided to login to the institution',
      },
      metaData: { institution_name: 'amex_mx_retail', step: 'abandon-survey' },
    })
    expect(parseHostedWidgetRedirect('myapp://exit')).toEqual({ type: 'exit' })
  })

  it('reads the token error the OFDA page shows on an exit URL, and the warning link', () => {
    expect(
      parseHostedWidgetRedirect(
        'your-url-here://exit?error=ACCESS_TOKEN_NOT_VALID&error_message=The%20access%20token%20was%20not%20provided%20or%20is%20not%20valid',
      ),
    ).toEqual({
      type: 'error',
      code: 'ACCESS_TOKEN_NOT_VALID',
      message: 'The access token was not provided or is not valid',
    })
    expect(
      parseHostedWidgetRedirect(
        'your-url-here://warning?warning=institution_disabled&warning_message=The%20institution%20is%20temporarily%20unavailable.',
      ),
    ).toEqual({
      type: 'warning',
      code: 'institution_disabled',
      message: 'The institution is temporarily unavailable.',
    })
  })

  it('with callbackUrls, accepts only redirects to those addresses', () => {
    const callbackUrls = {
      success: 'https://app.example.com/belvo/success',
      exit: 'https://app.example.com/belvo/exit',
      event: 'https://app.example.com/belvo/event',
    }
    expect(
      parseHostedWidgetRedirect('https://app.example.com/belvo/success?link=l1&institution=i', {
        callbackUrls,
      }),
    ).toEqual({ type: 'success', link: 'l1', institution: 'i' })
    expect(
      parseHostedWidgetRedirect('https://evil.example.net/belvo/success?link=l1&institution=i', {
        callbackUrls,
      }),
    ).toEqual({ type: 'unknown' })
    expect(
      parseHostedWidgetRedirect('https://app.example.com/belvo/event?error=X&error_message=m', {
        callbackUrls,
      }),
    ).toEqual({ type: 'error', code: 'X', message: 'm' })
    expect(
      parseHostedWidgetRedirect(
        'https://app.example.com/belvo/exit?meta_data_step=abandon-survey',
        {
          callbackUrls,
        },
      ),
    ).toEqual({ type: 'exit', metaData: { step: 'abandon-survey' } })
  })

  it('never throws on garbage', () => {
    for (const input of ['', 'not a url', '://', 'https://x.test/?link=', 'myapp://other?x=1']) {
      expect(parseHostedWidgetRedirect(input)).toEqual({ type: 'unknown' })
    }
    expect(parseHostedWidgetRedirect(undefined as unknown as string)).toEqual({ type: 'unknown' })
    expect(
      parseHostedWidgetRedirect('myapp://success?link=1', {
        callbackUrls: { success: 'not a url' },
      }),
    ).toEqual({ type: 'unknown' })
  })
})
