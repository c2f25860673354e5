import { beforeEach, describe, expect, it } from 'vitest'
import { readHostedWidgetReturn } from './web.ts'

const callbackUrls = {
  success: `${location.origin}/connected?state=success`,
  exit: `${location.origin}/connected?state=exit`,
  event: `${location.origin}/connected?state=error`,
}
const arrive = (path: string) => history.replaceState(null, '', path)

beforeEach(() => {
  localStorage.clear()
  arrive('/')
})

describe('readHostedWidgetReturn', () => {
  it('reads the outcome once, and takes its parameters off the address bar', () => {
    arrive('/connected?state=success&link=l1&institution=erebor_br_retail#top')
    expect(readHostedWidgetReturn({ callbackUrls })).toEqual({
      type: 'success',
      link: 'l1',
      institution: 'erebor_br_retail',
    })
    expect(location.pathname + location.search + location.hash).toBe('/connected?state=success')
    // A reload finds no outcome left in the address.
    expect(readHostedWidgetReturn({ callbackUrls })).toBeUndefined()
  })

  it('the same address opened again (history, a shared link, another tab) reports nothing', () => {
    arrive('/connected?state=exit&meta_data_step=abandon-survey')
    expect(readHostedWidgetReturn({ callbackUrls })).toEqual({
      type: 'exit',
      metaData: { step: 'abandon-survey' },
    })
    arrive('/connected?state=exit&meta_data_step=abandon-survey')
    expect(readHostedWidgetReturn({ callbackUrls })).toBeUndefined()
    // Another outcome is still read.
    arrive('/connected?state=success&link=l2&institution=i')
    expect(readHostedWidgetReturn({ callbackUrls })).toMatchObject({ type: 'success', link: 'l2' })
  })

  it('a page that is not a return from the widget reports nothing and keeps its address', () => {
    arrive('/connected?state=other&link=l3')
    expect(readHostedWidgetReturn({ callbackUrls })).toBeUndefined()
    expect(location.search).toBe('?state=other&link=l3')
  })
})
