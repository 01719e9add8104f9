import Link from 'next/link'

/**
 * What a create form shows once the record exists (walk 51 F6: "Changes saved." over an empty page, no way on): that
 * it was created, what can be done next, and a link to the new record. Input: the translated texts and its address.
 */
export function CreatedNotice({ title, next, open, href }: { title: string; next: string; open: string; href: string }) {
  return (
    <div role="status" className="max-w-xl space-y-2 border-l-4 border-green-800 bg-green-50 p-3">
      <p className="font-bold">{title}</p>
      <p>{next}</p>
      <p>
        <Link href={href} className="font-bold">{open}</Link>
      </p>
    </div>
  )
}
