'use client'
import { useEffect, useRef, type ComponentProps } from 'react'
import { focusIfLost } from './focus-if-lost'

/**
 * A block that takes the focus when it appears in place of the link that opened it (that link is gone, so focus would
 * fall to the page): the user lands on the question it asks, as a screen reader announces it (walk 47 F5: after
 * "Close the circle…" focus stayed on the body). Never takes focus from where the user already is (focusIfLost).
 * Props: those of a div; it is focusable by script only (tabIndex -1).
 */
export function FocusOnArrival({ children, ...props }: ComponentProps<'div'>) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => focusIfLost(ref.current), [])
  return <div ref={ref} tabIndex={-1} {...props}>{children}</div>
}
