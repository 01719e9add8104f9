'use client'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { createContext, useContext, useEffect, useRef, useState, useTransition, type ReactNode } from 'react'

/**
 * The chosen nominal's record form, asked before it is left: `unsaved` (now: for the page's unload), and `flush`, which
 * sends a draft still waiting for its pause and answers whether nothing on screen is left unsaved.
 */
export type BeforeLeave = { unsaved: () => boolean; flush: () => Promise<boolean> }
type Switch = { switching: boolean; go: (href: string) => Promise<void>; setBeforeLeave: (check: BeforeLeave | null) => void }
const SwitchContext = createContext<Switch>({ switching: false, go: async () => {}, setBeforeLeave: () => {} })

/**
 * The run page's choice of nominal. While the chosen nominal's data loads the old nominal's forms are still on
 * screen; `switching` says so, and ItemArea makes them inert until the new ones arrive, so nothing typed in that
 * moment lands in the previous nominal's record (issue 16 walk-through item 1). Before it goes, the record form sends a
 * draft still waiting for its pause, and a recorded nominal's edits, which take no draft, are asked about
 * (`leaveQuestion`), as is leaving the page with them (walk 72 F1: both were dropped without a word).
 */
export function NominalSwitch({ leaveQuestion, children }: { leaveQuestion: string; children: ReactNode }) {
  const router = useRouter()
  const [switching, start] = useTransition()
  const beforeLeave = useRef<BeforeLeave | null>(null)
  const go = async (href: string) => {
    const check = beforeLeave.current
    if (check && !(await check.flush()) && !window.confirm(leaveQuestion)) return
    start(() => router.push(href, { scroll: false }))
  }
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (beforeLeave.current?.unsaved()) e.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [])
  useEffect(() => {
    // Any other link within the app asks the same (walk 74 F6: "Back" and "See the draft minutes" left typing unasked;
    // a page left for another site is asked by the browser, above). In-page anchors (skip link, error summaries) stay.
    const leaving = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
      const link = e.target instanceof Element ? e.target.closest('a[href]') : null
      if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('data-nominal-link') || link.target === '_blank' || link.hasAttribute('download')) return
      const to = new URL(link.href, window.location.href)
      if (to.origin !== window.location.origin || (to.pathname === window.location.pathname && to.search === window.location.search)) return
      const check = beforeLeave.current
      if (!check?.unsaved()) return
      e.preventDefault()
      e.stopPropagation()
      void (async () => {
        if (!(await check.flush()) && !window.confirm(leaveQuestion)) return
        router.push(`${to.pathname}${to.search}${to.hash}`)
      })()
    }
    document.addEventListener('click', leaving, true)
    return () => document.removeEventListener('click', leaving, true)
  }, [leaveQuestion, router])
  const setBeforeLeave = (check: BeforeLeave | null) => (beforeLeave.current = check)
  return <SwitchContext value={{ switching, go, setBeforeLeave }}>{children}</SwitchContext>
}

/** Registers the chosen nominal's check before leaving it (NominalSwitch); one record form at a time. */
export const useBeforeLeave = () => useContext(SwitchContext).setBeforeLeave

/** A link to another nominal that goes through NominalSwitch (a plain link without JavaScript). */
export function NominalLink({ href, children, ...rest }: { href: string; children: ReactNode; className?: string; 'aria-current'?: 'step' }) {
  const { go } = useContext(SwitchContext)
  return (
    <Link
      href={href}
      {...rest}
      data-nominal-link=""
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return
        e.preventDefault()
        void go(href)
      }}
    >
      {children}
    </Link>
  )
}

/** The chosen nominal's forms: inert, with a status line, while another nominal is being opened. */
export function ItemArea({ switchingLabel, children }: { switchingLabel: string; children: ReactNode }) {
  const { switching } = useContext(SwitchContext)
  return (
    <div aria-busy={switching || undefined}>
      <p role="status" className="mb-2 font-bold">{switching ? switchingLabel : ''}</p>
      <div inert={switching} className={switching ? 'opacity-50' : undefined} data-switching={switching || undefined}>
        {children}
      </div>
    </div>
  )
}

type Version = { version: number; setVersion: (v: number) => void }
const VersionContext = createContext<Version>({ version: 0, setVersion: () => {} })

/**
 * The version of the item as this screen last saw it (the page's, then each autosave's answer), shared by every
 * per-item form so each write carries it (issue 16 walk-through item 1). Key it by item id and version.
 */
export function ItemVersion({ initial, children }: { initial: number; children: ReactNode }) {
  const [version, setVersion] = useState(initial)
  return <VersionContext value={{ version, setVersion }}>{children}</VersionContext>
}

/** The current item's version and its setter (ItemVersion). */
export const useItemVersion = () => useContext(VersionContext)
