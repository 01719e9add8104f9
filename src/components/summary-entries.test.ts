import { describe, expect, it } from 'vitest'
import { summaryEntries } from './summary-entries'

describe('an error summary names each field in error (issue 14 item 1)', () => {
  it('prefixes each message with its field’s label and follows the form’s order', () => {
    const labels = { name: 'Scheme name', providerAgencyId: 'COSA provider', to2: 'Period 2: last day' }
    const errors = { to2: ['Enter the first day, last day and amount of this period'], providerAgencyId: ['Choose an option from the list'], name: ['This field is required', 'Too long'] }
    expect(summaryEntries(errors, labels)).toEqual([
      { field: 'name', text: 'Scheme name: This field is required' },
      { field: 'providerAgencyId', text: 'COSA provider: Choose an option from the list' },
      { field: 'to2', text: 'Period 2: last day: Enter the first day, last day and amount of this period' },
    ])
  })

  it('keeps a message whose field has no label as it is, after the labelled ones, and skips empty lists', () => {
    expect(summaryEntries({ _form: ['Something is wrong'], version: ['Enter a valid value'], name: [], cost: ['Enter an amount'] }, { cost: 'Cost' })).toEqual([
      { field: 'cost', text: 'Cost: Enter an amount' },
      { field: '_form', text: 'Something is wrong' },
      { field: 'version', text: 'Enter a valid value' },
    ])
  })

  it('gives each message of a whole-form refusal a line of its own, once (walk 41 F3)', () => {
    expect(summaryEntries({ _form: ['Read the statement', 'Record the close', 'Read the statement'], day: ['Choose a day'] }, { day: 'Day' })).toEqual([
      { field: 'day', text: 'Day: Choose a day' },
      { field: '_form', text: 'Read the statement' },
      { field: '_form', text: 'Record the close' },
    ])
  })
})
