/** A binary min-heap of small non-negative integers (the columns still to clear in a row being reduced). */
export class MinHeap {
  private items: number[] = []
  get size() {
    return this.items.length
  }
  push(x: number) {
    const a = this.items
    a.push(x)
    for (let i = a.length - 1; i > 0; ) {
      const up = (i - 1) >> 1
      if (a[up]! <= x) break
      a[i] = a[up]!
      a[up] = x
      i = up
    }
  }
  pop(): number {
    const a = this.items
    const top = a[0]!
    const last = a.pop()!
    if (a.length > 0) {
      let i = 0
      a[0] = last
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < a.length && a[l]! < a[m]!) m = l
        if (r < a.length && a[r]! < a[m]!) m = r
        if (m === i) break
        a[i] = a[m]!
        a[m] = last
        i = m
      }
    }
    return top
  }
}
