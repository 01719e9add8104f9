import type { ButtonHTMLAttributes } from 'react'

const variants = {
  primary: 'bg-green-800 text-white hover:bg-green-900',
  secondary: 'bg-gray-200 text-gray-900 hover:bg-gray-300',
  warning: 'bg-red-800 text-white hover:bg-red-900',
  link: 'bg-transparent text-blue-800 underline px-0 py-0 shadow-none',
}

export function Button({ variant = 'primary', className = '', ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof variants }) {
  return (
    <button
      className={`inline-block px-4 py-2 font-bold shadow-[0_2px_0_#002d18] disabled:opacity-60 ${variants[variant]} ${className}`}
      {...rest}
    />
  )
}
