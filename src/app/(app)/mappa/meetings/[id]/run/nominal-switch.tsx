'use client'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { createContext, useContext, useState, useTransition, type ReactNode } from 'react'

type Switch = { switching: boolean; go: (href: string) => void }
const SwitchContext = createContext<Switch>({ switching: false, go: () => {} })

/**
 * The run page's choice of nominal. While the chosen nominal's data loads the old nominal's forms are still on
 * screen; `switching` says so, and ItemArea makes them inert until the new ones arrive, so nothing typed in that
 * moment lands in the previous nominal's record (issue 16 walk-through item 1).
 */
export function NominalSwitch({ children }: { children: ReactNode }) {
  const router = useRouter()
  const [switching, start] = useTransition()
  const go = (href: string) => start(() => router.push(href, { scroll: false }))
  return <SwitchContext value={{ switching, go }}>{children}</SwitchContext>
}

/** A link to another nominal that goes through NominalSwitch (a plain link without JavaScript). */
export function NominalLink({ href, children, ...rest }: { href: string; children: ReactNode; className?: string; 'aria-current'?: 'step' }) {
  const { go } = useContext(SwitchContext)
  return (
    <Link
      href={href}
      {...rest}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return
        e.preventDefault()
        go(href)
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
