'use client'
import { usePathname } from 'next/navigation'
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react'
import { focusIfLost } from './focus-if-lost'
import { ErrorSummary } from './error-summary'
import { isHandedNoticeShown, type THandedNotice } from './handed-notice'
import { Refused } from './posted-refusal'

const HandOver = createContext<(notice: THandedNotice) => void>(() => {})
const Posted = createContext(false)

/** A refusal of a stale form posted without the script, as the page shows it: its lines, title and reload link's text. */
export type TPostedRefusal = { message: string; title: string; reload: string }

/**
 * A refusal of a form's answers posted without the script, said at the top with a link down to the form (walk 63 F6),
 * or a question it asks before saving (walk 68 F5): the id linked to, which it is, and its words.
 */
export type TRefusedBelow = { anchor: string; kind: 'problem' | 'question'; title: string; message: string; link: string }

type TState = { notice: THandedNotice | null; at: string; submittedSince: boolean; refused: TPostedRefusal | null; below: TRefusedBelow | null }

/**
 * The page-level status line a form hands its success to when its own success takes it off the page (walk 20, D3,
 * app-wide: deleting a row, removing the last item, a stage change hiding its form left no message where the user
 * landed). Shown at the top of the main content on that page until any form is submitted (isHandedNoticeShown). A
 * form that goes because the user moved to another page hands nothing that is kept: the page it names is not this one.
 * `posted`: the success of a form posted without the page's script, which the server handed to this render
 * (postedNotice, walk 55 F2): shown the same way, and the forms then leave it to the page (usePostedNoticeShown).
 * `refused`: the refusal of a stale form posted without the script (postedRefusal, break 56 F2), whose form was
 * re-keyed or went: an error summary with the reload link at the top of the content, until any form is submitted; a
 * form still showing the same refusal leaves it to the page (usePostedRefusal).
 * `refusedBelow`: a refusal of a form's answers posted without the script: the form shows it where it is, which may be
 * far down a long page the browser opens at the top, so the top says nothing was saved and links to the form's summary;
 * or, for a question the form asks before saving, that nothing is saved yet and a link to the question.
 */
export function PageNoticeProvider({ children, posted = null, refused = null, refusedBelow = null }: { children: ReactNode; posted?: string | null; refused?: TPostedRefusal | null; refusedBelow?: TRefusedBelow | null }) {
  const path = usePathname()
  const [s, setS] = useState<TState>({ notice: posted ? { message: posted, path } : null, at: path, submittedSince: false, refused, below: refusedBelow })
  // A new page drops any notice, before the forms of the old one go (their hand-over then names another page). The
  // layout keeps its props across pages, so a refusal is held here, and dropped for good.
  if (s.at !== path) setS({ notice: null, at: path, submittedSince: false, refused: null, below: null })
  const refusal = s.submittedSince ? null : s.refused
  const below = s.submittedSince ? null : s.below
  useEffect(() => {
    if (!s.notice && !refusal && !below) return
    const onSubmit = () => setS((cur) => ({ ...cur, submittedSince: true }))
    document.addEventListener('submit', onSubmit, true)
    return () => document.removeEventListener('submit', onSubmit, true)
  }, [s.notice, refusal, below])
  // The form that had focus has gone with its success: focus goes to what it handed over rather than falling to the
  // page, so a keyboard user is not sent back to "Skip to main content" (walk 38 D1, as ActionForm does for its own).
  const shown = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (s.notice) focusIfLost(shown.current)
  }, [s.notice])
  const handOver = useCallback((n: THandedNotice) => setS((cur) => (n.path === cur.at ? { notice: n, at: cur.at, submittedSince: false, refused: null, below: null } : cur)), [])
  return (
    <HandOver.Provider value={handOver}>
      {isHandedNoticeShown({ notice: s.notice, path, submittedSince: s.submittedSince }) && <p ref={shown} tabIndex={-1} role="status" className="mb-6 border-l-4 border-green-800 pl-3 font-bold text-green-800">{s.notice!.message}</p>}
      {refusal && <ErrorSummary title={refusal.title} message={refusal.message} reload={refusal.reload} idPrefix="posted" labels={{}} />}
      {below && (
        // Not a second alert: the form's own summary is the one announced, as the page is read from the top. A question
        // is not an error: drawn as the form's confirmation panel is.
        <div className={below.kind === 'question' ? 'mb-6 border-l-4 border-brand bg-brand-light p-4' : 'mb-6 border-4 border-error p-4'}>
          <h2 id="posted-below-title" className="mb-2 text-xl font-bold">{below.title}</h2>
          <p className="mb-2">{below.message}</p>
          <p><a href={`#${below.anchor}`} className="font-bold underline">{below.link}</a></p>
        </div>
      )}
      <Posted.Provider value={Boolean(posted)}>
        <Refused.Provider value={refusal?.message ?? null}>{children}</Refused.Provider>
      </Posted.Provider>
    </HandOver.Provider>
  )
}

/** For a form: whether the page shows the success of a post made without the script, so the form does not repeat it. */
export const usePostedNoticeShown = () => useContext(Posted)

/** For a form: a function handing its success message to the page (PageNoticeProvider). */
export const useHandOver = () => useContext(HandOver)
