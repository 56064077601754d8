// The GOV.UK / HMRC timeout warning: before the server ends an idle session (Authentication:Session:IdleTimeout), a
// modal dialog says when, and offers "Stay signed in" (a request that renews the session) or "Sign out". Focus moves
// to the dialog's heading, which screen readers announce with the countdown; the countdown is announced again each
// minute (and at 30 seconds) rather than every second. When the time is up the page goes to the sign-in page, which
// says why. Without JavaScript none of this runs and the server still ends the session.

function describe (seconds) {
  if (seconds >= 60) {
    const minutes = Math.ceil(seconds / 60)
    return minutes === 1 ? '1 minute' : `${minutes} minutes`
  }
  return seconds === 1 ? '1 second' : `${seconds} seconds`
}

export function initTimeoutWarning (dialog) {
  if (!dialog || typeof dialog.showModal !== 'function') return

  const idleSeconds = Number(dialog.dataset.idleSeconds)
  const warningSeconds = Number(dialog.dataset.warningSeconds)
  const keepAliveUrl = dialog.dataset.keepAliveUrl
  const timedOutUrl = dialog.dataset.timedOutUrl
  const countdown = dialog.querySelector('[data-countdown]')
  const announcement = dialog.querySelector('[data-countdown-announcement]')
  const heading = dialog.querySelector('h2')
  const stay = dialog.querySelector('[data-stay-signed-in]')
  let warnTimer
  let tick
  let endsAt
  let returnFocusTo

  function signOutNow () {
    // A few seconds after the server's own limit, so the session has surely ended there too.
    window.location.href = timedOutUrl
  }

  function update () {
    const left = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000))
    countdown.textContent = describe(left)
    if (left % 60 === 0 || left === 30) {
      announcement.textContent = `We will sign you out in ${describe(left)}.`
    }
    if (left === 0) {
      clearInterval(tick)
      setTimeout(signOutNow, 5000)
    }
  }

  function open () {
    returnFocusTo = document.activeElement
    endsAt = Date.now() + warningSeconds * 1000
    countdown.textContent = describe(warningSeconds)
    announcement.textContent = ''
    dialog.showModal()
    heading.focus()
    tick = setInterval(update, 1000)
  }

  function start () {
    clearTimeout(warnTimer)
    clearInterval(tick)
    warnTimer = setTimeout(open, Math.max(0, idleSeconds - warningSeconds) * 1000)
  }

  async function staySignedIn () {
    try {
      const response = await fetch(keepAliveUrl, { credentials: 'same-origin', cache: 'no-store', redirect: 'manual' })
      if (response.status !== 204) {
        signOutNow()
        return
      }
    } catch {
      signOutNow()
      return
    }
    dialog.close()
    if (returnFocusTo && typeof returnFocusTo.focus === 'function') returnFocusTo.focus()
    start()
  }

  stay.addEventListener('click', staySignedIn)
  // Escape would close the dialog without renewing the session: treat it as "Stay signed in".
  dialog.addEventListener('cancel', event => {
    event.preventDefault()
    staySignedIn()
  })
  start()
}
