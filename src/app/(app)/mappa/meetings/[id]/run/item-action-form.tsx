'use client'
import { ActionForm } from '@/components/action-form'
import type { ComponentProps } from 'react'
import { useItemVersion } from './nominal-switch'

/** The add-action form of one item: ActionForm with the item's current version added to what it sends (issue 16 walk-through item 1). */
export function ItemActionForm(props: ComponentProps<typeof ActionForm>) {
  const { version } = useItemVersion()
  return <ActionForm {...props} hidden={{ ...props.hidden, version }} />
}
