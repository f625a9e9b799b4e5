export const label: string = 3
export const other: number = 'x'
