'use client'
import { useEffect, useRef } from 'react'

/** GOV.UK-style error summary: announced, focused, and linking to each field in error. */
export function ErrorSummary({ title, message, fieldErrors = {}, idPrefix = 'field' }: { title: string; message?: string; fieldErrors?: Record<string, string[]>; idPrefix?: string }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [title, message, fieldErrors])
  const entries = Object.entries(fieldErrors).filter(([, m]) => m.length > 0)
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={`${idPrefix}-error-summary-title`} className="mb-6 border-4 border-error p-4">
      <h2 id={`${idPrefix}-error-summary-title`} className="mb-2 text-xl font-bold">
        {title}
      </h2>
      {message && <p className="mb-2">{message}</p>}
      {entries.length > 0 && (
        <ul className="list-none space-y-1">
          {entries.map(([field, messages]) => (
            <li key={field}>
              {field === '_form' ? (
                <span className="font-bold text-error">{messages[0]}</span>
              ) : (
                <a href={`#${idPrefix}-${field}`} className="font-bold text-error">
                  {messages[0]}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
