import 'server-only'
import type { Shown } from '../../lib/outcomes/disclosure'
import type { IndicatorCounts } from './person-joins'

// Every figure an indicator's views can show, under one window and priority group, is a cell: an area (all Wales, a
// force, an LDU or a local authority), an agency (all, or one) and a cut (none, or one value of sex, age band or
// ethnicity). Each view reads its total and rows from these cells, so a figure has one status in every view, and the
// cells are controlled together over every relation a reader knows between them (ADR 0019, gap 2 for the indicators).

/** The levels of a cell's area other than all Wales: a force, an LDU, a local authority. */
export const areaDims = ['region', 'ldu', 'localAuthority'] as const
/** The dimensions a cell can be cut by. */
export const cutDims = ['sex', 'ageBand', 'ethnicity'] as const
export type CutDim = (typeof cutDims)[number]
/** A cell's area, agency or cut when it is not narrowed: all Wales, all agencies, no cut. */
export const ALL = '*'
// A breakdown row with nothing recorded (its key null), in a cell's name.
const NOT_RECORDED = '\u0002'

/** A cell's name: area ('*' or '<level>:<id>'), agency ('*' or id), cut ('*' or '<dimension>:<value>'). */
export const cellName = (area: string, agency: string, cut: string) => `${area}\u0001${agency}\u0001${cut}`
/** A cellName read back: [area, agency, cut]. */
export const cellParts = (name: string) => name.split('\u0001') as [string, string, string]
/** A breakdown key (null: nothing recorded) as the value in a cell's name; keyOf reads it back. */
export const valueName = (key: string | null) => key ?? NOT_RECORDED
/** The breakdown key (null: nothing recorded) of a value in a cell's name (valueName). */
export const keyOf = (value: string) => (value === NOT_RECORDED ? null : value)

/** One quarter's cells: each cell's raw counts and controlled measures, by cellName. */
export type QuarterCells = Map<string, { counts: IndicatorCounts; shown: Record<string, Shown> }>
