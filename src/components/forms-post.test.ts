import { describe, expect, it } from 'vitest'
import { tsxSources } from './tsx-sources'

// Issue 17 item 3: the sign-in form had no method, so a submit before its script loaded sent
// `/sign-in?email=…&password=…` into the address bar, history and server logs. A form's opening tag must say how it
// is sent: `method="post"`, a server action (`action={…}`: React posts it), or `method="get"` for a filter that
// carries no secret.

/** Each `<form …>` opening tag of a file (JSX attributes may hold `>` inside braces, so braces are balanced). */
function formTags(text: string): string[] {
  const tags: string[] = []
  for (let at = text.indexOf('<form'); at >= 0; at = text.indexOf('<form', at + 1)) {
    if (/\w/.test(text[at + 5] ?? '')) continue
    let depth = 0
    let end = at
    for (; end < text.length; end++) {
      if (text[end] === '{') depth++
      else if (text[end] === '}') depth--
      else if (text[end] === '>' && depth === 0) break
    }
    tags.push(text.slice(at, end + 1))
  }
  return tags
}

const SECRET = /type="password"|name="(password|secret|totp|code|recoveryCode)"/

describe('every form says how it is sent, and a form with a secret posts', () => {
  const files = tsxSources()

  it('finds the forms (the scan itself works)', () => {
    expect(files.flatMap((f) => formTags(f.text)).length).toBeGreaterThan(10)
  })

  it.each(files.filter((f) => formTags(f.text).length).map((f) => [f.file, f.text]))('%s', (_file, text) => {
    for (const tag of formTags(text)) {
      const posts = /method="post"/i.test(tag) || /\saction=\{/.test(tag)
      const gets = /method="get"/i.test(tag)
      expect(posts || gets, tag).toBe(true)
      // A filter form (GET) never sits in a file that asks for a secret.
      if (gets) expect(SECRET.test(text), tag).toBe(false)
    }
  })
})

// Walk 40 D3: the action tracker's and register's filter forms let Chromium check "Due within" (min 1) itself: a bubble
// in the browser's language, unevenly announced, instead of the app's error summary in the user's. Every form leaves
// checking to the server, which answers with field messages in English or Welsh.
describe('every form leaves checking its fields to the server', () => {
  it.each(tsxSources().filter((f) => formTags(f.text).length).map((f) => [f.file, f.text]))('%s', (_file, text) => {
    for (const tag of formTags(text)) expect(tag, tag).toMatch(/\snoValidate\b/)
  })
})
