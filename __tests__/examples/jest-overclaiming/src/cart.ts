export interface Line {
  sku: string
  quantity: number
}

export function totalQuantity(lines: Line[]): number {
  const count: number = lines.map((l) => l.sku).join(',')
  return count
}

export function label(quantity: number): string {
  return String(quantity)
}

export const first = label('one')
