// Time from the click to the widget being usable: a dialog in #belvo that is no longer busy.
window.benchOpenMs = undefined
document.getElementById('open').addEventListener(
  'click',
  (event) => {
    const start = event.timeStamp
    const done = () => {
      const dialog = document.querySelector('#belvo [role="dialog"]')
      if (!dialog || dialog.getAttribute('aria-busy') === 'true') return false
      window.benchOpenMs = performance.now() - start
      observer.disconnect()
      return true
    }
    const observer = new MutationObserver(done)
    observer.observe(document.body, { childList: true, subtree: true, attributes: true })
  },
  { capture: true },
)
